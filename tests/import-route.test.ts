// POST /api/articles/import (lib/server/articles/import/route.ts) on a real
// database, the session swapped for a fake: only a signed-in account imports
// (a visitor and a guest are refused, 401); a cross-origin post is refused; bad
// fields answer 400 with the reason; more than 20 imports (or 100 requests) in an hour answer 429
// with Retry-After; the page's script gets the five steps then the result as
// NDJSON, and a form posted without JavaScript a 303 to the article or back
// to the form with the reason.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/server/prisma-client";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { makePdf } from "./helpers/make-pdf";

const holder = vi.hoisted(() => ({ db: null as PrismaClient | null, userId: "", kind: "account" as "account" | "guest", signedIn: true }));
vi.mock("@/lib/server/db", () => ({
  get db() {
    return holder.db;
  },
}));
vi.mock("@/lib/server/auth", () => {
  const user = () => ({ id: holder.userId, kind: holder.kind, role: "learner" as const, timeZone: "UTC", email: null });
  return {
    requireUser: vi.fn(async () => user()),
    getViewer: vi.fn(async () => (holder.signedIn ? { ...user(), signedIn: true } : { ...user(), id: "no-session", signedIn: false })),
    currentSession: vi.fn(async () => null),
    setSessionCookie: vi.fn(),
    clearSessionCookie: vi.fn(),
  };
});
vi.mock("@/lib/server/request-meta", () => ({ clientIp: async () => "203.0.113.7", isHttpsRequest: async () => false }));

const { handleImportRequest } = await import("@/lib/server/articles/import/route");

const STORY = readFileSync(path.join(__dirname, "fixtures/articles/science-deep-sea-vents.txt"), "utf8").replace(/^date .*\n/, "");
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
});
afterAll(async () => {
  await t.cleanup();
});
beforeEach(async () => {
  holder.userId = (await t.db.user.create({ data: { kind: "account" } })).id;
  holder.kind = "account";
  holder.signedIn = true;
});

function post(fields: Partial<Record<string, string | File>>, options: { stream?: boolean; origin?: string; headers?: Record<string, string> } = {}): Request {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) body.append(key, value);
  return new Request("http://recall.test/api/articles/import", {
    method: "POST",
    body,
    headers: { host: "recall.test", ...(options.origin ? { origin: options.origin } : {}), ...(options.stream === false ? {} : { accept: "application/x-ndjson" }), ...options.headers },
  });
}

async function events(response: Response): Promise<unknown[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

const articlesOf = (ownerId: string) => t.db.article.count({ where: { ownerId } });

describe("who may import", () => {
  test.each([
    { label: "a visitor without a session", signedIn: false, kind: "account" as const },
    { label: "a guest", signedIn: true, kind: "guest" as const },
  ])("$label is asked to sign up or sign in (401), and nothing is written", async ({ signedIn, kind }) => {
    holder.signedIn = signedIn;
    holder.kind = kind;
    const response = await handleImportRequest(post({ source: "paste", text: STORY }));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign up or sign in to import an article." });
    expect(await t.db.article.count()).toBe(0);
  });

  test("a post from another site is refused (403)", async () => {
    const response = await handleImportRequest(post({ source: "paste", text: STORY }, { origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    expect(await articlesOf(holder.userId)).toBe(0);
  });
});

describe("bad requests answer with the reason", () => {
  test.each([
    { label: "no source", fields: { text: STORY }, message: "Choose how to bring the article: paste, a file, or a web address." },
    { label: "an ftp address", fields: { source: "url", url: "ftp://example.com/a" }, message: "Only http:// and https:// addresses can be imported." },
    { label: "a file source without a file", fields: { source: "file" }, message: "Choose a file to upload." },
    { label: "a title too long", fields: { source: "paste", text: STORY, title: "x".repeat(201) }, message: "A title can be at most 200 characters." },
  ])("$label (400)", async ({ fields, message }) => {
    const response = await handleImportRequest(post(fields));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: message });
  });

  test("a body larger than the limit is refused before it is read (413)", async () => {
    const response = await handleImportRequest(post({ source: "paste", text: "x" }, { headers: { "content-length": String(5 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "The file is larger than 4 MB, the limit for one article." });
  });

  test("a refusal inside the pipeline arrives as the stream's last line, with nothing written", async () => {
    const response = await handleImportRequest(post({ source: "url", url: "http://127.0.0.1:9/story" }));
    expect(response.status).toBe(200);
    expect(await events(response)).toEqual([{ step: "reading" }, { error: "That address is on a private network, which Recall does not fetch." }]);
    expect(await articlesOf(holder.userId)).toBe(0);
  });
});

describe("importing", () => {
  test("the script's request streams the five steps, then the new article's slug and counts", async () => {
    const response = await handleImportRequest(post({ source: "paste", text: STORY, title: "Route snails" }));
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = await events(response);
    expect(lines.slice(0, 5)).toEqual([{ step: "reading" }, { step: "splitting" }, { step: "generating" }, { step: "checking" }, { step: "saving" }]);
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: "route-snails" } });
    const active = await t.db.question.count({ where: { articleId: article.id, status: "active" } });
    const drafts = await t.db.question.count({ where: { articleId: article.id, status: "draft" } });
    expect(lines[5]).toEqual({ done: true, slug: "route-snails", active, drafts });
    expect(article).toMatchObject({ ownerId: holder.userId, visibility: "private" });
  });

  test("an uploaded PDF through the form", async () => {
    const pdf = makePdf([{ lines: STORY.trim().split(/\n\s*\n/)[0]!.match(/.{1,80}(\s|$)/g)!.map((l) => l.trim()) }, { lines: STORY.trim().split(/\n\s*\n/)[1]!.match(/.{1,80}(\s|$)/g)!.map((l) => l.trim()) }]);
    const file = new File([new Uint8Array(pdf)], "snails.pdf", { type: "application/pdf" });
    const lines = await events(await handleImportRequest(post({ source: "file", file, title: "PDF snails" })));
    expect(lines.at(-1)).toMatchObject({ done: true, slug: "pdf-snails" });
  });

  test("without JavaScript: a 303 to the article, or back to the form with the reason", async () => {
    const done = await handleImportRequest(post({ source: "paste", text: STORY, title: "Plain form snails" }, { stream: false }));
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/articles/plain-form-snails?imported=1");
    const refused = await handleImportRequest(post({ source: "paste", text: "Too short." }, { stream: false }));
    expect(refused.status).toBe(303);
    expect(decodeURIComponent(refused.headers.get("location")!)).toBe("/articles/new?error=The text has only 2 words; an article needs at least 30 to make questions from.");
  });

  test("20 imports an hour count what was imported (a refused file or page is given back); every request counts toward 100; per account", async () => {
    // Refused quickly inside the pipeline (a private address): given back, so 25 of them leave the allowance whole.
    const attempt = async () => {
      const response = await handleImportRequest(post({ source: "url", url: "http://127.0.0.1:9/story" }));
      const body = await response.text(); // the stream ends after the refund
      return { status: response.status, headers: response.headers, body };
    };
    for (let i = 0; i < 25; i++) expect((await attempt()).status).toBe(200);
    const counter = (name: string) => t.db.rateLimit.findUnique({ where: { key: `${name}:${holder.userId}` } });
    expect(await counter("importPerUser")).toMatchObject({ count: 0 });
    expect(await counter("importAttemptPerUser")).toMatchObject({ count: 25 });

    // 20 imported this hour: the next is refused with the wait.
    await t.db.rateLimit.update({ where: { key: `importPerUser:${holder.userId}` }, data: { count: 20 } });
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect(JSON.parse(refused.body) as { error: string }).toEqual({ error: expect.stringMatching(/^Too many attempts\. Please wait \d+ minutes and try again\.$/) });

    // 100 requests this hour, whatever came of them: refused too.
    await t.db.rateLimit.update({ where: { key: `importPerUser:${holder.userId}` }, data: { count: 0 } });
    await t.db.rateLimit.update({ where: { key: `importAttemptPerUser:${holder.userId}` }, data: { count: 100 } });
    expect((await attempt()).status).toBe(429);

    holder.userId = (await t.db.user.create({ data: { kind: "account" } })).id;
    expect((await attempt()).status).toBe(200);
  });
});
