// Recall's HTTP server: Node's http server around Next.js's request handler
// (the programmatic API, as `next start` uses it), with the edge rules Next.js
// does not have and a proxy (middleware) would cost on every request:
//
// - security headers and a per-request script nonce on every response
//   (edge/headers.ts);
// - the client's address and scheme, believing X-Forwarded-* only from
//   TRUSTED_PROXIES (edge/client.ts);
// - bad requests refused with a 4xx and one log line, before Next.js sees
//   them (edge/rules.ts, edge/action-payload.ts): methods other than GET,
//   HEAD and POST; bodies over 1 MB; server actions from another origin, with
//   an id this build does not have, or with a body React cannot decode.
//
// Requests without a body pay for a nonce and a few headers only; a body is
// read here (at most 1 MB) and handed to Next.js as a fresh request stream.
import { readFileSync } from "node:fs";
import { createServer, IncomingMessage, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import path from "node:path";
import next from "next";
import type { TrustedProxies } from "@/lib/trusted-proxies";
import { screenFetchAction, screenFormAction, type ReplyFields, type ScreenResult } from "./edge/action-payload";
import { applyClientHeaders, resolveClient } from "./edge/client";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./edge/headers";
import {
  actionKind,
  hasBody,
  maxBodyBytes,
  refuseCrossOrigin,
  refuseDeclaredLength,
  refuseMethod,
  refuseUnknownAction,
  tooLarge,
  type Refusal,
} from "./edge/rules";

export type EdgeServerOptions = {
  dir: string;
  hostname?: string;
  port: number;
  trustedProxies: TrustedProxies;
  /** Where a refused request's one line goes (stderr by default). */
  log?: (line: string) => void;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The ids of this build's server actions (Next.js writes them at build time). */
export function readActionIds(dir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(dir, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node?: Record<string, unknown>;
    edge?: Record<string, unknown>;
  };
  return new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
}

/** A request line fit for one log line: no query string (it may carry tokens), no control characters, bounded. */
function logPath(url: string | undefined): string {
  const pathOnly = (url ?? "").split("?")[0] ?? "";
  return pathOnly.replace(/[\x00-\x1f\x7f]/g, "?").slice(0, 200);
}

/** Reads a body of at most `limit` bytes; null when it is longer (the rest is left unread). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.off("end", onEnd);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", reject);
  });
}

/** The request again, with its body already read: Next.js reads `req` as a stream, and this one replays the buffered bytes. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket as Socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy._read = () => {};
  if (body.length > 0) copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

async function formFields(body: Buffer, contentType: string): Promise<ReplyFields | null> {
  try {
    const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    const fields = new Map<string, string | "file">();
    for (const [key, value] of form) fields.set(key, typeof value === "string" ? value : "file");
    return fields;
  } catch {
    return null;
  }
}

/** Whether React can decode this action body (see edge/action-payload.ts). */
async function screenActionBody(kind: "fetch" | "form", headers: IncomingHttpHeaders, body: Buffer, actionIds: ReadonlySet<string>): Promise<ScreenResult> {
  const contentType = headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const fields = await formFields(body, contentType);
    if (!fields) return { ok: false, reason: "malformed multipart body" };
    return kind === "fetch" ? screenFetchAction(fields, actionIds) : screenFormAction(fields, actionIds);
  }
  // Next.js decodes a non-multipart fetch action's body as UTF-8 text; URL-encoded ones it refuses itself.
  if (kind === "form" || contentType === "application/x-www-form-urlencoded") return { ok: true };
  return screenFetchAction(body.toString("utf8"), actionIds);
}

/** The edge's request handler around Next.js's; exported for tests that bring their own `next`. */
export function edgeHandler(nextHandler: Handler, options: { trustedProxies: TrustedProxies; actionIds: ReadonlySet<string>; log: (line: string) => void }): Handler {
  const { trustedProxies, actionIds, log } = options;

  const refuse = (req: IncomingMessage, res: ServerResponse, refusal: Refusal) => {
    log(`recall: ${refusal.status} ${(req.method ?? "?").slice(0, 16)} ${logPath(req.url)}: ${refusal.reason}`);
    for (const [name, value] of Object.entries(refusal.headers ?? {})) res.setHeader(name, value);
    const body = `${refusal.reason}\n`;
    res.statusCode = refusal.status;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.setHeader("Content-Length", Buffer.byteLength(body));
    res.setHeader("Cache-Control", "no-store");
    if (!req.complete) {
      // A body is still arriving: let the client finish sending it (discarded),
      // so it reads this answer instead of a reset, then close the connection.
      res.setHeader("Connection", "close");
      req.resume();
    }
    res.end(req.method === "HEAD" ? undefined : body);
  };

  return async (req, res) => {
    const client = resolveClient({ remoteAddress: req.socket.remoteAddress, encrypted: "encrypted" in req.socket && !!req.socket.encrypted }, req.headers, trustedProxies);
    applyClientHeaders(req.headers, client);
    const https = client.proto === "https";
    const nonce = newNonce();
    for (const [name, value] of securityHeaders(nonce, https)) res.setHeader(name, value);
    // Next.js reads the nonce for its scripts from the request's policy; a client's own policy headers never reach it.
    delete req.headers["content-security-policy-report-only"];
    req.headers["content-security-policy"] = contentSecurityPolicy(nonce, https);

    const limit = maxBodyBytes(req.url);
    const early = refuseMethod(req.method) ?? refuseDeclaredLength(req.headers, limit);
    if (early) return refuse(req, res, early);
    const kind = actionKind(req.method, req.headers);
    if (kind) {
      const foreign = refuseCrossOrigin(req.headers.origin, client.host);
      if (foreign) return refuse(req, res, foreign);
      const actionId = req.headers["next-action"];
      if (kind === "fetch" && typeof actionId === "string") {
        const unknown = refuseUnknownAction(actionId, actionIds);
        if (unknown) return refuse(req, res, unknown);
      }
    }
    // An action without a body is screened too: React cannot decode an empty reply either.
    if (!kind && !hasBody(req.headers)) return nextHandler(req, res);

    // The server hands "Expect: 100-continue" requests to us (checkContinue): invite the body only now.
    if (req.headers.expect?.toLowerCase() === "100-continue") res.writeContinue();
    const body = await readBody(req, limit);
    if (!body) return refuse(req, res, tooLarge(limit));
    if (kind) {
      const screened = await screenActionBody(kind, req.headers, body, actionIds);
      if (!screened.ok) return refuse(req, res, { status: 400, reason: screened.reason });
    }
    return nextHandler(replay(req, body), res);
  };
}

/**
 * Prepares Next.js (a production build in `dir`) and listens. Resolves once
 * the server accepts connections.
 */
export async function startEdgeServer(options: EdgeServerOptions): Promise<Server> {
  const hostname = options.hostname ?? "localhost";
  const app = next({ dev: false, dir: options.dir, hostname, port: options.port });
  await app.prepare();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const handle = edgeHandler(app.getRequestHandler() as Handler, { trustedProxies: options.trustedProxies, actionIds: readActionIds(options.dir), log });
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // Our own bug, not the client's: the stack is worth its lines.
      console.error(`recall: 500 ${req.method} ${logPath(req.url)}:`, error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else res.destroy();
    });
  };
  const server = createServer(onRequest);
  // Without this listener Node answers "100 Continue" itself, inviting a body the edge may refuse by its declared length.
  server.on("checkContinue", onRequest);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}
