// Owns the shape of the guest session token kept in the httpOnly cookie:
// 32 random bytes, base64url. Issued by lib/server/auth.ts when an action
// first needs a learner, and resolved there to a user; uses Web Crypto only.
export const SESSION_COOKIE = "recall_session";
/** Browsers cap cookie lifetimes at 400 days; starting a quiz re-issues it (at most daily), so it slides with use. */
export const SESSION_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isSessionToken(value: string | undefined | null): value is string {
  return typeof value === "string" && TOKEN_PATTERN.test(value);
}

export function newSessionToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
