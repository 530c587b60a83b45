import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** `submit` sends the form, with or without JavaScript; `button` needs the island (`onClick`). */
  type?: 'submit' | 'button' | undefined;
  secondary?: boolean | undefined;
  /** For controls that need the island: true until it has hydrated (Starlight's Search.astro). */
  disabled?: boolean | undefined;
  onClick?: (() => void) | undefined;
  /** Busy (e.g. sending): still focusable and announced, unlike `disabled`; the island ignores clicks. */
  ariaDisabled?: boolean | undefined;
}

/** The site's button, primary or secondary. */
export function Button({ children, type = 'submit', secondary, disabled, onClick, ariaDisabled }: Props) {
  return (
    <button
      type={type}
      className={secondary ? 'button button--secondary' : undefined}
      disabled={disabled}
      aria-disabled={ariaDisabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
