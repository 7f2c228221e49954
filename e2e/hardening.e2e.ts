// Journey: the server holds up to abuse (issue 13). Against a real `npm start`
// (Recall's edge server around Next.js): the security headers on pages, static
// files and 404s; Next.js's scripts carry the response's CSP nonce and Chromium
// reports no CSP violation on the pages with the most script (reader, a quiz,
// review, progress charts, cards, settings); each class of bad request gets
// its 4xx, never a 500, and logs exactly one line and no stack trace.
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { freePort, serveCommand, serveEnv, stopGroup, waitForServer } from "../scripts/lib/serve";
import { sharedBrowser } from "./browser";
import { answerWithKeyboard } from "./helpers";
import { startQuiz } from "./quiz-steps";

const browser = sharedBrowser();
const base = new URL(inject("baseURL"));

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One HTTP request exactly as given (fetch refuses TRACE and sets Origin and Host itself). */
function raw(method: string, pathname: string, options: { headers?: Record<string, string>; body?: string | Buffer; port?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: options.port ?? base.port, method, path: pathname, headers: options.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

function expectSecurityHeaders(response: RawResponse, label: string) {
  const csp = String(response.headers["content-security-policy"] ?? "");
  expect(csp, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}'(;|$)/);
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp.split(";").find((d) => d.trim().startsWith("script-src")), label).not.toContain("unsafe-inline");
  expect(response.headers["x-frame-options"], label).toBe("DENY");
  expect(response.headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(response.headers["x-content-type-options"], label).toBe("nosniff");
  // Plain HTTP from an untrusted client: no HSTS.
  expect(response.headers["strict-transport-security"], label).toBeUndefined();
}

const nonceOf = (response: RawResponse) => /'nonce-([^']+)'/.exec(String(response.headers["content-security-policy"]))?.[1];

/** This build's id of a real server action (grading a card, posted to /review). */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action named ${name} in the build`);
  return id;
}

/** Starts a quiz with a form action, as the setup page does (useActionState: previous state, FormData), multipart. */
function startQuizRequest(headers: Record<string, string>, port?: string): Promise<RawResponse> {
  const boundary = "----recall-hardening";
  // As the browser sends it: the form's fields under the FormData's prefix ("_1_"), then the root part, which
  // refers to them ("$K1") and is decoded when it arrives, so it comes last.
  const fields: [string, string][] = [
    ["_1_slug", "shusha-declaration"],
    ["_1_size", "5"],
    ["_1_kinds", "cloze"],
    ["_1_origin", "both"],
    ["_1_mode", "all"],
    // The setup form's one-time token (a fresh one per request: each is a new start).
    ["_1_startToken", randomBytes(18).toString("base64url")],
    ["0", '[{},"$K1"]'],
  ];
  const body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return raw("POST", "/articles/shusha-declaration/quiz", {
    port,
    headers: { "next-action": actionId("startQuizAction"), "content-type": `multipart/form-data; boundary=${boundary}`, ...headers },
    body,
  });
}

const sessionCookie = (response: RawResponse) => [response.headers["set-cookie"] ?? []].flat().find((c) => c.startsWith("recall_session="));

/** Collects CSP violations in every page of the context: Chromium's console reports and the DOM's events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  await page.context().addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

describe("security headers", () => {
  test("on pages, a static file and 404s; Next.js's scripts carry the response's nonce", async () => {
    const home = await raw("GET", "/");
    const setup = await raw("GET", "/articles/shusha-declaration/quiz");
    const unknownPage = await raw("GET", "/no-such-page");
    const unknownArticle = await raw("GET", "/articles/no-such-article");
    const health = await raw("GET", "/api/health");
    expect([home.status, setup.status, unknownPage.status, unknownArticle.status, health.status]).toEqual([200, 200, 404, 404, 200]);
    const chunk = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(home.body)?.[1];
    expect(chunk).toBeDefined();
    const script = await raw("GET", chunk!);
    const icon = await raw("GET", "/icon.svg");
    expect([script.status, icon.status]).toEqual([200, 200]);
    for (const [label, response] of Object.entries({ home, setup, unknownPage, unknownArticle, health, script, icon })) expectSecurityHeaders(response, label);

    for (const [label, page] of Object.entries({ home, setup, unknownPage, unknownArticle })) {
      const nonce = nonceOf(page);
      const scripts = page.body.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, label).toBeGreaterThan(3);
      for (const tag of scripts) expect(tag, label).toContain(`nonce="${nonce}"`);
    }
    expect(nonceOf(home)).not.toBe(nonceOf(setup)); // fresh per response
  });

  test("X-Forwarded-Proto: https from an untrusted client earns no HSTS and no Secure cookie", async () => {
    const claims = { "x-forwarded-proto": "https", "x-recall-proto": "https" };
    const response = await raw("GET", "/", { headers: claims });
    expect(response.status).toBe(200);
    expect(response.headers["strict-transport-security"]).toBeUndefined();
    expect(String(response.headers["content-security-policy"])).not.toContain("upgrade-insecure-requests");

    const started = await startQuizRequest({ ...claims, origin: `http://${base.host}` });
    expect(started.status).toBe(200);
    expect(started.headers["x-action-redirect"], "the quiz started").toMatch(/^\/quiz\//);
    expect(sessionCookie(started)).toBeDefined();
    expect(sessionCookie(started)).not.toMatch(/;\s*Secure/i);
  });

  test("no CSP violation while reading, taking a quiz, reviewing, and on progress, cards and settings", async () => {
    const { context, page } = await browser.newPage();
    const violations = await watchCsp(page);

    await page.goto("/articles/shusha-declaration");
    await page.locator("[data-sentence]").first().waitFor();

    await startQuiz(page, { kinds: ["multiple_choice", "cloze"], size: "5" });
    await answerWithKeyboard(page);
    await page.getByRole("link", { name: "See in the article" }).waitFor(); // the feedback: the answer action ran
    await page.keyboard.press("Enter");
    await page.getByText(/^Question 2 of 5$/).waitFor();

    await page.goto("/review");
    await page.locator("[data-ready=true]").waitFor();
    await page.goto("/progress");
    await page.locator("[data-chart]").first().waitFor(); // a chart, with the style attributes that place its bars
    await page.goto("/cards");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto("/settings");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();

    expect(violations).toEqual([]);
    await context.close();
  });
});

describe("bad requests are 4xx with one log line", () => {
  test("each class of bad request gets its 4xx; the log gains one line each and no stack trace", async () => {
    const grade = actionId("gradeCardAction");
    const host = `${base.hostname}:${base.port}`;
    const action = (body: string | Buffer, headers: Record<string, string> = {}) =>
      raw("POST", "/review", { headers: { "next-action": grade, "content-type": "text/plain;charset=UTF-8", origin: `http://${host}`, ...headers }, body });
    const logBefore = readFileSync(inject("serverLog"), "utf8").length;

    const cases: [label: string, send: () => Promise<RawResponse>, status: number][] = [
      ["body over 1 MB", () => action(Buffer.alloc(1024 * 1024 + 1, "a")), 413],
      ["chunked body over 1 MB", () => action(Buffer.alloc(1024 * 1024 + 1, "a"), { "transfer-encoding": "chunked" }), 413],
      ["not json", () => action("not json"), 400],
      ['["$Q0"]', () => action('["$Q0"]'), 400],
      ["10,000 levels", () => action("[".repeat(10_000) + "]".repeat(10_000)), 400],
      ["a part that is not there", () => action('["$1"]'), 400],
      ["no body at all", () => raw("POST", "/review", { headers: { "next-action": grade, origin: `http://${host}` } }), 400],
      ["foreign Origin", () => action("[]", { origin: "https://evil.example" }), 403],
      ["spoofed X-Forwarded-Host with foreign Origin", () => action("[]", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }), 403],
      ["unknown action id", () => action("[]", { "next-action": grade.slice(0, -2) + (grade.endsWith("00") ? "11" : "00") }), 409],
      ["TRACE /", () => raw("TRACE", "/"), 405],
      ["PUT /api/health", () => raw("PUT", "/api/health", { body: "{}" }), 405],
    ];
    for (const [label, send, status] of cases) {
      const response = await send();
      expect(response.status, label).toBe(status);
      expectSecurityHeaders(response, label);
      if (status === 405) expect(response.headers.allow, label).toBe("GET, HEAD, POST");
    }

    // The log file is written by the test runner's process as the output arrives.
    let added = "";
    for (let i = 0; i < 50; i++) {
      added = readFileSync(inject("serverLog"), "utf8").slice(logBefore);
      if (added.split("\n").filter((l) => /^recall: 4\d\d /.test(l)).length >= cases.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const lines = added.split("\n").filter((l) => l.trim() !== "");
    expect(lines.map((l) => l.match(/^recall: (\d{3}) (\S+) (\S+): .+$/)?.slice(1, 4).join(" "))).toEqual(
      cases.map(([, , status], i) => `${status} ${i >= cases.length - 2 ? (i === cases.length - 2 ? "TRACE /" : "PUT /api/health") : "POST /review"}`),
    );
    expect(added).not.toMatch(/^\s+at /m);
  });

  test("a real action still works through the edge (a review session's summary)", async () => {
    const summary = actionId("sessionSummaryAction");
    const host = `${base.hostname}:${base.port}`;
    const response = await raw("POST", "/review", {
      headers: { "next-action": summary, "content-type": "text/plain;charset=UTF-8", origin: `http://${host}`, accept: "text/x-component" },
      body: JSON.stringify([{ since: new Date().toISOString() }]),
    });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response, "action");
  });
});

describe("behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1, a second server on the same build and database)", () => {
  let proxied: ChildProcess | undefined;
  let port = "";
  let log = "";
  beforeAll(async () => {
    port = String(await freePort());
    const serve = serveCommand("127.0.0.1", Number(port));
    proxied = spawn(serve.command, serve.args, {
      env: serveEnv("127.0.0.1", Number(port), { DATABASE_URL: `file:${inject("dbFile")}`, TRUSTED_PROXIES: "127.0.0.1, ::1" }),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    proxied.stdout!.on("data", (d) => (log += d));
    proxied.stderr!.on("data", (d) => (log += d));
    await waitForServer(`http://127.0.0.1:${port}/api/health`, proxied, () => log.slice(-4000));
  });
  afterAll(() => stopGroup(proxied));

  test("the proxy's X-Forwarded-Proto: https earns HSTS and a Secure session cookie", async () => {
    const page = await raw("GET", "/", { port, headers: { "x-forwarded-proto": "https" } });
    expect(page.headers["strict-transport-security"]).toBe("max-age=31536000");
    expect(String(page.headers["content-security-policy"])).toContain("upgrade-insecure-requests");
    const plain = await raw("GET", "/", { port });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();

    const started = await startQuizRequest({ "x-forwarded-proto": "https", "x-forwarded-host": "recall.example", origin: "https://recall.example" }, port);
    expect(started.status).toBe(200);
    expect(started.headers["x-action-redirect"], "the quiz started").toMatch(/^\/quiz\//);
    expect(sessionCookie(started)).toMatch(/;\s*Secure/i);
  });

  test("the proxy's X-Forwarded-Host is the host an action's Origin must match", async () => {
    const foreign = await startQuizRequest({ "x-forwarded-host": "recall.example", origin: `http://127.0.0.1:${port}` }, port);
    expect(foreign.status).toBe(403);
    const spoofed = await startQuizRequest({ "x-forwarded-host": "evil.example, recall.example", origin: "https://evil.example" }, port);
    expect(spoofed.status).toBe(403);
  });
});
