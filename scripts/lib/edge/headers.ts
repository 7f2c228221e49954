// Owns the security headers Recall's HTTP server puts on every response
// (pages, route handlers, static files, errors, its own refusals), and the
// per-request script nonce. Next.js puts the nonce on its own inline and
// chunk scripts when the *request* carries a content-security-policy header
// with 'nonce-…' (next/dist/server/app-render/get-script-nonce-from-header.js),
// so the same policy goes on the request (for Next) and on the response.
import { randomBytes } from "node:crypto";

/** 128 random bits, base64: a fresh script nonce for one response. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

/**
 * Scripts: our origin and the nonce, never 'unsafe-inline' (so an injected
 * inline script does not run). Styles allow inline: Tailwind's runtime-free
 * classes need none, but React sets style attributes (the progress charts
 * place every bar and label with one).
 * `upgrade-insecure-requests` only when the page itself came over HTTPS.
 */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** One year; no includeSubDomains: Recall cannot know what else lives under its parent domain. */
export const HSTS = "max-age=31536000";

/** Every header a response gets; HSTS only when the client reached us over HTTPS (a browser ignores it over HTTP anyway). */
export function securityHeaders(nonce: string, https: boolean): [name: string, value: string][] {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(nonce, https)],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Content-Type-Options", "nosniff"],
    ...(https ? [["Strict-Transport-Security", HSTS] as [string, string]] : []),
  ];
}
