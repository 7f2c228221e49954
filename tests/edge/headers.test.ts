// The security headers on every response (scripts/lib/edge/headers.ts), and
// that Next.js finds the nonce in the policy the edge server puts on the request.
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, HSTS, newNonce, securityHeaders } from "@/scripts/lib/edge/headers";

const require = createRequire(import.meta.url);
const { getScriptNonceFromHeader } = require("next/dist/server/app-render/get-script-nonce-from-header") as {
  getScriptNonceFromHeader: (csp: string) => string | undefined;
};

describe("security headers", () => {
  test.each([
    { label: "over HTTP", https: false, hsts: false },
    { label: "over HTTPS", https: true, hsts: true },
  ])("$label", ({ https, hsts }) => {
    const headers = Object.fromEntries(securityHeaders("abc", https));
    expect(headers["X-Frame-Options"]).toBe("DENY");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Strict-Transport-Security"]).toBe(hsts ? HSTS : undefined);
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy("abc", https));
    expect(headers["Content-Security-Policy"]!.includes("upgrade-insecure-requests")).toBe(https);
  });

  test("scripts need the nonce: no 'unsafe-inline' or 'unsafe-eval' for scripts; no framing", () => {
    const directives = Object.fromEntries(contentSecurityPolicy("abc", false).split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives["script-src"]).toBe("script-src 'self' 'nonce-abc'");
    expect(directives["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(directives["object-src"]).toBe("object-src 'none'");
  });

  test("Next.js reads the nonce from the policy the edge server sets on the request", () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce, false))).toBe(nonce);
    expect(newNonce()).not.toBe(nonce);
  });
});
