/**
 * The OAuth `state`: 256 random bits, sent to GitHub and kept in an HttpOnly cookie, so the callback can
 * tell its own sign-in from a forged one (RFC 6749 §10.12) before it exchanges any code.
 */
export const STATE_COOKIE = 'cms_oauth_state';
/** A sign-in has ten minutes to come back. */
const STATE_MAX_AGE_SECONDS = 600;

export function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Secure everywhere but loopback, where the local site is plain http. */
export function stateCookie(state: string, secure: boolean): string {
  return `${STATE_COOKIE}=${state}; Path=/api/cms/; Max-Age=${STATE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** The cookie that ends the state once it has been used. */
export function clearedStateCookie(secure: boolean): string {
  return `${STATE_COOKIE}=; Path=/api/cms/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

export function cookieValue(header: string | null, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** Compares two strings in time that does not depend on where they first differ. */
export function sameState(a: string, b: string): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** A state as newState makes them: base64url, 43 characters. Anything else is refused unread. */
export function isWellFormedState(value: string | null): value is string {
  return value !== null && /^[A-Za-z0-9_-]{43}$/.test(value);
}
