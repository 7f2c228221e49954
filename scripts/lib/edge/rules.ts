// Owns the decisions Recall's HTTP server makes from a request's line and
// headers alone, before Next.js sees it: which methods are served, how large
// a body may be, what counts as a server-action request, whether its Origin
// is ours, and whether its action id exists in this build. Each refusal is a
// 4xx with a short reason; nothing here reads a body (see action-payload.ts).
import type { IncomingHttpHeaders } from "node:http";

export type Refusal = { status: number; reason: string; headers?: Record<string, string> };

/** Pages, route handlers and server actions need no other method (no route handler exports one, and nothing is fetched cross-origin, so no preflight). */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;

/** The same limit Next.js sets on server-action bodies (serverActions.bodySizeLimit's default), applied to every body but the article import's. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The article import takes a whole article: 4 MB (lib/domain/article/limits.ts MAX_BYTES) plus the
 * multipart envelope. Its route handler checks the exact limits again and says which one was passed.
 */
export const IMPORT_PATH = "/api/articles/import";
export const MAX_IMPORT_BODY_BYTES = 4 * 1024 * 1024 + 256 * 1024;

/** The body limit of a request to this URL (path and query). */
export function maxBodyBytes(url: string | undefined): number {
  const path = (url ?? "").split("?")[0];
  return path === IMPORT_PATH ? MAX_IMPORT_BODY_BYTES : MAX_BODY_BYTES;
}

export function refuseMethod(method: string | undefined): Refusal | null {
  if ((ALLOWED_METHODS as readonly string[]).includes(method ?? "")) return null;
  return { status: 405, reason: "method not allowed", headers: { Allow: ALLOWED_METHODS.join(", ") } };
}

/** Whether the request carries a body at all (a declared length above 0, or a chunked one). */
export function hasBody(headers: IncomingHttpHeaders): boolean {
  if (headers["transfer-encoding"] !== undefined) return true;
  const length = headers["content-length"];
  return length !== undefined && length !== "0";
}

/** A declared Content-Length over the limit is refused before a byte of the body is read. */
export function refuseDeclaredLength(headers: IncomingHttpHeaders, limit: number = MAX_BODY_BYTES): Refusal | null {
  const length = headers["content-length"];
  if (length === undefined) return null;
  if (!/^\d+$/.test(length)) return { status: 400, reason: "invalid content-length" };
  return Number(length) > limit ? tooLarge(limit) : null;
}

export function tooLarge(limit: number = MAX_BODY_BYTES): Refusal {
  return { status: 413, reason: `request body over ${Math.floor(limit / (1024 * 1024))} MB` };
}

/**
 * The requests Next.js's action handler takes up (next/dist/server/lib/server-action-request-meta.js):
 * a POST with a `next-action` header ("fetch": the client router calling an
 * action), or a multipart POST without one ("form": a form submitted before
 * the page's scripts ran, which may name its action in $ACTION_* fields).
 */
export function actionKind(method: string | undefined, headers: IncomingHttpHeaders): "fetch" | "form" | null {
  if (method !== "POST") return null;
  if (typeof headers["next-action"] === "string") return "fetch";
  return headers["content-type"]?.startsWith("multipart/form-data") ? "form" : null;
}

/**
 * A server action must come from a page of ours: an Origin whose host is not
 * the host asked for (after the trusted-proxy rule) is refused. No Origin is
 * left to Next.js's own rule (it lets such hand-made requests through:
 * browsers always send Origin on a POST, so they carry no victim's cookies by
 * surprise). "null" and unparsable origins are foreign.
 */
export function refuseCrossOrigin(origin: string | undefined, host: string | undefined): Refusal | null {
  if (origin === undefined) return null;
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null", garbage: foreign
  }
  if (originHost && host && originHost.toLowerCase() === host.toLowerCase()) return null;
  return { status: 403, reason: "cross-origin request refused" };
}

/**
 * Next.js answers an action id this build does not have with 409 (400 when
 * the id is malformed) and the header its client router reads to reload the
 * page (a page from an older build, during a deploy); it also logs the error
 * with its stack. The same answer, refused here, logs one line.
 */
export const ACTION_ID_LENGTH = 42;
export function refuseUnknownAction(actionId: string, known: ReadonlySet<string>): Refusal | null {
  if (known.has(actionId)) return null;
  const malformed = actionId.length !== ACTION_ID_LENGTH;
  return {
    status: malformed ? 400 : 409,
    reason: malformed ? "malformed server action id" : "unknown server action",
    headers: { "x-nextjs-action-not-found": "1" },
  };
}
