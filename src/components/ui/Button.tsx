import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** `submit` sends the form, with or without JavaScript; `button` needs the island (`onClick`). */
  type?: 'submit' | 'button' | undefined;
  secondary?: boolean | undefined;
  /** For controls that need the island: true until it has hydrated (Starlight's Search.astro). */
  disabled?: boolean | undefined;
  onClick?: (() => void) | undefined;
}

/** The site's button, primary or secondary. */
export function Button({ children, type = 'submit', secondary, disabled, onClick }: Props) {
  return (
    <button
      type={type}
      className={secondary ? 'button button--secondary' : undefined}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
