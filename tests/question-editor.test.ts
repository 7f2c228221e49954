// The question editor's service (lib/server/editor/questions.ts) on a real
// throwaway database: each kind's edit is checked by the seed's schema and
// written in place (same id and key, history attached, content hash and
// edited mark set); bad input is refused per field and writes nothing; a
// question shown in a quiz in progress keeps its choices until answered;
// approve / retire / restore; a hand-written question; who may edit.
// Runs on SQLite and, under npm run test:pg, on PostgreSQL.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import { draftFromStored, emptyDraft, parseEditorFilters, type QuestionDraft } from "@/lib/domain/questions/editor";
import { DomainError } from "@/lib/domain/errors";
import { seedDatabase } from "@/lib/server/seed/seed";
import { answerQuestion, quizPool, startQuizAttempt } from "@/lib/server/quiz/service";
import { newStartToken } from "@/lib/server/quiz/start-token";
import {
  SHOWN_IN_QUIZ,
  changeQuestionStatus,
  getEditorArticle,
  getEditorQuestion,
  listEditorQuestions,
  saveQuestion,
} from "@/lib/server/editor/questions";
import type { ArticleActor } from "@/lib/server/articles/access";
import { createTestDb, type TestDb } from "./helpers/test-db";
import { TINY_RIGHT_ANSWERS } from "./helpers/tiny-answers";

let t: TestDb;
const SEED = path.join(__dirname, "fixtures", "seed-quiz");
const now = new Date("2026-12-01T10:00:00Z");
let author: ArticleActor;
let learner: ArticleActor;
let articleId = "";

const byKey = (key: string) => t.db.question.findUniqueOrThrow({ where: { key } });
async function draftOf(key: string): Promise<{ id: string; draft: QuestionDraft }> {
  const q = await byKey(key);
  return { id: q.id, draft: draftFromStored(q) };
}
const save = (actor: ArticleActor, questionId: string | null, draft: QuestionDraft, at = now) => saveQuestion(t.db, actor, { slug: "tiny", questionId, draft }, at);
const all = parseEditorFilters({});

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, SEED);
  author = { id: (await t.db.user.create({ data: { kind: "account", role: "author", email: "author@example.com" } })).id, role: "author" };
  learner = { id: (await t.db.user.create({ data: {} })).id, role: "learner" };
  articleId = (await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } })).id;
});
afterAll(async () => t?.cleanup());

/** One edit per kind, as an editor would make it in the form. */
const EDITS: { kind: QuestionKind; key: string; edit: (d: QuestionDraft) => QuestionDraft; expect: Record<string, unknown> }[] = [
  { kind: "multiple_choice", key: "q-mc", edit: (d) => ({ ...d, prompt: "When was the first algorithm published?" }), expect: { prompt: "When was the first algorithm published?", answer: "1843" } },
  { kind: "true_false", key: "q-tf", edit: (d) => ({ ...d, prompt: "The Analytical Engine was completed.", truth: false }), expect: { prompt: "The Analytical Engine was completed.", answer: "false" } },
  { kind: "cloze", key: "q-cloze", edit: (d) => ({ ...d, prompt: "She worked with ___ Babbage.", answer: "Charles", accepted: ["Chas"] }), expect: { answer: "Charles", acceptedAnswers: ["Chas"] } },
  { kind: "short_answer", key: "q-short", edit: (d) => ({ ...d, accepted: ["London, UK"] }), expect: { acceptedAnswers: ["London, UK"] } },
  { kind: "ordering", key: "q-order", edit: (d) => ({ ...d, items: ["Charles Babbage", "Ada Lovelace", "London"] }), expect: { items: ["Charles Babbage", "Ada Lovelace", "London"], answer: "Charles Babbage → Ada Lovelace → London" } },
  {
    kind: "matching",
    key: "q-match",
    edit: (d) => ({ ...d, prompt: "Match each name to the article's words." }),
    expect: { prompt: "Match each name to the article's words." },
  },
  { kind: "flashcard", key: "q-card", edit: (d) => ({ ...d, front: "What did Lovelace write in 1843?", back: "The first published algorithm." }), expect: { prompt: "What did Lovelace write in 1843?", answer: "The first published algorithm." } },
];

describe("editing a question", () => {
  test.each(EDITS)("$kind: the edit is saved in place, key and id kept, edited mark and content hash set", async ({ key, edit, expect: fields }) => {
    const before = await byKey(key);
    const { id, draft } = await draftOf(key);
    const result = await save(author, id, edit(draft));
    expect(result).toEqual({ ok: true, id, created: false });
    const after = await byKey(key);
    expect(after).toMatchObject({ id: before.id, key, kind: before.kind, status: before.status, origin: before.origin, editedById: author.id, ...fields });
    expect(after.editedAt?.getTime()).toBe(now.getTime());
    expect(after.contentHash).not.toBe(before.contentHash);
  });

  test("every kind is covered above", () => {
    expect(new Set(EDITS.map((e) => e.kind))).toEqual(new Set(QUESTION_KINDS));
  });

  test.each([
    { label: "a cloze prompt without a blank", key: "q-cloze", edit: (d: QuestionDraft) => ({ ...d, prompt: "She worked with Charles." }), field: "prompt" },
    { label: "two equal choices", key: "q-mc", edit: (d: QuestionDraft) => ({ ...d, choices: ["1843", "1843", "1853", "1863"] }), field: "choices" },
    { label: "only two choices", key: "q-mc", edit: (d: QuestionDraft) => ({ ...d, choices: ["1843", "1833"] }), field: "choices" },
    { label: "an empty prompt", key: "q-tf", edit: (d: QuestionDraft) => ({ ...d, prompt: "   " }), field: "prompt" },
    { label: "two pairs", key: "q-match", edit: (d: QuestionDraft) => ({ ...d, pairs: d.pairs.slice(0, 2) }), field: "pairs" },
    { label: "an empty explanation", key: "q-short", edit: (d: QuestionDraft) => ({ ...d, explanation: "" }), field: "explanation" },
    { label: "a difficulty of 5", key: "q-order", edit: (d: QuestionDraft) => ({ ...d, difficulty: 5 }), field: "difficulty" },
    { label: "an empty flashcard back", key: "q-card", edit: (d: QuestionDraft) => ({ ...d, back: "" }), field: "back" },
    { label: "evidence the article does not contain", key: "q-mc", edit: (d: QuestionDraft) => ({ ...d, evidence: "Ada Lovelace invented the telephone." }), field: "evidence" },
  ])("refuses $label with a message on $field and writes nothing", async ({ key, edit, field }) => {
    const before = await byKey(key);
    const { id, draft } = await draftOf(key);
    const result = await save(author, id, edit(draft), new Date(now.getTime() + 60_000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(result.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    expect(await byKey(key)).toEqual(before);
  });

  test("the evidence is placed where the editor clicked, and must be in the article", async () => {
    const { id, draft } = await draftOf("q-tf");
    const body = (await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).body;
    const sentence = "Babbage designed it in London.";
    const start = body.indexOf(sentence);
    expect(await save(author, id, { ...draft, evidence: sentence, evidenceStart: start })).toMatchObject({ ok: true });
    expect(await byKey("q-tf")).toMatchObject({ evidenceText: sentence, evidenceStart: start, evidenceEnd: start + sentence.length });
  });

  test("the kind of a question cannot change", async () => {
    const { id, draft } = await draftOf("q-short");
    const result = await save(author, id, { ...draft, kind: "cloze", prompt: "Designed in ___." });
    expect(result).toMatchObject({ ok: false, status: 400 });
  });

  test("a reseed leaves an edited question as the editor left it", async () => {
    const edited = await byKey("q-mc");
    await seedDatabase(t.db, SEED);
    expect(await byKey("q-mc")).toMatchObject({ prompt: edited.prompt, contentHash: edited.contentHash });
  });
});

describe("history and quizzes in progress", () => {
  test("an edit keeps the learners' responses, cards and review logs on the same row", async () => {
    const userId = (await t.db.user.create({ data: {} })).id;
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["short_answer"], origin: "both", mode: "all" } }, now, 7);
    if (!started.ok) throw new Error(started.error);
    const q = await byKey("q-short");
    expect(await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: q.id, response: TINY_RIGHT_ANSWERS["q-short"] }, now)).toMatchObject({ ok: true });
    const { draft } = await draftOf("q-short");
    expect(await save(author, q.id, { ...draft, prompt: "Where did Babbage design his engine?" })).toMatchObject({ ok: true });
    expect(await t.db.quizResponse.count({ where: { questionId: q.id, userId } })).toBe(1);
    expect(await t.db.card.count({ where: { questionId: q.id, userId } })).toBe(1);
    expect(await t.db.reviewLog.count({ where: { questionId: q.id, userId } })).toBe(1);
  });

  test("the choices of a question unanswered in a quiz in progress stay; prompt and right answer may change; once answered, choices may change", async () => {
    const userId = (await t.db.user.create({ data: {} })).id;
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["multiple_choice"], origin: "both", mode: "all" } }, now, 11);
    if (!started.ok) throw new Error(started.error);
    const { id, draft } = await draftOf("q-mc");
    const article = (await getEditorArticle(t.db, author, "tiny"))!;
    expect((await getEditorQuestion(t.db, article, id))?.inQuizzesInProgress).toBe(1);

    const newChoices = { ...draft, choices: ["1843", "1833", "1853", "1901"] };
    expect(await save(author, id, newChoices)).toEqual({ ok: false, status: 409, error: SHOWN_IN_QUIZ });
    expect((await byKey("q-mc")).choices).toEqual(draft.choices);

    // The same choices, another one right (say the article was misread), and a new prompt: allowed.
    const right = draft.choices.indexOf("1833");
    expect(await save(author, id, { ...draft, prompt: "Which year, really?", correctChoice: right })).toMatchObject({ ok: true });
    // The learner answers from the choices they were shown, graded by the edited key.
    const answered = await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: id, response: { kind: "multiple_choice", choice: "1833" } }, now);
    expect(answered).toMatchObject({ ok: true, feedback: { correct: true } });

    expect(await save(author, id, { ...newChoices, correctChoice: 0 })).toMatchObject({ ok: true });
    expect((await byKey("q-mc")).choices).toEqual(["1843", "1833", "1853", "1901"]);
  });
});

describe("status changes", () => {
  test("approve a generated draft, retire it, restore it", async () => {
    const mc = await byKey("q-mc");
    const draftRow = await t.db.question.create({
      data: {
        key: "tiny-gen-draft",
        articleId,
        kind: "true_false",
        prompt: "Babbage designed the engine in London.",
        answer: "true",
        explanation: "The article says so.",
        evidenceText: "Babbage designed it in London.",
        evidenceStart: 0,
        evidenceEnd: 10,
        origin: "generated",
        status: "draft",
        rejectReasons: ["too-easy"],
        contentHash: mc.contentHash,
      },
    });
    const change = (c: "approve" | "retire" | "restore") => changeQuestionStatus(t.db, author, { slug: "tiny", questionId: draftRow.id, change: c }, now);
    expect(await change("restore")).toMatchObject({ ok: false, status: 409 });
    expect(await change("approve")).toEqual({ ok: true, status: "active" });
    expect(await t.db.question.findUniqueOrThrow({ where: { id: draftRow.id } })).toMatchObject({ status: "active", editedById: author.id, key: "tiny-gen-draft" });
    expect(await change("approve")).toMatchObject({ ok: false, status: 409 });
    expect(await change("retire")).toEqual({ ok: true, status: "retired" });
    expect((await quizPool(t.db, learner.id, articleId, now)).map((q) => q.id)).not.toContain(draftRow.id);
    expect(await change("retire")).toMatchObject({ ok: false, status: 409 });
    expect(await change("restore")).toEqual({ ok: true, status: "active" });
    expect((await quizPool(t.db, learner.id, articleId, now)).map((q) => q.id)).toContain(draftRow.id);
  });
});

describe("a hand-written question", () => {
  test("is added with a new stable key, active, and joins the quiz pool", async () => {
    const body = (await t.db.article.findUniqueOrThrow({ where: { id: articleId } })).body;
    const evidence = "She worked with Charles Babbage.";
    const draft: QuestionDraft = {
      ...emptyDraft("multiple_choice"),
      prompt: "Who did Ada Lovelace work with?",
      choices: ["Charles Babbage", "Isaac Newton", "Alan Turing"],
      correctChoice: 0,
      explanation: "The article names Charles Babbage.",
      evidence,
      evidenceStart: body.indexOf(evidence),
      topics: ["people"],
    };
    const result = await save(author, null, draft);
    if (!result.ok) throw new Error(result.error);
    expect(result.created).toBe(true);
    const row = await t.db.question.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ origin: "handwritten", status: "active", kind: "multiple_choice", answer: "Charles Babbage", topics: ["people"], editedById: author.id, evidenceStart: body.indexOf(evidence) });
    expect(row.key).toMatch(/^tiny-hw-[0-9a-f]{10}$/);
    expect((await quizPool(t.db, learner.id, articleId, now)).map((q) => q.id)).toContain(row.id);
    const list = await listEditorQuestions(t.db, { id: articleId }, parseEditorFilters({ origin: "handwritten", q: "Ada Lovelace work" }));
    expect(list.rows.map((r) => r.id)).toEqual([row.id]);
  });

  test("an invalid one is refused and nothing is created", async () => {
    const count = await t.db.question.count();
    const result = await save(author, null, { ...emptyDraft("cloze"), prompt: "No blank here" });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(await t.db.question.count()).toBe(count);
  });
});

describe("who may edit", () => {
  test("a learner gets not found on a shipped article; a private article's owner may edit it, another learner may not", async () => {
    const { id, draft } = await draftOf("q-tf");
    expect(await getEditorArticle(t.db, learner, "tiny")).toBeNull();
    await expect(save(learner, id, draft)).rejects.toMatchObject({ status: 404 });
    await expect(changeQuestionStatus(t.db, learner, { slug: "tiny", questionId: id, change: "retire" }, now)).rejects.toBeInstanceOf(DomainError);

    const owner: ArticleActor = { id: (await t.db.user.create({ data: {} })).id, role: "learner" };
    await t.db.article.update({ where: { id: articleId }, data: { ownerId: owner.id, visibility: "private" } });
    try {
      expect(await getEditorArticle(t.db, owner, "tiny")).not.toBeNull();
      expect(await save(owner, id, { ...draft, prompt: "Edited by its owner." })).toMatchObject({ ok: true });
      expect(await getEditorArticle(t.db, author, "tiny")).toBeNull();
      await expect(save(author, id, draft)).rejects.toMatchObject({ status: 404 });
    } finally {
      await t.db.article.update({ where: { id: articleId }, data: { ownerId: null, visibility: "public" } });
    }
  });

  test("a question of another article is not found through this one", async () => {
    const other = await t.db.article.create({ data: { slug: "other", title: "Other", body: "Other text.", contentHash: "x", wordCount: 2 } });
    const q = await t.db.question.create({
      data: { key: "other-q", articleId: other.id, kind: "true_false", prompt: "p", answer: "true", explanation: "e", evidenceText: "Other text.", evidenceStart: 0, evidenceEnd: 11, origin: "handwritten", contentHash: "x" },
    });
    await expect(save(author, q.id, draftFromStored(q))).rejects.toMatchObject({ status: 404 });
    expect(await getEditorQuestion(t.db, { id: articleId }, q.id)).toBeNull();
  });
});

describe("the list", () => {
  test.each([
    { label: "kind", params: { kind: "flashcard" }, check: (r: { kind: string }) => r.kind === "flashcard" },
    { label: "status", params: { status: "active" }, check: (r: { status: string }) => r.status === "active" },
    { label: "origin", params: { origin: "handwritten" }, check: (r: { origin: string }) => r.origin === "handwritten" },
  ])("filters by $label", async ({ params, check }) => {
    const list = await listEditorQuestions(t.db, { id: articleId }, parseEditorFilters(params));
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => check(r as never))).toBe(true);
  });

  test("marks a question most learners get wrong (item analysis), and filters by the mark", async () => {
    const userId = (await t.db.user.create({ data: {} })).id;
    const started = await startQuizAttempt(t.db, userId, { articleSlug: "tiny", startToken: newStartToken(), config: { size: "all", kinds: ["true_false"], origin: "both", mode: "all" } }, now, 3);
    if (!started.ok) throw new Error(started.error);
    // The draw takes one question per sentence, so answer the true/false question it chose.
    const drawn = await t.db.quizResponse.findMany({ where: { attemptId: started.attemptId }, include: { question: true } });
    const tf = drawn.map((r) => r.question).find((q) => q.kind === "true_false")!;
    const wrong = { kind: "true_false", value: !(tf.answer === "true") };
    expect(await answerQuestion(t.db, userId, { attemptId: started.attemptId, questionId: tf.id, response: wrong }, now)).toMatchObject({ ok: true, feedback: { correct: false } });
    const list = await listEditorQuestions(t.db, { id: articleId }, parseEditorFilters({ mark: "marked" }));
    expect(list.rows.map((r) => r.key)).toContain(tf.key);
    expect(list.rows.every((r) => r.marked && r.flags.includes("hard"))).toBe(true);
    expect(list.rows.map((r) => r.key)).not.toContain("q-short");
  });

  test("unknown filter values are dropped, not refused", () => {
    expect(parseEditorFilters({ kind: "essay", status: ["draft", "active"], page: "-3", view: "nope" })).toMatchObject({ kind: undefined, status: "draft", page: 1, view: "questions" });
  });

  test("every question of the article is listed without filters", async () => {
    const list = await listEditorQuestions(t.db, { id: articleId }, all);
    expect(list.total).toBe(await t.db.question.count({ where: { articleId } }));
  });
});
