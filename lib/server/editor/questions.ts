import "server-only";
// Owns the question editor's reads and writes for one article, for whoever
// may edit it (lib/server/articles/access.ts; anyone else gets "not found"):
// the filtered list, one question with its article's sentences, saving an
// edit or a hand-written question, and approve / retire / restore.
//
// Every write keeps the question's row id and key, so every learner's cards,
// quiz responses and review logs stay attached; it recomputes the content
// hash the way the seed does (rowData + articleId) and sets editedAt and
// editedById, so a reseed or a regeneration leaves the row alone
// (lib/server/seed/write.ts). Validation is the seed's own schema
// (BankQuestionSchema through checkDraft); bad input is refused with a
// message per field and nothing written.
//
// A quiz in progress stores the order it showed each question's choices,
// items or pairs in; the learner answers from that. So an edit that changes
// which choices, items or sides there are is refused while the question sits
// unanswered in someone's quiz in progress (the prompt, the answer among the
// same choices, the explanation and the evidence may change at any time).
import { ARTICLE_NOT_FOUND } from "@/lib/server/articles/access";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/domain/errors";
import { contentHash } from "@/lib/domain/questions/content-hash";
import { factKeyAfterEdit } from "@/lib/domain/questions/family";
import { toQuestionContent, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import {
  EDITOR_PAGE_SIZE,
  EVIDENCE_NOT_IN_ARTICLE,
  changesWhatWasShown,
  checkDraft,
  locateEvidence,
  matchesSearch,
  tidyDraft,
  type DraftErrors,
  type EditorFilters,
  type QuestionDraft,
  type StoredQuestion,
} from "@/lib/domain/questions/editor";
import type { ItemFlag } from "@/lib/domain/stats";
import { findArticleFor, type ArticleActor } from "@/lib/server/articles/access";
import { getItemFlagsForArticle, isMarkedForReview } from "@/lib/server/data/items";
import { rowData, type QuestionInput } from "@/lib/server/seed/write";

export const QUESTION_NOT_FOUND = "That question was not found.";
export { ARTICLE_NOT_FOUND };

const EDITOR_ARTICLE = { id: true, slug: true, title: true } as const;
export type EditorArticle = { id: string; slug: string; title: string; ownerId: string | null; visibility: "private" | "public"; archivedAt: Date | null };

/** The article if this actor may edit it; null (answered as "not found") otherwise. */
export async function getEditorArticle(db: Db | Prisma.TransactionClient, actor: ArticleActor, slug: string): Promise<EditorArticle | null> {
  return findArticleFor(db, actor, slug, "edit", EDITOR_ARTICLE);
}

async function editorArticleOrThrow(db: Db | Prisma.TransactionClient, actor: ArticleActor, slug: string): Promise<EditorArticle> {
  const article = await getEditorArticle(db, actor, slug);
  if (!article) throw new DomainError(ARTICLE_NOT_FOUND, 404);
  return article;
}

// ---------------------------------------------------------------- the list

export type EditorListRow = {
  id: string;
  key: string;
  kind: QuestionKind;
  origin: "handwritten" | "generated";
  status: "active" | "draft" | "retired";
  prompt: string;
  answer: string;
  openReports: number;
  flags: ItemFlag[];
  marked: boolean;
  edited: boolean;
};
export type EditorList = { rows: EditorListRow[]; total: number; page: number; pages: number; openReportsTotal: number };

export async function listEditorQuestions(db: Db, article: Pick<EditorArticle, "id">, filters: EditorFilters): Promise<EditorList> {
  const flags = await getItemFlagsForArticle(db, article.id);
  const marked = [...flags].filter(([, f]) => isMarkedForReview(f)).map(([id]) => id);
  const where: Prisma.QuestionWhereInput = {
    articleId: article.id,
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.origin ? { origin: filters.origin } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.reports === "open" ? { reports: { some: { status: "open" } } } : {}),
    ...(filters.reports === "none" ? { reports: { none: { status: "open" } } } : {}),
    ...(filters.mark === "marked" ? { id: { in: marked } } : {}),
  };
  if (filters.q) {
    // Searched here, not by the database: the same matching on both providers (an article has hundreds of questions, not millions).
    const candidates = await db.question.findMany({ where, select: { id: true, prompt: true, answer: true, key: true } });
    const found = candidates.filter((q) => matchesSearch(filters.q, q)).map((q) => q.id);
    where.AND = [{ id: { in: found } }];
  }
  const [total, openReportsTotal] = await Promise.all([
    db.question.count({ where }),
    db.questionReport.count({ where: { status: "open", question: { articleId: article.id } } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const questions = await db.question.findMany({
    where,
    select: { id: true, key: true, kind: true, origin: true, status: true, prompt: true, answer: true, editedAt: true, _count: { select: { reports: { where: { status: "open" } } } } },
    orderBy: [{ evidenceStart: "asc" }, { key: "asc" }],
    skip: (page - 1) * EDITOR_PAGE_SIZE,
    take: EDITOR_PAGE_SIZE,
  });
  return {
    total,
    page,
    pages,
    openReportsTotal,
    rows: questions.map((q) => {
      const f = flags.get(q.id) ?? [];
      return {
        id: q.id,
        key: q.key,
        kind: q.kind,
        origin: q.origin,
        status: q.status,
        prompt: q.prompt,
        answer: q.answer,
        openReports: q._count.reports,
        flags: f,
        marked: isMarkedForReview(f),
        edited: q.editedAt !== null,
      };
    }),
  };
}

// ---------------------------------------------------------------- one question

export type ArticleSentence = { index: number; paragraph: number; start: number; end: number; text: string };

export type EditorQuestion = {
  id: string;
  key: string;
  kind: QuestionKind;
  origin: "handwritten" | "generated";
  status: "active" | "draft" | "retired";
  rejectReasons: string[];
  editedAt: Date | null;
  evidenceStart: number;
  evidenceEnd: number;
  stored: StoredQuestion;
  /** Learners who have it unanswered in a quiz in progress: its choices, items and pairs cannot change until they answer. */
  inQuizzesInProgress: number;
};

/** The article's sentences with their text, for choosing the evidence. */
export async function getArticleSentences(db: Db, articleId: string): Promise<ArticleSentence[]> {
  const article = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { body: true, sentences: { select: { index: true, start: true, end: true, paragraph: { select: { index: true } } }, orderBy: { index: "asc" } } },
  });
  return article.sentences.map((s) => ({ index: s.index, paragraph: s.paragraph.index, start: s.start, end: s.end, text: article.body.slice(s.start, s.end) }));
}

const unansweredInProgress = (questionId: string) =>
  ({ questionId, answeredAt: null, attempt: { status: "in_progress" } }) satisfies Prisma.QuizResponseWhereInput;

export async function getEditorQuestion(db: Db, article: Pick<EditorArticle, "id">, questionId: string): Promise<EditorQuestion | null> {
  const q = await db.question.findFirst({ where: { id: questionId, articleId: article.id } });
  if (!q) return null;
  const inQuizzesInProgress = await db.quizResponse.count({ where: unansweredInProgress(q.id) });
  return {
    id: q.id,
    key: q.key,
    kind: q.kind,
    origin: q.origin,
    status: q.status,
    rejectReasons: Array.isArray(q.rejectReasons) ? q.rejectReasons.filter((r): r is string => typeof r === "string") : [],
    editedAt: q.editedAt,
    evidenceStart: q.evidenceStart,
    evidenceEnd: q.evidenceEnd,
    stored: q,
    inQuizzesInProgress,
  };
}

// ---------------------------------------------------------------- saving

export type SaveResult = { ok: true; id: string; created: boolean } | { ok: false; status: 400 | 409; error: string; fieldErrors?: DraftErrors };

export const INVALID_QUESTION = "Please check the highlighted fields.";
export const SHOWN_IN_QUIZ =
  "Learners have this question unanswered in a quiz in progress, which shows its choices (or items, or pairs) as they were. Keep the same ones until they answer; the prompt, the right answer among them, the explanation and the evidence can change now.";

/** A new hand-written question's key: the article's slug and a random part, stable from then on. */
export function handwrittenKey(slug: string): string {
  return `${slug}-hw-${randomBytes(5).toString("hex")}`;
}

type SaveInput = { slug: string; questionId: string | null; draft: QuestionDraft };

/**
 * Saves an edit of an existing question (questionId) or a new hand-written one
 * (questionId null), in one transaction. The kind of an existing question is
 * fixed: its learners' history is history of that kind.
 */
export async function saveQuestion(db: Db, actor: ArticleActor, input: SaveInput, now: Date): Promise<SaveResult> {
  return db.$transaction(
    async (tx) => {
      const article = await editorArticleOrThrow(tx, actor, input.slug);
      const existing = input.questionId ? await tx.question.findFirst({ where: { id: input.questionId, articleId: article.id } }) : null;
      if (input.questionId && !existing) throw new DomainError(QUESTION_NOT_FOUND, 404);
      const draft = tidyDraft(input.draft);
      if (existing && existing.kind !== draft.kind) return { ok: false, status: 400, error: "A question's kind cannot change: add a new question instead." };

      const key = existing?.key ?? handwrittenKey(article.slug);
      const checked = checkDraft(draft, key);
      const { body } = await tx.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true } });
      const evidence = checked.ok ? locateEvidence(body, checked.question.evidence, draft.evidenceStart) : null;
      if (!checked.ok || !evidence) {
        const fieldErrors: DraftErrors = checked.ok ? {} : { ...checked.fieldErrors };
        if (checked.ok) fieldErrors.evidence = [EVIDENCE_NOT_IN_ARTICLE];
        return { ok: false, status: 400, error: INVALID_QUESTION, fieldErrors };
      }

      const content = toQuestionContent(checked.question);
      if (existing && changesWhatWasShown(existing, content) && (await tx.quizResponse.count({ where: unansweredInProgress(existing.id) })) > 0) {
        return { ok: false, status: 409, error: SHOWN_IN_QUIZ };
      }
      const status = existing?.status ?? "active";
      const origin = existing?.origin ?? "handwritten";
      const row: QuestionInput = {
        ...content,
        status: status === "retired" ? "active" : status,
        evidenceStart: evidence.start,
        evidenceEnd: evidence.end,
        origin,
        generatorVersion: existing?.generatorVersion ?? null,
        score: existing?.score ?? null,
        rejectReasons: existing ? reasonsOf(existing.rejectReasons) : null,
        // A new evidence sentence or answer makes it a question about another fact.
        factKey: factKeyAfterEdit(existing, content),
      };
      const data = { ...rowData(row), status };
      const hash = contentHash({ ...data, articleId: article.id });
      const edited = { editedAt: now, editedById: actor.id };
      if (existing) {
        await tx.question.update({
          where: { id: existing.id },
          data: {
            ...data,
            // Explicit nulls clear a structure the kind does not use, as the seed does.
            choices: row.choices ?? Prisma.DbNull,
            items: row.items ?? Prisma.DbNull,
            pairs: row.pairs ?? Prisma.DbNull,
            rejectReasons: row.rejectReasons ?? Prisma.DbNull,
            contentHash: hash,
            ...edited,
          },
        });
        return { ok: true, id: existing.id, created: false };
      }
      const created = await tx.question.create({ data: { ...data, key, articleId: article.id, contentHash: hash, ...edited }, select: { id: true } });
      return { ok: true, id: created.id, created: true };
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}

/** A stored row as the seed's writer takes it, to hash it the same way. */
function inputFromRow(q: Prisma.QuestionGetPayload<object>): QuestionInput {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : null);
  return {
    key: q.key,
    kind: q.kind,
    prompt: q.prompt,
    answer: q.answer,
    acceptedAnswers: list(q.acceptedAnswers) ?? [],
    choices: list(q.choices),
    items: list(q.items),
    pairs: Array.isArray(q.pairs) ? (q.pairs as { left: string; right: string }[]) : null,
    explanation: q.explanation,
    evidenceText: q.evidenceText,
    evidenceStart: q.evidenceStart,
    evidenceEnd: q.evidenceEnd,
    topics: list(q.topics) ?? [],
    difficulty: q.difficulty,
    status: q.status === "draft" ? "draft" : "active",
    origin: q.origin,
    generatorVersion: q.generatorVersion,
    score: q.score,
    rejectReasons: reasonsOf(q.rejectReasons),
    factKey: q.factKey,
  };
}

function reasonsOf(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((r): r is string => typeof r === "string") : null;
}

// ---------------------------------------------------------------- approve, retire, restore

export type StatusChange = "approve" | "retire" | "restore";
export type StatusResult = { ok: true; status: "active" | "draft" | "retired" } | { ok: false; status: 409; error: string };

const ALLOWED: Record<StatusChange, { from: readonly ("active" | "draft" | "retired")[]; refusal: string }> = {
  approve: { from: ["draft"], refusal: "Only a draft can be approved." },
  retire: { from: ["active", "draft"], refusal: "This question is retired already." },
  restore: { from: ["retired"], refusal: "Only a retired question can be restored." },
};

/**
 * Approve a draft (active: quizzed and reviewed from now on), retire a
 * question (out of new quizzes and review, history kept), or restore a retired
 * one: active again, or a draft again when the generator's checks had
 * rejected it (its reasons still stand until someone approves it).
 */
export async function changeQuestionStatus(
  db: Db,
  actor: ArticleActor,
  input: { slug: string; questionId: string; change: StatusChange },
  now: Date,
): Promise<StatusResult> {
  return db.$transaction(
    async (tx) => {
      const article = await editorArticleOrThrow(tx, actor, input.slug);
      const q = await tx.question.findFirst({ where: { id: input.questionId, articleId: article.id } });
      if (!q) throw new DomainError(QUESTION_NOT_FOUND, 404);
      const rule = ALLOWED[input.change];
      if (!rule.from.includes(q.status)) return { ok: false, status: 409, error: rule.refusal };
      const reasons = reasonsOf(q.rejectReasons);
      const status = input.change === "approve" ? "active" : input.change === "retire" ? "retired" : reasons && reasons.length > 0 && q.origin === "generated" && !q.editedAt ? "draft" : "active";
      const data = rowData({ ...inputFromRow(q), status: "active" });
      const hash = contentHash({ ...data, status, articleId: article.id });
      // The fact key too: a row stored before fact keys existed gets the one its hash was made with.
      await tx.question.update({ where: { id: q.id }, data: { status, contentHash: hash, factKey: data.factKey, editedAt: now, editedById: actor.id } });
      return { ok: true, status };
    },
    { timeout: 20_000, maxWait: 10_000 },
  );
}
