// Export and import of an article's questions against a real database
// (lib/server/exchange/questions.ts): an export re-imported changes nothing in
// every format; an edited JSON file updates the row in place, keeping cards and
// answers; a file with one bad line writes nothing; a failure inside the
// transaction leaves nothing behind; a key of another article is refused with
// its line; people who may not edit the article get "not found".
// Runs on SQLite and, under npm run test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createGuestSession } from "@/lib/server/auth";
import { exportArticleQuestions, importArticleQuestions } from "@/lib/server/exchange/questions";
import type { Db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/errors";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
const now = new Date("2026-03-01T10:00:00Z");
const SEED = path.join(__dirname, "..", "fixtures", "seed-quiz");
let author = { id: "", role: "author" as const };
let learner = { id: "", role: "learner" as const };
let articleId = "";

const snapshot = async () =>
  (await t.db.question.findMany({ where: { articleId }, orderBy: { key: "asc" } })).map((q) => ({ ...q, updatedAt: undefined }));

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, SEED);
  author = { id: (await createGuestSession(t.db, now)).user.id, role: "author" };
  learner = { id: (await createGuestSession(t.db, now)).user.id, role: "learner" };
  articleId = (await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).id;
});
afterAll(async () => t?.cleanup());

describe("an export imported again", () => {
  test.each([{ format: "json" as const }, { format: "gift" as const }, { format: "anki" as const }])("in $format changes nothing", async ({ format }) => {
    const before = await snapshot();
    const file = await exportArticleQuestions(t.db, author, "tiny", format);
    const out = await importArticleQuestions(t.db, author, "tiny", { text: file!.text, format: "auto", dryRun: false }, now);
    expect(out.problems).toEqual([]);
    expect(out.format).toBe(format);
    expect(out.created).toEqual([]);
    expect(out.updated).toEqual([]);
    expect(out.unchanged.length).toBe(file!.included);
    expect(await snapshot()).toEqual(before);
  });
});

describe("an edited JSON file", () => {
  test("updates the question in place: same row, cards and answers kept, edit marked, hash recomputed", async () => {
    const q = await t.db.question.findUniqueOrThrow({ where: { key: "q-short" } });
    await t.db.card.create({ data: { userId: learner.id, questionId: q.id, due: now } });
    const file = JSON.parse((await exportArticleQuestions(t.db, author, "tiny", "json"))!.text) as { questions: { key: string; prompt: string }[] };
    file.questions.find((x) => x.key === "q-short")!.prompt = "In which city did Babbage work on his engine?";

    const check = await importArticleQuestions(t.db, author, "tiny", { text: JSON.stringify(file), format: "json", dryRun: true }, now);
    expect(check.updated.map((r) => r.key)).toEqual(["q-short"]);
    expect(check.written).toBe(false);
    expect((await t.db.question.findUniqueOrThrow({ where: { id: q.id } })).prompt).toBe(q.prompt);

    const out = await importArticleQuestions(t.db, author, "tiny", { text: JSON.stringify(file), format: "json", dryRun: false }, now);
    expect(out).toMatchObject({ written: true, created: [], problems: [] });
    const after = await t.db.question.findUniqueOrThrow({ where: { key: "q-short" }, include: { cards: true } });
    expect(after.id).toBe(q.id);
    expect(after.prompt).toBe("In which city did Babbage work on his engine?");
    expect(after.cards).toHaveLength(1);
    expect(after.editedAt?.toISOString()).toBe(now.toISOString());
    expect(after.editedById).toBe(author.id);
    expect(after.contentHash).not.toBe(q.contentHash);
    expect(after.origin).toBe(q.origin);
  });
});

describe("a JSON file with the generator's rejected drafts", () => {
  test("leaves an unchanged draft alone though it fails the checks, refuses it once edited, and refuses a repeated key", async () => {
    await t.db.question.create({
      data: {
        key: "gen-rejected",
        articleId,
        kind: "multiple_choice",
        prompt: "Who?",
        answer: "Ada",
        choices: ["Ada", "Ada"],
        explanation: "x",
        evidenceText: "She worked with Charles Babbage.",
        evidenceStart: 58,
        evidenceEnd: 90,
        origin: "generated",
        status: "draft",
        rejectReasons: ["duplicate-choices"],
        contentHash: "h",
      },
    });
    const file = JSON.parse((await exportArticleQuestions(t.db, author, "tiny", "json"))!.text) as { questions: { key: string; prompt: string }[] };
    const same = await importArticleQuestions(t.db, author, "tiny", { text: JSON.stringify(file, null, 2), format: "json", dryRun: true }, now);
    expect(same.problems).toEqual([]);
    expect(same.unchanged.map((r) => r.key)).toContain("gen-rejected");

    const draft = file.questions.find((q) => q.key === "gen-rejected")!;
    draft.prompt = "Who worked with Babbage?";
    file.questions.push({ ...file.questions[0]! });
    const edited = await importArticleQuestions(t.db, author, "tiny", { text: JSON.stringify(file, null, 2), format: "json", dryRun: false }, now);
    expect(edited.written).toBe(false);
    expect(edited.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: "choices", message: "choices must be distinct" }),
        expect.objectContaining({ field: "key", message: expect.stringContaining("used again") }),
      ]),
    );
    await t.db.question.delete({ where: { key: "gen-rejected" } });
  });
});

describe("a new question from GIFT", () => {
  test("gets a key, the best matching sentence as evidence, and is hand-written", async () => {
    const out = await importArticleQuestions(t.db, author, "tiny", { text: "::Babbage city::Where did Babbage design the Analytical Engine?{=London}", format: "auto", dryRun: false }, now);
    expect(out.problems).toEqual([]);
    expect(out.created).toHaveLength(1);
    const row = await t.db.question.findUniqueOrThrow({ where: { key: out.created[0]!.key } });
    expect(row).toMatchObject({ kind: "short_answer", origin: "handwritten", evidenceText: "Babbage designed it in London.", articleId });
    expect(row.key).toMatch(/^tiny\.import-[0-9a-f]{12}$/);
    expect(row.editedAt).not.toBeNull();
  });
});

describe("a file with a problem", () => {
  test("writes nothing, and names each bad line and field", async () => {
    const before = await snapshot();
    const text = [
      "::fresh-one::Who worked with Babbage?{=Ada Lovelace}",
      "",
      "::q-mc::In which year did Ada Lovelace publish it?{=1843 ~1833}",
      "",
      "::q-mc::Which penguin wrote a poem about ice cream?{=Pingu}",
    ].join("\n");
    const out = await importArticleQuestions(t.db, author, "tiny", { text, format: "gift", dryRun: false }, now);
    expect(out.written).toBe(false);
    expect(out.problems).toEqual([
      expect.objectContaining({ line: 3, field: "choices" }),
      expect.objectContaining({ line: 5, field: "key" }),
    ]);
    expect(await snapshot()).toEqual(before);
    expect(await t.db.question.findUnique({ where: { key: "fresh-one" } })).toBeNull();
  });

  test("a key of another article's question is refused with its line", async () => {
    const other = await t.db.article.create({ data: { slug: "other", title: "Other", body: "Ada wrote it.", contentHash: "x", wordCount: 3 } });
    await t.db.question.create({
      data: { key: "elsewhere", articleId: other.id, kind: "flashcard", prompt: "p", answer: "a", explanation: "e", evidenceText: "Ada wrote it.", evidenceStart: 0, evidenceEnd: 13, origin: "handwritten", contentHash: "h" },
    });
    const out = await importArticleQuestions(t.db, author, "tiny", { text: "\n::elsewhere::Who worked with Charles Babbage?{=Ada Lovelace}", format: "gift", dryRun: false }, now);
    expect(out.problems).toEqual([expect.objectContaining({ line: 2, field: "key", message: expect.stringContaining("another article") })]);
    expect((await t.db.question.findUniqueOrThrow({ where: { key: "elsewhere" } })).articleId).toBe(other.id);
  });

  test("a failure inside the transaction leaves nothing behind", async () => {
    const before = await snapshot();
    let updates = 0;
    const failing = t.db.$extends({
      query: {
        question: {
          async updateMany({ args, query }) {
            if (++updates === 2) throw new Error("disk full");
            return query(args);
          },
        },
      },
    }) as unknown as Db;
    const file = JSON.parse((await exportArticleQuestions(t.db, author, "tiny", "json"))!.text) as { questions: { key: string; explanation: string }[] };
    for (const q of file.questions) q.explanation = `${q.explanation} (revised)`;
    file.questions.push({ ...file.questions[0]!, key: "brand-new" });
    await expect(importArticleQuestions(failing, author, "tiny", { text: JSON.stringify(file), format: "json", dryRun: false }, now)).rejects.toThrow("disk full");
    expect(updates).toBe(2);
    expect(await snapshot()).toEqual(before);
    expect(await t.db.question.findUnique({ where: { key: "brand-new" } })).toBeNull();
  });
});

describe("who may export and import", () => {
  test("a learner who does not own the article gets not found, both ways", async () => {
    expect(await exportArticleQuestions(t.db, learner, "tiny", "json")).toBeNull();
    const err = await importArticleQuestions(t.db, learner, "tiny", { text: "Q{=a}", format: "gift", dryRun: true }, now).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).status).toBe(404);
  });

  test("the owner of a private import may, another author may not", async () => {
    await t.db.article.update({ where: { id: articleId }, data: { ownerId: learner.id, visibility: "private" } });
    try {
      expect(await exportArticleQuestions(t.db, learner, "tiny", "gift")).not.toBeNull();
      expect(await exportArticleQuestions(t.db, author, "tiny", "gift")).toBeNull();
    } finally {
      await t.db.article.update({ where: { id: articleId }, data: { ownerId: null, visibility: "public" } });
    }
  });
});
