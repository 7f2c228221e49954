import "server-only";
// Owns what the app may believe about a request's origin: the client's address
// and whether it came over HTTPS. Both are set by Recall's own HTTP server
// (scripts/lib/edge-server.ts) on every request, after it has removed any
// value a client sent under the same names and decided, from TRUSTED_PROXIES,
// whether X-Forwarded-For / X-Forwarded-Proto may be believed. Code never
// reads X-Forwarded-* itself.
import { headers } from "next/headers";
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER } from "@/lib/request-meta-headers";

/** Internal request headers written by the edge server; a client's own copies are dropped before the app sees them. */
export { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER };

/** The client's IP address as the edge server determined it ("unknown" when the app runs without it, e.g. `next dev`). */
export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) || "unknown";
}

/** True when the client reached us over HTTPS (directly, or through a trusted proxy that says so). */
export async function isHttpsRequest(): Promise<boolean> {
  return (await headers()).get(CLIENT_PROTO_HEADER) === "https";
}
