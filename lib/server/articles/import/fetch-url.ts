import "server-only";
// Owns fetching a web page on a user's behalf without letting them reach what
// only the server can: every hop (the address given, then each redirect) is
// resolved, EVERY address the name resolves to is checked against
// lib/domain/net/private-address.ts, and the socket connects to the address
// that was checked (the check runs inside the connection's own DNS lookup),
// so a name that answers a public address to the check and 127.0.0.1 to the
// connection (DNS rebinding) gains nothing. Bounded: a deadline for the whole
// fetch (redirects and body included), at most MAX_REDIRECTS hops, and a body
// cap counted on the decompressed bytes (a small gzip cannot expand past it).
// IMPORT_ALLOW_PRIVATE=1 lets private addresses through (the browser tests
// serve their page from 127.0.0.1).
import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import zlib from "node:zlib";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { checkAddress, ipLiteralOf } from "@/lib/domain/net/private-address";
import { MAX_BYTES } from "@/lib/domain/article/limits";
import { ImportInputError, tooLargeMessage } from "@/lib/domain/article/import-text";

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
export const PRIVATE_ADDRESS_MESSAGE = "That address is on a private network, which Recall does not fetch.";

export type FetchedPage = {
  /** The address the body came from (after redirects). */
  url: string;
  contentType: "html" | "text" | "pdf";
  /** The raw body; text is decoded by the caller with `charset`. */
  bytes: Uint8Array;
  charset: string | null;
};

/** Resolves a host name to all its addresses (dns.lookup by default; a fake in tests). */
export type Resolve = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export type FetchOptions = {
  allowPrivate: boolean;
  /** Tests only: addresses that count as public (a local server standing in for a site), whatever else is refused. */
  permit?: (address: string) => boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  resolve?: Resolve;
};

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** The one address to connect to for a host, after checking every address it has. Throws ImportInputError. */
export async function checkedAddressOf(
  hostname: string,
  allowPrivate: boolean,
  resolve: Resolve = systemResolve,
  permit: (address: string) => boolean = () => false,
): Promise<{ address: string; family: 4 | 6 }> {
  const literal = ipLiteralOf(hostname);
  let addresses: Array<{ address: string; family: number }>;
  if (literal) {
    addresses = [{ address: literal, family: literal.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(hostname);
    } catch {
      throw new ImportInputError(`The address ${hostname} could not be found. Check it and try again.`);
    }
  }
  if (addresses.length === 0) throw new ImportInputError(`The address ${hostname} could not be found. Check it and try again.`);
  for (const { address } of addresses) {
    const verdict = checkAddress(address);
    if (!verdict.ok && verdict.reason === "invalid") throw new ImportInputError(`The address ${hostname} could not be found. Check it and try again.`);
    if (!verdict.ok && !allowPrivate && !permit(address)) throw new ImportInputError(PRIVATE_ADDRESS_MESSAGE);
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}

const TYPES: Array<[RegExp, FetchedPage["contentType"]]> = [
  [/^text\/html\b|^application\/xhtml\+xml\b/i, "html"],
  [/^text\/plain\b|^text\/markdown\b/i, "text"],
  [/^application\/pdf\b/i, "pdf"],
];

type Hop = { status: number; headers: http.IncomingHttpHeaders; body: Readable };

/** One request to one URL; the connection's lookup is the checked one. */
function requestOnce(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<Hop> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        lookup,
        signal,
        headers: {
          "User-Agent": "RecallImport/1.0 (+article import)",
          Accept: "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1",
          "Accept-Encoding": "gzip, deflate, br",
        },
      },
      (response) => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response }),
    );
    request.on("error", reject);
    request.end();
  });
}

function decompress(hop: Hop): Readable {
  const encoding = String(hop.headers["content-encoding"] ?? "").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return hop.body.pipe(zlib.createGunzip());
  if (encoding === "deflate") return hop.body.pipe(zlib.createInflate());
  if (encoding === "br") return hop.body.pipe(zlib.createBrotliDecompress());
  return hop.body;
}

async function readCapped(stream: Readable, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    total += buffer.length;
    if (total > maxBytes) {
      stream.destroy();
      throw new ImportInputError(tooLargeMessage("page"));
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function timeoutMessage(timeoutMs: number): string {
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  return `That page did not answer within ${seconds} second${seconds === 1 ? "" : "s"}.`;
}

/** A refusal for what went wrong on the network, in words for the person. */
function networkMessage(error: unknown, host: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code === "ECONNREFUSED") return `${host} refused the connection.`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `The address ${host} could not be found. Check it and try again.`;
  if (/CERT|SSL|TLS/.test(code)) return `${host} has a certificate problem, so its page was not fetched.`;
  if (code === "Z_DATA_ERROR" || code === "ERR_PADDING_1") return `${host} sent a page that could not be unpacked.`;
  return `${host} could not be reached. Check the address and try again.`;
}

/**
 * Fetches a page for import. Throws ImportInputError with a message for the
 * person on every refusal: a private address, too many redirects, a
 * deadline, a body over the cap, an error status, a type that is not a page.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let url = new URL(address);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new ImportInputError("The page redirected to an address that is not http:// or https://.");
      const checked = await checkedAddressOf(url.hostname, options.allowPrivate, options.resolve, options.permit);
      // The connection resolves through the same check and connects to exactly the address it approved.
      const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
        if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [checked]);
        else callback(null, checked.address, checked.family);
      };
      let response: Hop;
      try {
        response = await requestOnce(url, lookup, controller.signal);
      } catch (error) {
        if (timedOut) throw new ImportInputError(timeoutMessage(timeoutMs));
        throw new ImportInputError(networkMessage(error, url.hostname));
      }
      if (response.status >= 300 && response.status < 400 && response.headers.location) {
        response.body.resume();
        if (hop >= maxRedirects) throw new ImportInputError(`That page redirected more than ${maxRedirects} times.`);
        url = new URL(response.headers.location, url);
        url.hash = "";
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        response.body.resume();
        throw new ImportInputError(
          response.status === 404 || response.status === 410
            ? "That page was not found (the site answered 404)."
            : `The site answered with an error (${response.status}), so nothing was imported.`,
        );
      }
      const type = String(response.headers["content-type"] ?? "text/html");
      const kind = TYPES.find(([pattern]) => pattern.test(type.trim()))?.[1];
      if (!kind) {
        response.body.resume();
        throw new ImportInputError(`That address is not a web page or a PDF (it is ${type.split(";")[0]!.trim() || "of an unknown type"}).`);
      }
      const declared = Number(response.headers["content-length"] ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes && !response.headers["content-encoding"]) {
        response.body.destroy();
        throw new ImportInputError(tooLargeMessage("page"));
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(decompress(response), maxBytes);
      } catch (error) {
        if (error instanceof ImportInputError) throw error;
        if (timedOut) throw new ImportInputError(timeoutMessage(timeoutMs));
        throw new ImportInputError(networkMessage(error, url.hostname));
      }
      const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(type)?.[1] ?? null;
      return { url: url.toString(), contentType: kind, bytes, charset };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A fetched HTML or text body as a string: the header's charset, else the
 * page's own <meta charset>, else UTF-8 (a wrong or unknown label falls back to UTF-8 too).
 */
export function decodePage(page: FetchedPage): string {
  let label = page.charset;
  if (!label && page.contentType === "html") {
    const head = new TextDecoder("latin1").decode(page.bytes.subarray(0, 2048));
    label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
  }
  try {
    return new TextDecoder(label ?? "utf-8").decode(page.bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("utf-8").decode(page.bytes).replace(/^\uFEFF/, "");
  }
}
