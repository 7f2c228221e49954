// The URL import's fetch (lib/server/articles/import/fetch-url.ts) against a
// real local HTTP server: private and loopback addresses are refused before
// any connection (also behind a redirect, and when any one of a name's
// addresses is private), the connection goes to the address that was checked
// (a name is resolved once per hop), and the deadline, the size cap (gzip
// included), the redirect limit and the content type hold.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkedAddressOf, decodePage, fetchPage, PRIVATE_ADDRESS_MESSAGE, type Resolve } from "@/lib/server/articles/import/fetch-url";

const PAGE = "<!doctype html><html><head><title>Local page</title></head><body><p>Hello from the local page.</p></body></html>";
let server: http.Server;
let port = 0;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.headers.host} ${req.url}`);
    const url = new URL(req.url ?? "/", "http://x");
    switch (url.pathname) {
      case "/page":
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE);
        return;
      case "/latin1":
        res.writeHead(200, { "Content-Type": "text/html" }).end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9</p></body></html>', "latin1"));
        return;
      case "/to-metadata":
        res.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data/" }).end();
        return;
      case "/to-internal-name":
        res.writeHead(301, { Location: "http://intranet.test/admin" }).end();
        return;
      case "/to-ftp":
        res.writeHead(302, { Location: "ftp://example.com/file" }).end();
        return;
      case "/to-page":
        res.writeHead(307, { Location: "/page" }).end();
        return;
      case "/loop":
        res.writeHead(302, { Location: `/loop?n=${Number(url.searchParams.get("n") ?? 0) + 1}` }).end();
        return;
      case "/slow":
        setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end(PAGE), 5_000).unref();
        return;
      case "/big":
        res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(2001) }).end("x".repeat(2001));
        return;
      case "/big-chunked":
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("x".repeat(1500));
        res.end("x".repeat(1500));
        return;
      case "/gzip-bomb":
        res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(gzipSync(Buffer.alloc(50_000, 0x61)));
        return;
      case "/gzip-page":
        res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" }).end(gzipSync(PAGE));
        return;
      case "/image":
        res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50]));
        return;
      default:
        res.writeHead(404, { "Content-Type": "text/html" }).end("<p>missing</p>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The local server stands in for a public site: 127.0.0.1 only, every other private address still refused. */
const asPublic = { allowPrivate: false, permit: (address: string) => address === "127.0.0.1" };
const local = (path: string) => `http://127.0.0.1:${port}${path}`;

describe("refusing private addresses by default", () => {
  test.each([
    { label: "loopback by IP", url: () => local("/page") },
    { label: "localhost by name", url: () => `http://localhost:${port}/page` },
    { label: "IPv6 loopback", url: () => `http://[::1]:${port}/page` },
    { label: "IPv4-mapped loopback", url: () => `http://[::ffff:127.0.0.1]:${port}/page` },
    { label: "0.0.0.0", url: () => `http://0.0.0.0:${port}/page` },
    { label: "a private network", url: () => "http://192.168.1.1/" },
    { label: "cloud metadata", url: () => "http://169.254.169.254/latest/meta-data/" },
  ])("$label is refused without a connection", async ({ url }) => {
    const before = hits.length;
    await expect(fetchPage(url(), { allowPrivate: false })).rejects.toThrow(PRIVATE_ADDRESS_MESSAGE);
    expect(hits.length).toBe(before);
  });

  test("a name with any private address among its answers is refused", async () => {
    const resolve: Resolve = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.0.0.7", family: 4 },
    ];
    await expect(checkedAddressOf("mixed.test", false, resolve)).rejects.toThrow(PRIVATE_ADDRESS_MESSAGE);
    await expect(checkedAddressOf("v6.test", false, async () => [{ address: "fd00::1", family: 6 }])).rejects.toThrow(PRIVATE_ADDRESS_MESSAGE);
    await expect(checkedAddressOf("ok.test", false, async () => [{ address: "93.184.215.14", family: 4 }])).resolves.toEqual({ address: "93.184.215.14", family: 4 });
  });

  test("a name that does not resolve says so", async () => {
    await expect(checkedAddressOf("nowhere.test", false, async () => Promise.reject(new Error("ENOTFOUND")))).rejects.toThrow("could not be found");
  });

  test.each([
    { label: "the metadata address", path: "/to-metadata", message: PRIVATE_ADDRESS_MESSAGE },
    { label: "a name that resolves to a private address", path: "/to-internal-name", message: PRIVATE_ADDRESS_MESSAGE },
    { label: "an ftp address", path: "/to-ftp", message: "not http:// or https://" },
  ])("a redirect to $label is refused", async ({ path, message }) => {
    const resolve: Resolve = async (host) => (host === "intranet.test" ? [{ address: "10.1.2.3", family: 4 }] : [{ address: "127.0.0.1", family: 4 }]);
    await expect(fetchPage(local(path), { ...asPublic, resolve })).rejects.toThrow(message);
  });

  test("IMPORT_ALLOW_PRIVATE lets loopback through (the browser tests)", async () => {
    const page = await fetchPage(local("/page"), { allowPrivate: true });
    expect(page).toMatchObject({ url: local("/page"), contentType: "html", charset: "utf-8" });
    expect(decodePage(page)).toBe(PAGE);
  });
});

describe("the connection goes to the checked address", () => {
  test("a name is resolved once per hop and the socket connects to that answer (no second lookup to rebind)", async () => {
    const asked: string[] = [];
    // A name the system resolver does not know: only the checked answer can have reached the server.
    const resolve: Resolve = async (host) => {
      asked.push(host);
      return [{ address: "127.0.0.1", family: 4 }];
    };
    const page = await fetchPage(`http://rebind.test:${port}/to-page`, { ...asPublic, resolve });
    expect(decodePage(page)).toBe(PAGE);
    expect(page.url).toBe(`http://rebind.test:${port}/page`);
    expect(asked).toEqual(["rebind.test", "rebind.test"]);
    expect(hits.slice(-2)).toEqual([`rebind.test:${port} /to-page`, `rebind.test:${port} /page`]);
  });
});

describe("bounds", () => {
  test("more than the redirect limit is refused", async () => {
    await expect(fetchPage(local("/loop"), { ...asPublic, maxRedirects: 3 })).rejects.toThrow("That page redirected more than 3 times.");
  });

  test("a page that does not answer in time is refused", async () => {
    await expect(fetchPage(local("/slow"), { ...asPublic, timeoutMs: 1000 })).rejects.toThrow("That page did not answer within 1 second.");
  });

  test.each([
    { label: "a declared length over the cap", path: "/big" },
    { label: "a chunked body over the cap", path: "/big-chunked" },
    { label: "a gzip body that unpacks over the cap", path: "/gzip-bomb" },
  ])("$label is refused", async ({ path }) => {
    await expect(fetchPage(local(path), { ...asPublic, maxBytes: 2000 })).rejects.toThrow("The page is larger than 4 MB");
  });

  test("a gzip page is unpacked", async () => {
    expect(decodePage(await fetchPage(local("/gzip-page"), asPublic))).toBe(PAGE);
  });

  test("the page's own meta charset decodes it", async () => {
    expect(decodePage(await fetchPage(local("/latin1"), asPublic))).toContain("<p>Café</p>");
  });

  test("an image is not a page", async () => {
    await expect(fetchPage(local("/image"), asPublic)).rejects.toThrow("That address is not a web page or a PDF (it is image/png).");
  });

  test("a 404 says the page was not found", async () => {
    await expect(fetchPage(local("/nothing-here"), asPublic)).rejects.toThrow("That page was not found (the site answered 404).");
  });
});
