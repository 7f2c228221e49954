import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadSeedDirectory, SeedValidationError } from "@/lib/server/seed/load";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createTestDb, ON_POSTGRES, type TestDb } from "./helpers/test-db";

const FIXTURE = path.join(__dirname, "fixtures", "seed-basic");

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "recall-seed-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function editBank(dir: string, edit: (text: string) => string) {
  const file = path.join(dir, "questions", "tiny.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
}

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.cleanup();
});

describe("seed validation", () => {
  test("a quote that is not in the article is refused, naming the question and the quote", async () => {
    const dir = copyFixture();
    editBank(dir, (s) => s.replace("evidence: She worked with Charles Babbage.", "evidence: She worked closely with Charles Babbage."));
    const error = await loadSeedDirectory(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as Error).message;
    expect(message).toContain('question "tiny-cloze-babbage"');
    expect(message).toContain('"She worked closely with Charles Babbage."');
  });

  test("a refused seed writes nothing", async () => {
    const dir = copyFixture();
    editBank(dir, (s) => s.replace("Ada Lovelace wrote the first published algorithm in 1843.\n", "Ada wrote it.\n"));
    await expect(seedDatabase(t.db, dir)).rejects.toBeInstanceOf(SeedValidationError);
    expect(await t.db.article.count()).toBe(0);
    expect(await t.db.question.count()).toBe(0);
  });

  test.each([
    { label: "choices without the answer", edit: (s: string) => s.replace('["1843", "1833"', '["1842", "1833"'), expected: "choices must include the answer" },
    { label: "a cloze without a blank", edit: (s: string) => s.replace("Charles _____.", "Charles."), expected: "exactly one blank" },
    { label: "an unknown kind", edit: (s: string) => s.replace("kind: true_false", "kind: essay"), expected: 'question "tiny-tf-finished"' },
    { label: "a duplicate key", edit: (s: string) => s.replace("key: tiny-cloze-babbage", "key: tiny-mc-year"), expected: 'duplicate key "tiny-mc-year"' },
    { label: "an unknown article", edit: (s: string) => s.replace("article: tiny", "article: nowhere"), expected: 'no article with slug "nowhere"' },
  ])("refuses $label", async ({ edit, expected }) => {
    const dir = copyFixture();
    editBank(dir, edit);
    await expect(loadSeedDirectory(dir)).rejects.toThrow(expected);
  });
});

describe("seeding", () => {
  test("writes the article, its paragraphs and sentences with offsets, and the questions", async () => {
    const report = await seedDatabase(t.db, FIXTURE);
    expect(report.articles).toHaveLength(1);
    expect(report.articles[0]).toMatchObject({
      slug: "tiny",
      article: "created",
      handwritten: { created: 3, updated: 0, unchanged: 0, retired: 0 },
    });
    const article = await t.db.article.findUniqueOrThrow({
      where: { slug: "tiny" },
      include: { sentences: { orderBy: { index: "asc" } }, paragraphs: { orderBy: { index: "asc" } } },
    });
    expect(article.title).toBe("A tiny article");
    expect(article.publishedAt?.toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(article.paragraphs).toHaveLength(2);
    expect(article.sentences.map((s) => article.body.slice(s.start, s.end))).toEqual([
      "Ada Lovelace wrote the first published algorithm in 1843.",
      "She worked with Charles Babbage.",
      "The Analytical Engine was never finished.",
      "Babbage designed it in London.",
    ]);
    const q = await t.db.question.findUniqueOrThrow({ where: { key: "tiny-cloze-babbage" } });
    expect(article.body.slice(q.evidenceStart, q.evidenceEnd)).toBe("She worked with Charles Babbage.");
    expect(q.origin).toBe("handwritten");
    const tf = await t.db.question.findUniqueOrThrow({ where: { key: "tiny-tf-finished" } });
    expect(tf.answer).toBe("false");
    // The generator ran over the article too: its questions sit beside the hand-written ones.
    const generated = await t.db.question.findMany({ where: { origin: "generated" } });
    expect(report.articles[0]!.generated.created).toBe(generated.length);
    expect(generated.filter((g) => g.status === "active").length).toBeGreaterThan(0);
    for (const g of generated) {
      expect(g.generatorVersion).toMatch(/^gen-/);
      expect(article.body.slice(g.evidenceStart, g.evidenceEnd)).toBe(g.evidenceText);
    }
  });

  test("running it again changes nothing", async () => {
    await seedDatabase(t.db, FIXTURE);
    const before = await t.db.question.findMany({ orderBy: { key: "asc" } });
    const report = await seedDatabase(t.db, FIXTURE);
    expect(report.articles[0]).toMatchObject({
      slug: "tiny",
      article: "unchanged",
      handwritten: { created: 0, updated: 0, unchanged: 3, retired: 0 },
      generated: { created: 0, updated: 0, retired: 0 },
    });
    const after = await t.db.question.findMany({ orderBy: { key: "asc" } });
    expect(after).toEqual(before);
    expect(await t.db.sentence.count()).toBe(4);
  });

  test("editing a question updates its row in place and keeps every learner's history of it", async () => {
    await seedDatabase(t.db, FIXTURE);
    const original = await t.db.question.findUniqueOrThrow({ where: { key: "tiny-cloze-babbage" } });
    const user = await t.db.user.create({ data: {} });
    const attempt = await t.db.quizAttempt.create({ data: { userId: user.id, config: {}, seed: 1, maxScore: 1 } });
    await t.db.quizResponse.create({
      data: { attemptId: attempt.id, userId: user.id, questionId: original.id, position: 0, response: "Babbage", correct: true, credit: 1 },
    });
    const card = await t.db.card.create({ data: { userId: user.id, questionId: original.id, due: new Date("2026-01-01T00:00:00Z") } });
    await t.db.reviewLog.create({
      data: {
        userId: user.id, cardId: card.id, questionId: original.id, rating: 3, state: 0, due: new Date("2026-01-01T00:00:00Z"),
        stability: 0, difficulty: 0, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0,
        review: new Date("2026-01-01T00:00:00Z"),
      },
    });

    const dir = copyFixture();
    editBank(dir, (s) => s.replace("Ada Lovelace worked with Charles _____.", "Lovelace collaborated with Charles _____."));
    const report = await seedDatabase(t.db, dir);
    expect(report.articles[0]?.handwritten).toEqual({ created: 0, updated: 1, unchanged: 2, retired: 0 });

    const edited = await t.db.question.findUniqueOrThrow({ where: { key: "tiny-cloze-babbage" } });
    expect(edited.id).toBe(original.id);
    expect(edited.prompt).toBe("Lovelace collaborated with Charles _____.");
    expect(await t.db.quizResponse.count({ where: { questionId: original.id } })).toBe(1);
    expect(await t.db.card.count({ where: { questionId: original.id } })).toBe(1);
    expect(await t.db.reviewLog.count({ where: { questionId: original.id } })).toBe(1);
  });

  test("a question removed from the file is retired, not deleted, and comes back when restored", async () => {
    await seedDatabase(t.db, FIXTURE);
    const dir = copyFixture();
    editBank(dir, (s) => s.slice(0, s.indexOf("  - key: tiny-tf-finished")));
    const report = await seedDatabase(t.db, dir);
    expect(report.articles[0]?.handwritten).toEqual({ created: 0, updated: 0, unchanged: 2, retired: 1 });
    const retired = await t.db.question.findUniqueOrThrow({ where: { key: "tiny-tf-finished" } });
    expect(retired.status).toBe("retired");

    const again = await seedDatabase(t.db, FIXTURE);
    expect(again.articles[0]?.handwritten).toEqual({ created: 0, updated: 1, unchanged: 2, retired: 0 });
    expect((await t.db.question.findUniqueOrThrow({ where: { key: "tiny-tf-finished" } })).status).toBe("active");
  });
});

// SQLite-only: these are the pragmas lib/server/prisma-client.ts sets on every
// SQLite connection; PostgreSQL has no PRAGMA and needs none of them.
describe.skipIf(ON_POSTGRES)("connection (SQLite pragmas; skipped on PostgreSQL)", () => {
  test("every connection runs in WAL with synchronous=NORMAL, a busy timeout and foreign keys", async () => {
    const rows = await t.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    expect(rows[0]?.journal_mode).toBe("wal");
    const sync = await t.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(Number(sync[0]?.synchronous)).toBe(1);
    const timeout = await t.db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(Number(timeout[0]?.timeout)).toBe(5000);
    const fk = await t.db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
    expect(Number(fk[0]?.foreign_keys)).toBe(1);
  });
});

// The PostgreSQL run (npm run test:pg) really is on PostgreSQL, in the
// throwaway database tests/helpers/test-db.ts made for this test. (current_database()
// is of type `name`, which the pg adapter cannot read: cast it, prisma/orm#27403.)
describe.runIf(ON_POSTGRES)("connection (PostgreSQL)", () => {
  test("runs on PostgreSQL in its own throwaway database", async () => {
    const rows = await t.db.$queryRawUnsafe<{ version: string; db: string }[]>("SELECT version() AS version, current_database()::text AS db");
    expect(rows[0]?.version).toMatch(/^PostgreSQL /);
    expect(rows[0]?.db).toMatch(/^recall_test_[0-9a-f]{12}$/);
    expect(t.url).toMatch(/^postgres(ql)?:\/\//);
  });
});
