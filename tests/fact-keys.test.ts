// Every writer of questions stores the question's fact key (lib/domain/questions/family.ts):
// the seed (hand-written and generated, a bank's own key kept, rows from before
// fact keys backfilled), the import pipeline, a regeneration, the question
// editor (a new question keyed by evidence and answer; an edit keeps the key
// unless it changes the evidence or the answer) and the exchange import.
// Runs on SQLite and, under npm run test:pg, on PostgreSQL.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { importArticle } from "@/lib/server/articles/import/pipeline";
import { regenerateArticle } from "@/lib/server/articles/manage";
import { saveQuestion } from "@/lib/server/editor/questions";
import { exportArticleQuestions, importArticleQuestions } from "@/lib/server/exchange/questions";
import { draftFromStored } from "@/lib/domain/questions/editor";
import { factKeyOf } from "@/lib/domain/questions/fact-key";
import type { ArticleActor } from "@/lib/server/articles/access";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
const now = new Date("2026-12-07T10:00:00Z");
const FIXTURE = path.join(__dirname, "fixtures", "seed-quiz");
let seedDir = "";
let author: ArticleActor;

/** The key a row's evidence and answer make (what a row without a given key must carry). */
const madeKey = (q: { evidenceText: string; answer: string }) => factKeyOf(q.evidenceText, q.answer);
/** A generated true/false question names its fact by the term it turns on (the generator's own key): same sentence family. */
const expectFamily = (q: { key: string; kind: string; origin: string; evidenceText: string; answer: string; factKey: string | null }) => {
  if (q.origin === "generated" && q.kind === "true_false") expect(q.factKey?.slice(0, 11), q.key).toBe(factKeyOf(q.evidenceText, "").slice(0, 11));
  else expect(q.factKey, q.key).toBe(madeKey(q));
};
const byKey = (key: string) => t.db.question.findUniqueOrThrow({ where: { key } });

beforeAll(async () => {
  t = await createTestDb();
  // The tiny fixture, with one hand-written question that names its family (a generated cloze's, say).
  seedDir = mkdtempSync(path.join(tmpdir(), "recall-facts-"));
  cpSync(FIXTURE, seedDir, { recursive: true });
  const bank = path.join(seedDir, "questions", "tiny.yaml");
  writeFileSync(
    bank,
    `${readFileSync(bank, "utf8")}  - key: q-named
    kind: short_answer
    prompt: Who did Ada Lovelace work with?
    answer: Charles Babbage
    accepted: ["Babbage"]
    explanation: She worked with Charles Babbage.
    evidence: She worked with Charles Babbage.
    factKey: f-named-family
`,
  );
  await seedDatabase(t.db, seedDir);
  author = { id: (await t.db.user.create({ data: { kind: "account", role: "admin", email: "admin@example.com" } })).id, role: "admin" };
});
afterAll(async () => t?.cleanup());

describe("the seed", () => {
  test("stores a fact key on every question, hand-written and generated, made from evidence and answer", async () => {
    const rows = await t.db.question.findMany({ where: { key: { not: "q-named" } } });
    expect(rows.some((q) => q.origin === "generated")).toBe(true);
    expect(rows.some((q) => q.origin === "handwritten")).toBe(true);
    for (const q of rows) expectFamily(q);
  });

  test("keeps the fact key a question bank gives", async () => {
    expect((await byKey("q-named")).factKey).toBe("f-named-family");
  });

  test("fills in the fact key of rows stored before fact keys existed", async () => {
    await t.db.question.updateMany({ where: { key: { in: ["q-mc", "q-named"] } }, data: { factKey: null, contentHash: "from-before-fact-keys" } });
    await seedDatabase(t.db, seedDir);
    expect((await byKey("q-mc")).factKey).toBe(madeKey(await byKey("q-mc")));
    expect((await byKey("q-named")).factKey).toBe("f-named-family");
  });

  test("a bank's fact key must look like a key", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "recall-facts-bad-"));
    cpSync(seedDir, dir, { recursive: true });
    const bank = path.join(dir, "questions", "tiny.yaml");
    writeFileSync(bank, readFileSync(bank, "utf8").replace("factKey: f-named-family", 'factKey: "two words"'));
    await expect(seedDatabase(t.db, dir)).rejects.toThrow("factKey");
  });
});

describe("imports and regeneration", () => {
  test("an imported article's questions, drafts too, carry their fact keys; a regeneration keeps them", async () => {
    const body = "Grace Hopper wrote the first compiler in 1952. She served in the United States Navy for decades.\n\nThe compiler was called A-0. It translated symbols into machine code for the UNIVAC I.";
    const imported = await importArticle(t.db, { ownerId: author.id, source: { kind: "paste", text: body, title: "Hopper" }, fetch: { allowPrivate: true } });
    const rows = await t.db.question.findMany({ where: { article: { slug: imported.slug } } });
    expect(rows.length).toBeGreaterThan(0);
    for (const q of rows) expectFamily(q);

    await t.db.question.updateMany({ where: { article: { slug: imported.slug } }, data: { factKey: null, contentHash: "from-before-fact-keys" } });
    await regenerateArticle(t.db, author, { slug: imported.slug });
    for (const q of await t.db.question.findMany({ where: { article: { slug: imported.slug } } })) expectFamily(q);
  });
});

describe("the question editor", () => {
  const save = (questionId: string | null, draft: ReturnType<typeof draftFromStored>) => saveQuestion(t.db, author, { slug: "tiny", questionId, draft }, now);

  test("a new hand-written question is keyed by its evidence and answer", async () => {
    const source = await byKey("q-short");
    const saved = await save(null, { ...draftFromStored(source), prompt: "Where was the engine designed?" });
    if (!saved.ok) throw new Error(saved.error);
    const row = await t.db.question.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.factKey).toBe(factKeyOf("Babbage designed it in London.", "London"));
  });

  test("an edit of the wording keeps the stored key; a new answer or new evidence keys it afresh", async () => {
    const q = await byKey("q-named");
    expect(await save(q.id, { ...draftFromStored(q), prompt: "With whom did Ada Lovelace work?" })).toMatchObject({ ok: true });
    expect((await byKey("q-named")).factKey).toBe("f-named-family");

    expect(await save(q.id, { ...draftFromStored(await byKey("q-named")), answer: "Babbage", accepted: [] })).toMatchObject({ ok: true });
    expect((await byKey("q-named")).factKey).toBe(factKeyOf("She worked with Charles Babbage.", "Babbage"));

    const article = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
    const sentence = "Ada Lovelace wrote the first published algorithm in 1843.";
    const moved = { ...draftFromStored(await byKey("q-named")), evidence: sentence, evidenceStart: article.body.indexOf(sentence) };
    expect(await save(q.id, moved)).toMatchObject({ ok: true });
    expect((await byKey("q-named")).factKey).toBe(factKeyOf(sentence, "Babbage"));
  });
});

describe("the exchange import", () => {
  test("a new question is keyed by its evidence and answer; an updated one keeps its key unless its answer changed", async () => {
    await t.db.question.update({ where: { key: "q-cloze" }, data: { factKey: "f-kept-by-import" } });
    const file = JSON.parse((await exportArticleQuestions(t.db, author, "tiny", "json"))!.text) as { questions: Record<string, unknown>[] };
    const cloze = file.questions.find((x) => x.key === "q-cloze")!;
    cloze.prompt = "She worked with Charles _____, the engine's designer.";
    const short = file.questions.find((x) => x.key === "q-short")!;
    short.answer = "London, England";
    short.acceptedAnswers = [];
    file.questions.push({ ...short, key: "q-imported", prompt: "Which city?", answer: "London", acceptedAnswers: [] });

    const out = await importArticleQuestions(t.db, author, "tiny", { text: JSON.stringify(file), format: "json", dryRun: false }, now);
    expect(out.problems).toEqual([]);
    expect((await byKey("q-cloze")).factKey).toBe("f-kept-by-import");
    expect((await byKey("q-short")).factKey).toBe(factKeyOf("Babbage designed it in London.", "London, England"));
    expect((await byKey("q-imported")).factKey).toBe(factKeyOf("Babbage designed it in London.", "London"));
  });
});
