// Owns what the server may believe about where a request came from: the
// client's address, whether it came over HTTPS, and the host it asked for.
// X-Forwarded-For / -Proto / -Host are believed only when the socket's peer is
// a trusted proxy (TRUSTED_PROXIES, lib/trusted-proxies.ts); otherwise they
// are dropped before Next.js sees them, so a client cannot make Next compare a
// server action's Origin with a host of its choosing, or claim HTTPS.
import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";
import { normaliseAddress, type TrustedProxies } from "@/lib/trusted-proxies";
import { CLIENT_IP_HEADER, CLIENT_PROTO_HEADER } from "@/lib/request-meta-headers";

export type ClientView = {
  ip: string;
  proto: "http" | "https";
  /** The host the client asked for: the trusted proxy's X-Forwarded-Host, else Host. */
  host: string | undefined;
  /** True when the peer is a trusted proxy, so its X-Forwarded-* were believed. */
  viaTrustedProxy: boolean;
};

function values(header: string | string[] | undefined): string[] {
  const joined = Array.isArray(header) ? header.join(",") : (header ?? "");
  return joined.split(",").map((v) => v.trim()).filter(Boolean);
}

/**
 * The right-most hop of X-Forwarded-For that is not a trusted proxy: each
 * trusted proxy appends the address it saw, so everything to the left of the
 * first untrusted hop may have been written by the client. When every hop is
 * trusted, the left-most one.
 */
export function clientAddress(peer: string, forwardedFor: string[], trusted: TrustedProxies): string {
  let address = peer;
  for (let i = forwardedFor.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(forwardedFor[i]!);
    if (isIP(hop) === 0) break; // garbage: keep the last hop a trusted proxy vouched for
    address = hop;
    if (!trusted.has(hop)) break;
  }
  return address;
}

/** Who is asking, from the socket and (behind a trusted proxy only) the forwarding headers. */
export function resolveClient(
  socket: { remoteAddress: string | undefined; encrypted: boolean },
  headers: IncomingHttpHeaders,
  trusted: TrustedProxies,
): ClientView {
  const peer = normaliseAddress(socket.remoteAddress ?? "");
  const direct: ClientView = { ip: peer || "unknown", proto: socket.encrypted ? "https" : "http", host: headers.host, viaTrustedProxy: false };
  if (!trusted.has(peer)) return direct;
  // Per-hop values (proto, host): the right-most was written by the proxy we trust.
  const proto = values(headers["x-forwarded-proto"]).at(-1)?.toLowerCase();
  return {
    ip: clientAddress(peer, values(headers["x-forwarded-for"]), trusted),
    proto: proto === "https" || proto === "http" ? proto : direct.proto,
    host: values(headers["x-forwarded-host"]).at(-1) ?? headers.host,
    viaTrustedProxy: true,
  };
}

/**
 * Rewrites the request's headers to what the app may read: a client's own
 * x-recall-* are replaced, X-Forwarded-* are removed unless a trusted proxy
 * sent them, and then carry exactly the one value believed.
 */
export function applyClientHeaders(headers: IncomingHttpHeaders, client: ClientView): void {
  const forwardedHost = headers["x-forwarded-host"];
  delete headers["x-forwarded-host"];
  delete headers["x-forwarded-proto"];
  delete headers["x-forwarded-port"];
  if (!client.viaTrustedProxy) delete headers["x-forwarded-for"];
  if (client.viaTrustedProxy) {
    headers["x-forwarded-proto"] = client.proto;
    if (forwardedHost !== undefined && client.host) headers["x-forwarded-host"] = client.host;
  }
  headers[CLIENT_IP_HEADER] = client.ip;
  headers[CLIENT_PROTO_HEADER] = client.proto;
}
