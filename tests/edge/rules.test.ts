// The edge server's decisions from a request's line and headers (scripts/lib/edge/rules.ts).
import { describe, expect, test } from "vitest";
import {
  actionKind,
  hasBody,
  MAX_BODY_BYTES,
  MAX_IMPORT_BODY_BYTES,
  maxBodyBytes,
  refuseCrossOrigin,
  refuseDeclaredLength,
  refuseMethod,
  refuseUnknownAction,
} from "@/scripts/lib/edge/rules";

describe("methods", () => {
  test.each([
    { method: "GET", status: null },
    { method: "HEAD", status: null },
    { method: "POST", status: null },
    { method: "TRACE", status: 405 },
    { method: "OPTIONS", status: 405 },
    { method: "PUT", status: 405 },
    { method: "DELETE", status: 405 },
    { method: "get", status: 405 },
    { method: undefined, status: 405 },
  ])("$method -> $status", ({ method, status }) => {
    const refusal = refuseMethod(method);
    expect(refusal?.status ?? null).toBe(status);
    if (refusal) expect(refusal.headers).toEqual({ Allow: "GET, HEAD, POST" });
  });
});

describe("body size", () => {
  test.each([
    { label: "no length", headers: {}, status: null, body: false },
    { label: "empty", headers: { "content-length": "0" }, status: null, body: false },
    { label: "exactly 1 MB", headers: { "content-length": String(MAX_BODY_BYTES) }, status: null, body: true },
    { label: "1 MB + 1", headers: { "content-length": String(MAX_BODY_BYTES + 1) }, status: 413, body: true },
    { label: "garbage length", headers: { "content-length": "12abc" }, status: 400, body: true },
    { label: "chunked (counted while read)", headers: { "transfer-encoding": "chunked" }, status: null, body: true },
  ])("$label", ({ headers, status, body }) => {
    expect(refuseDeclaredLength(headers)?.status ?? null).toBe(status);
    expect(hasBody(headers)).toBe(body);
  });
});

describe("the article import takes a whole 4 MB article, everything else 1 MB", () => {
  test.each([
    { url: "/api/articles/import", limit: MAX_IMPORT_BODY_BYTES },
    { url: "/api/articles/import?x=1", limit: MAX_IMPORT_BODY_BYTES },
    { url: "/api/articles/import/", limit: MAX_BODY_BYTES },
    { url: "/articles/new", limit: MAX_BODY_BYTES },
    { url: "/api/auth/sign-in", limit: MAX_BODY_BYTES },
    { url: undefined, limit: MAX_BODY_BYTES },
  ])("$url", ({ url, limit }) => {
    expect(maxBodyBytes(url)).toBe(limit);
  });
  test("a 3 MB import is let through, a 5 MB one refused with the limit in the reason", () => {
    const at = (bytes: number) => refuseDeclaredLength({ "content-length": String(bytes) }, maxBodyBytes("/api/articles/import"));
    expect(MAX_IMPORT_BODY_BYTES).toBeGreaterThan(4 * 1024 * 1024);
    expect(at(3 * 1024 * 1024)).toBeNull();
    expect(at(5 * 1024 * 1024)).toEqual({ status: 413, reason: "request body over 4 MB" });
    expect(refuseDeclaredLength({ "content-length": String(3 * 1024 * 1024) })).toEqual({ status: 413, reason: "request body over 1 MB" });
  });
});

describe("what counts as a server-action request", () => {
  test.each([
    { label: "fetch action", method: "POST", headers: { "next-action": "x", "content-type": "text/plain;charset=UTF-8" }, expected: "fetch" },
    { label: "fetch action, multipart", method: "POST", headers: { "next-action": "x", "content-type": "multipart/form-data; boundary=b" }, expected: "fetch" },
    { label: "form posted before scripts ran", method: "POST", headers: { "content-type": "multipart/form-data; boundary=b" }, expected: "form" },
    { label: "plain POST", method: "POST", headers: { "content-type": "text/plain" }, expected: null },
    { label: "GET with the header", method: "GET", headers: { "next-action": "x" }, expected: null },
  ])("$label -> $expected", ({ method, headers, expected }) => {
    expect(actionKind(method, headers)).toBe(expected);
  });
});

describe("cross-origin server actions", () => {
  test.each([
    { label: "same origin", origin: "http://localhost:3000", host: "localhost:3000", status: null },
    { label: "host case differs", origin: "http://LOCALHOST:3000", host: "localhost:3000", status: null },
    { label: "no Origin (Next.js's own rule)", origin: undefined, host: "localhost:3000", status: null },
    { label: "foreign origin", origin: "https://evil.example", host: "localhost:3000", status: 403 },
    { label: "same host, other port", origin: "http://localhost:4000", host: "localhost:3000", status: 403 },
    { label: "opaque origin", origin: "null", host: "localhost:3000", status: 403 },
    { label: "unparsable origin", origin: "not a url", host: "localhost:3000", status: 403 },
    { label: "no host to compare with", origin: "http://localhost:3000", host: undefined, status: 403 },
  ])("$label -> $status", ({ origin, host, status }) => {
    const refusal = refuseCrossOrigin(origin, host);
    expect(refusal?.status ?? null).toBe(status);
    if (refusal) expect(refusal.reason).toBe("cross-origin request refused");
  });
});

describe("action ids", () => {
  const known = new Set(["40f202b96d95af9fe9372253c833e866e48fd8a49e"]);
  test.each([
    { label: "known", id: "40f202b96d95af9fe9372253c833e866e48fd8a49e", status: null },
    { label: "well-formed, not in this build (a page from an older deploy)", id: "40f202b96d95af9fe9372253c833e866e48fd8a49f", status: 409 },
    { label: "malformed", id: "zzz", status: 400 },
  ])("$label -> $status", ({ id, status }) => {
    const refusal = refuseUnknownAction(id, known);
    expect(refusal?.status ?? null).toBe(status);
    // The header Next.js's client router reads to recover (it reloads the page).
    if (refusal) expect(refusal.headers).toEqual({ "x-nextjs-action-not-found": "1" });
  });
});
