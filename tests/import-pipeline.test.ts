// The import pipeline (lib/server/articles/import/pipeline.ts) on a real
// database: an import writes one private article owned by its importer with
// all its questions, in one transaction; every way in (paste, .txt, .md,
// .html, .pdf, a URL) gives the expected text and metadata; a bad input is
// refused with a message and writes nothing; slugs are unique, and a new
// import never takes over another article's questions.
import http from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { makePdf } from "./helpers/make-pdf";
import { importArticle, type ImportSource } from "@/lib/server/articles/import/pipeline";
import { IMPORT_STEPS, ImportInputError } from "@/lib/domain/article/import-text";
import type { Db } from "@/lib/server/db";

const STORY = readFileSync(path.join(__dirname, "fixtures/articles/science-deep-sea-vents.txt"), "utf8").replace(/^date .*\n/, "");
const NEWS_PAGE = readFileSync(path.join(__dirname, "fixtures/import/news-page.html"), "utf8");
const enc = (text: string) => new TextEncoder().encode(text);

let t: TestDb;
let ownerId: string;
let server: http.Server;
let port = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/news") res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(NEWS_PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  t = await createTestDb();
  ownerId = (await t.db.user.create({ data: { kind: "account", email: "owner@example.com" } })).id;
});
afterEach(async () => {
  await t.cleanup();
});

const run = (source: ImportSource, db: Db = t.db, steps?: string[]) =>
  importArticle(db, { ownerId, source, fetch: { allowPrivate: true }, ...(steps ? { onStep: (s) => void steps.push(s) } : {}) });

async function counts() {
  const [articles, questions, paragraphs, sentences] = await Promise.all([t.db.article.count(), t.db.question.count(), t.db.paragraph.count(), t.db.sentence.count()]);
  return { articles, questions, paragraphs, sentences };
}

describe("a successful import", () => {
  test("pasted text: one private article of its importer, all its questions, the steps in order", async () => {
    const steps: string[] = [];
    const result = await run({ kind: "paste", text: `New snail found at deep-sea vents\n\n${STORY}` }, t.db, steps);
    expect(steps).toEqual([...IMPORT_STEPS]);
    expect(result.slug).toBe("new-snail-found-at-deep-sea-vents");
    expect(result.title).toBe("New snail found at deep-sea vents");
    const article = await t.db.article.findUniqueOrThrow({ where: { slug: result.slug }, include: { _count: { select: { paragraphs: true, sentences: true } } } });
    expect(article).toMatchObject({ ownerId, visibility: "private", sourceUrl: null, archivedAt: null, publishedAt: null, title: "New snail found at deep-sea vents" });
    expect(article.body.startsWith("Researchers at the Monterey Bay Aquarium")).toBe(true);
    expect(article._count.paragraphs).toBe(STORY.trim().split(/\n\s*\n/).length);
    expect(article._count.sentences).toBeGreaterThan(10);
    const active = await t.db.question.count({ where: { articleId: article.id, status: "active" } });
    const drafts = await t.db.question.count({ where: { articleId: article.id, status: "draft" } });
    expect(result).toMatchObject({ active, drafts });
    expect(active).toBeGreaterThan(5);
    expect(await t.db.question.count({ where: { articleId: { not: article.id } } })).toBe(0);
    // Every question's evidence is verbatim in the saved text.
    for (const q of await t.db.question.findMany({ where: { articleId: article.id } })) expect(article.body.slice(q.evidenceStart, q.evidenceEnd)).toBe(q.evidenceText);
  });

  test("a given title wins, front matter gives the date, and the same title again gets the next slug", async () => {
    const text = `---\ndate: 2024-03-08\n---\n${STORY}`;
    const first = await run({ kind: "paste", text, title: "Vent snails" });
    const second = await run({ kind: "paste", text, title: "Vent snails" });
    expect([first.slug, second.slug]).toEqual(["vent-snails", "vent-snails-2"]);
    const row = await t.db.article.findUniqueOrThrow({ where: { slug: "vent-snails" } });
    expect(row.publishedAt?.toISOString()).toBe("2024-03-08T00:00:00.000Z");
    expect(row.title).toBe("Vent snails");
  });

  test("a URL: the story without the page's chrome, with the page's title, date and canonical address", async () => {
    const result = await run({ kind: "url", url: `http://127.0.0.1:${port}/news` });
    const row = await t.db.article.findUniqueOrThrow({ where: { slug: result.slug } });
    expect(row).toMatchObject({
      slug: "porthmellin-votes-to-rebuild-its-sea-wall-after-winter-floods",
      title: "Porthmellin votes to rebuild its sea wall after winter floods",
      // The page's canonical link is relative: it resolves against the address the page came from.
      sourceUrl: `http://127.0.0.1:${port}/news/2026/03/porthmellin-sea-wall-vote`,
      sourceNote: "Imported from 127.0.0.1",
      ownerId,
      visibility: "private",
    });
    expect(row.publishedAt?.toISOString()).toBe("2026-03-14T00:00:00.000Z");
    expect(row.body).toContain("The existing wall was built in 1868 by the Great Western Railway");
    for (const chrome of ["We use cookies", "Trelawny Kitchens", "Reply to Gwen T", "Most read", "Registered in England"]) expect(row.body).not.toContain(chrome);
  });

  test.each([
    { name: "story.txt", bytes: () => enc(`Vent snails\n\n${STORY}`), title: "Vent snails" },
    { name: "story.md", bytes: () => enc(`# Snails at the vents\n\nThe **first** paragraph is [linked](https://x.example).\n\n${STORY}`), title: "Snails at the vents" },
    { name: "story.html", bytes: () => enc(`<html><head><title>Snails by the vents</title></head><body><article>${STORY.split(/\n\s*\n/).map((p) => `<p>${p}</p>`).join("")}</article></body></html>`), title: "Snails by the vents" },
  ])("a $name file", async ({ name, bytes, title }) => {
    const result = await run({ kind: "file", name, bytes: bytes() });
    const row = await t.db.article.findUniqueOrThrow({ where: { slug: result.slug } });
    expect(row.title).toBe(title);
    expect(row.sourceNote).toBe(`Imported from ${name}`);
    expect(row.body).toContain("Researchers at the Monterey Bay Aquarium Research Institute (MBARI)");
    expect(row.body).not.toMatch(/\*\*|<p>|\]\(/);
    expect(result.active).toBeGreaterThan(0);
  });

  test("a PDF's text layer, paragraph by paragraph across pages", async () => {
    const lines = (text: string) => text.match(/.{1,80}(\s|$)/g)!.map((l) => l.trim());
    const paragraphs = STORY.trim().split(/\n\s*\n/);
    const pdf = makePdf(paragraphs.map((p) => ({ lines: lines(p) })));
    const result = await run({ kind: "file", name: "Vent Snails.pdf", bytes: pdf, title: "Vent snails (PDF)" });
    const row = await t.db.article.findUniqueOrThrow({ where: { slug: result.slug }, include: { _count: { select: { paragraphs: true } } } });
    expect(row._count.paragraphs).toBe(paragraphs.length);
    expect(row.body).toContain("The snail, named Alviniconcha pacifica, builds an iron-rich shell");
    expect(result.active).toBeGreaterThan(0);
  });

  test("a file without a title or a headline is named after the file, not its first words", async () => {
    const result = await run({ kind: "file", name: "deep-sea_vents.pdf", bytes: makePdf([{ lines: STORY.trim().split(/\n\s*\n/)[0]!.match(/.{1,80}(\s|$)/g)!.map((l) => l.trim()) }]) });
    expect(result).toMatchObject({ slug: "deep-sea-vents", title: "deep sea vents" });
  });
});

describe("refusals write nothing", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
  test.each([
    { label: "text over 4 MB", source: (): ImportSource => ({ kind: "paste", text: `${"word ".repeat(900_000)}` }), message: /larger than 4 MB/ },
    { label: "too many words", source: (): ImportSource => ({ kind: "paste", text: "a ".repeat(200_001) }), message: /the limit is 200,000/ },
    { label: "too few words", source: (): ImportSource => ({ kind: "paste", text: words(12) }), message: /only 12 words/ },
    { label: "an empty file", source: (): ImportSource => ({ kind: "file", name: "a.txt", bytes: new Uint8Array() }), message: /empty/ },
    { label: "a binary .txt", source: (): ImportSource => ({ kind: "file", name: "a.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) }), message: /PNG image/ },
    { label: "NUL bytes in a .md", source: (): ImportSource => ({ kind: "file", name: "a.md", bytes: new Uint8Array([0x41, 0, 0x42]) }), message: /binary/ },
    { label: "a .docx", source: (): ImportSource => ({ kind: "file", name: "a.docx", bytes: enc("x") }), message: /Upload a \.txt/ },
    { label: "an .html without HTML", source: (): ImportSource => ({ kind: "file", name: "a.html", bytes: enc(words(50)) }), message: /no HTML/ },
    { label: "a scanned PDF", source: (): ImportSource => ({ kind: "file", name: "scan.pdf", bytes: makePdf([{ drawingOnly: true }, { drawingOnly: true }]) }), message: /no text layer — it looks like a scan/ },
    { label: "a broken PDF", source: (): ImportSource => ({ kind: "file", name: "bad.pdf", bytes: enc("%PDF-1.4\nthis is not really a pdf at all") }), message: /not a readable PDF|could not be read/ },
    { label: "a page that is not there", source: (): ImportSource => ({ kind: "url", url: `http://127.0.0.1:${port}/missing` }), message: /not found/ },
  ])("$label", async ({ source, message }) => {
    const before = await counts();
    const error = await run(source()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as Error).message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  test("a private address without IMPORT_ALLOW_PRIVATE", async () => {
    const error = await importArticle(t.db, { ownerId, source: { kind: "url", url: `http://127.0.0.1:${port}/news` }, fetch: { allowPrivate: false } }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/private network/);
    expect(await counts()).toEqual({ articles: 0, questions: 0, paragraphs: 0, sentences: 0 });
  });

  test("a failure halfway through saving rolls back the article, its text structure and every question", async () => {
    let created = 0;
    // The database as the pipeline sees it, whose transaction fails when the questions are written (after the article and its sentences).
    const failing = new Proxy(t.db, {
      get(target, key, receiver) {
        if (key !== "$transaction") return Reflect.get(target, key, receiver);
        return (fn: (tx: unknown) => Promise<unknown>, options: unknown) =>
          target.$transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get(txTarget, txKey, txReceiver) {
                    const value = Reflect.get(txTarget, txKey, txReceiver);
                    if (txKey !== "question") return value;
                    return new Proxy(value as object, {
                      get(q, qKey, qReceiver) {
                        const method = Reflect.get(q, qKey, qReceiver);
                        if (qKey !== "createMany") return method;
                        return (args: unknown) => {
                          if (++created === 1) throw new Error("disk full");
                          return (method as (a: unknown) => unknown).call(q, args);
                        };
                      },
                    });
                  },
                }),
              ),
            options as never,
          );
      },
    }) as Db;
    await expect(run({ kind: "paste", text: STORY, title: "Doomed" }, failing)).rejects.toThrow("disk full");
    expect(created).toBe(1);
    expect(await counts()).toEqual({ articles: 0, questions: 0, paragraphs: 0, sentences: 0 });
  });
});

describe("slugs and keys", () => {
  test("a free slug whose question keys belong to a renamed article moves on to the next number, leaving that article's questions alone", async () => {
    const first = await run({ kind: "paste", text: STORY, title: "Vent snails" });
    const firstRow = await t.db.article.update({ where: { slug: first.slug }, data: { slug: "renamed-snails" } });
    const firstQuestions = await t.db.question.count({ where: { articleId: firstRow.id } });
    const second = await run({ kind: "paste", text: STORY, title: "Vent snails" });
    expect(second.slug).toBe("vent-snails-2");
    expect(await t.db.question.count({ where: { articleId: firstRow.id } })).toBe(firstQuestions);
    expect(await t.db.article.count()).toBe(2);
  });

  test("a title that is a page's name does not take it", async () => {
    expect((await run({ kind: "paste", text: STORY, title: "New" })).slug).toBe("new-2");
  });
});
