import "server-only";
// Owns the quiz attempt lifecycle: start (questions and their shown order
// fixed on the server with a per-attempt seed, drawn by lib/domain/quiz/draw.ts:
// one question per fact and per sentence, none after one that shows its
// answer), show, answer (graded here, written at once, one row per question,
// idempotent), "I was right" overrides, finish, and retry-my-mistakes. Every read and write is scoped by
// the learner's id; someone else's attempt is "not found". A start carries the
// form's one-time token: the same token again (a double-click, a resend) finds
// the attempt it made instead of making another, on both databases.
import type { Db } from "@/lib/server/db";
import { isUniqueViolation, serializableTransaction } from "@/lib/server/transaction";
import { Prisma, type AttemptStatus } from "@/lib/generated/prisma/client";
import {
  BLANK_ANSWER_MESSAGE,
  QuizResponseInputSchema,
  checkResponseFits,
  confusablesCanChange,
  gaveUp,
  gradeResponse,
  isBlankTypedAnswer,
  kindMismatchMessage,
  type GradableQuestion,
  type QuizResponseInput,
  type Verdict,
} from "@/lib/domain/grading";
import { answerParts, isOverridableKind } from "@/lib/domain/kinds";
import { explanationQuotes } from "@/lib/domain/quiz/feedback";
import { QuizConfigSchema, quizSizeLimit, type QuizConfig } from "@/lib/domain/quiz/config";
import { StartTokenSchema } from "@/lib/domain/quiz/start-token";
import { presentQuestion, toPublicQuestion, type Presented, type PublicQuestion } from "@/lib/domain/quiz/present";
import { drawQuiz, type DrawQuestion } from "@/lib/domain/quiz/draw";
import { sentenceKeyOf } from "@/lib/domain/questions/fact-key";
import { inPool, type PoolEntry } from "@/lib/domain/quiz/pool";
import { ratingForQuizOutcome } from "@/lib/domain/scheduling";
import { isRightAnswer } from "@/lib/domain/stats/rows";
import { attemptScore, canOverride, creditOf } from "@/lib/domain/quiz/scoring";
import { evidenceHref } from "@/lib/server/data/evidence";
import { normaliseAnswer } from "@/lib/domain/grading";
import { stableStringify } from "@/lib/domain/questions/content-hash";
import type { AnswerResult, Failure, Feedback } from "@/lib/domain/quiz/feedback";
import { DRAW_COLUMNS, displayCorrectAnswer, displayResponse, toDrawQuestion, toGradable, type QuestionRow } from "@/lib/server/questions";
import { rateCard, reRateQuizAnswer } from "@/lib/server/cards/memory";
import { QUESTION_FOR_FEEDBACK, readAnswerContext } from "@/lib/server/quiz/answer-context";
import { examLockOf } from "@/lib/server/data/exam-lock";
import { studyableArticles } from "@/lib/server/articles/access";

/** A lock held by an attempt other than the one replying (null: not locked). */
const lockedElsewhere = (lockedBy: string | null, attemptId: string) => lockedBy !== null && lockedBy !== attemptId;

export type { AnswerResult, Failure, Feedback };
const fail = (error: string, status: Failure["status"] = 400): Failure => ({ ok: false, error, status });

const TX = { timeout: 20_000, maxWait: 10_000 } as const;
const LOCKED_REPLY = "This question is in your quiz in progress: answer it there first.";

// ---------------------------------------------------------------- start

export type StartResult = { ok: true; attemptId: string } | Failure;

export async function startQuizAttempt(
  db: Db,
  userId: string,
  input: { articleSlug: string; config: QuizConfig; startToken: string },
  now: Date,
  seed: number,
): Promise<StartResult> {
  const config = QuizConfigSchema.parse(input.config);
  const startToken = StartTokenSchema.parse(input.startToken);
  const started = await attemptStartedWith(db, userId, startToken);
  if (started) return started;
  const article = await db.article.findFirst({ where: { slug: input.articleSlug, ...studyableArticles(userId) }, select: { id: true } });
  if (!article) return fail("There is no such article.", 404);

  const pool = await quizPool(db, userId, article.id, now);
  const eligible = pool.filter((q) => inPool(q, config));
  if (eligible.length === 0) {
    if (config.mode === "wrong") return fail("You have no wrong answers among these questions yet. Take a quiz in “all questions” mode first.");
    if (config.mode === "due") return fail("Nothing is due for review among these questions right now.");
    return fail("No questions match these settings. Choose more kinds or another origin.");
  }
  const chosen = drawQuiz(await drawCandidates(db, article.id, eligible), quizSizeLimit(config.size), seed);
  // Retired or reported between the two reads.
  if (chosen.length === 0) return fail("No questions match these settings. Choose more kinds or another origin.");
  return createAttempt(db, userId, { articleId: article.id, config, questionIds: chosen, seed, now, retryOfId: null, startToken });
}

/** The attempt this learner already started with this form token, if any. */
async function attemptStartedWith(db: Db | Prisma.TransactionClient, userId: string, startToken: string): Promise<StartResult | null> {
  const found = await db.quizAttempt.findUnique({ where: { userId_startToken: { userId, startToken } }, select: { id: true } });
  return found ? { ok: true, attemptId: found.id } : null;
}

/** Questions a new quiz may ask: active, with no open report from a learner (left out until an editor resolves it). */
export const quizzableQuestions = { status: "active", reports: { none: { status: "open" } } } satisfies Prisma.QuestionWhereInput;

/** What the draw reads of the article's quizzable questions that are among `eligible` (one read of the article, not a list of ids). */
async function drawCandidates(db: Db, articleId: string, eligible: readonly { id: string }[]): Promise<DrawQuestion[]> {
  const wanted = new Set(eligible.map((q) => q.id));
  const rows = await db.question.findMany({ where: { articleId, ...quizzableQuestions }, select: DRAW_COLUMNS });
  return rows.filter((row) => wanted.has(row.id)).map(toDrawQuestion);
}

/**
 * Every quizzable question of the article with what the setup filters read, for this learner at `now`, and the
 * key of its evidence sentence (a quiz asks one question per sentence, so the setup page counts sentences too).
 */
export async function quizPool(db: Db, userId: string, articleId: string, now: Date): Promise<(PoolEntry & { id: string; sentenceKey: string })[]> {
  const questions = await db.question.findMany({
    where: { articleId, ...quizzableQuestions },
    select: { id: true, kind: true, origin: true, evidenceText: true },
    orderBy: { key: "asc" },
  });
  const ids = questions.map((q) => q.id);
  const [wrong, due] = await Promise.all([
    questionsLastAnsweredWrong(db, userId, ids),
    db.card.findMany({
      where: { userId, questionId: { in: ids }, suspended: false, due: { lte: now }, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }] },
      select: { questionId: true },
    }),
  ]);
  const dueIds = new Set(due.map((c) => c.questionId));
  return questions.map((q) => ({ id: q.id, kind: q.kind, origin: q.origin, wrong: wrong.has(q.id), due: dueIds.has(q.id), sentenceKey: sentenceKeyOf(q.evidenceText) }));
}

async function questionsLastAnsweredWrong(db: Db, userId: string, questionIds: string[]): Promise<Set<string>> {
  const responses = await db.quizResponse.findMany({
    where: { userId, questionId: { in: questionIds }, answeredAt: { not: null } },
    select: { questionId: true, correct: true, overridden: true },
    orderBy: { answeredAt: "desc" },
  });
  const latest = new Map<string, boolean>();
  for (const r of responses) if (!latest.has(r.questionId)) latest.set(r.questionId, isRightAnswer(r));
  return new Set([...latest].filter(([, right]) => !right).map(([id]) => id));
}

type NewAttempt = { articleId: string; config: QuizConfig; questionIds: string[]; seed: number; now: Date; retryOfId: string | null; startToken: string };

async function createAttempt(db: Db, userId: string, a: NewAttempt): Promise<StartResult> {
  const questions = await db.question.findMany({ where: { id: { in: a.questionIds } } });
  const byId = new Map(questions.map((q) => [q.id, q]));
  try {
    return await serializableTransaction(db, async (tx) => {
      // Read again inside the transaction: on SQLite (one transaction at a time) and on a PostgreSQL retry
      // after a write conflict, the twin request's attempt is seen here.
      const started = await attemptStartedWith(tx, userId, a.startToken);
      if (started) return started;
      return { ok: true as const, attemptId: await insertAttempt(tx, userId, a, byId) };
    }, TX);
  } catch (error) {
    // A twin request with the same token committed first (the unique key (userId, startToken)): answer with its attempt.
    if (!isUniqueViolation(error)) throw error;
    const winner = await attemptStartedWith(db, userId, a.startToken);
    if (!winner) throw error;
    return winner;
  }
}

async function insertAttempt(tx: Prisma.TransactionClient, userId: string, a: NewAttempt, byId: Map<string, QuestionRow>): Promise<string> {
  const created = await tx.quizAttempt.create({
    data: {
      userId,
      articleId: a.articleId,
      config: a.config,
      seed: a.seed,
      startedAt: a.now,
      maxScore: a.questionIds.length,
      retryOfId: a.retryOfId,
      startToken: a.startToken,
    },
    select: { id: true },
  });
  await tx.quizResponse.createMany({
    data: a.questionIds.map((questionId, position) => ({
      attemptId: created.id,
      userId,
      questionId,
      position,
      presented: presentQuestion(toGradable(byId.get(questionId)!), a.seed) as Prisma.InputJsonValue,
    })),
  });
  return created.id;
}

export async function startRetryAttempt(db: Db, userId: string, input: { attemptId: string; startToken: string }, now: Date, seed: number): Promise<StartResult> {
  const { attemptId } = input;
  const startToken = StartTokenSchema.parse(input.startToken);
  // A resend of the same "Retry my mistakes" form: the retry it started, whatever the original's state now.
  const started = await attemptStartedWith(db, userId, startToken);
  if (started) return started;
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: { responses: { orderBy: { position: "asc" } } },
  });
  if (!attempt || !attempt.articleId) return fail("That quiz was not found.", 404);
  if (attempt.status !== "finished") return fail("Finish this quiz before retrying its mistakes.", 409);
  const missed = attempt.responses.filter((r) => !r.overridden && (r.credit ?? 0) < 1).map((r) => r.questionId);
  if (missed.length === 0) return fail("No mistakes to retry: every answer in this quiz was right.", 409);
  // Asked again only while the learner may still study the article, and only questions a new quiz could ask
  // (not retired since, not reported and awaiting an editor).
  const article = await db.article.findFirst({ where: { id: attempt.articleId, ...studyableArticles(userId) }, select: { id: true } });
  if (!article) return fail("That quiz was not found.", 404);
  const mistakes = (await db.question.findMany({ where: { id: { in: missed }, articleId: article.id, ...quizzableQuestions }, select: DRAW_COLUMNS })).map(toDrawQuestion);
  if (mistakes.length === 0) return fail("The questions you missed have since been retired or reported, so there is nothing to retry.", 409);
  const config = QuizConfigSchema.parse(attempt.config);
  return createAttempt(db, userId, {
    articleId: attempt.articleId,
    config,
    // The rules of any quiz: one question per fact and per sentence, none after one that shows its answer.
    questionIds: drawQuiz(mistakes, Number.POSITIVE_INFINITY, seed),
    seed,
    now,
    retryOfId: attempt.id,
    startToken,
  });
}

// ---------------------------------------------------------------- the runner

export type RunnerState =
  | { status: "finished"; attemptId: string }
  | {
      status: "in_progress";
      attemptId: string;
      article: { slug: string; title: string } | null;
      total: number;
      answered: number;
      position: number;
      question: PublicQuestion;
    };

/** The attempt as the runner page needs it: the first unanswered question, public fields only. */
export async function getRunnerState(db: Db, userId: string, attemptId: string, now: Date): Promise<RunnerState | null> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, status: true, article: { select: { slug: true, title: true } } },
  });
  if (!attempt) return null;
  if (attempt.status !== "in_progress") return { status: "finished", attemptId: attempt.id };
  const [total, answered, next] = await Promise.all([
    db.quizResponse.count({ where: { attemptId, userId } }),
    db.quizResponse.count({ where: { attemptId, userId, answeredAt: { not: null } } }),
    db.quizResponse.findFirst({
      where: { attemptId, userId, answeredAt: null },
      orderBy: { position: "asc" },
      select: { id: true, position: true, presented: true, shownAt: true, question: { select: { id: true, kind: true, prompt: true } } },
    }),
  ]);
  if (!next) {
    await settleAttempt(db, userId, attemptId, now);
    return { status: "finished", attemptId: attempt.id };
  }
  if (!next.shownAt) {
    // Timing starts when the question is first shown; a reload keeps the first time.
    await db.quizResponse.updateMany({ where: { id: next.id, userId, shownAt: null }, data: { shownAt: now } });
  }
  return {
    status: "in_progress",
    attemptId: attempt.id,
    article: attempt.article,
    total,
    answered,
    position: next.position,
    question: toPublicQuestion(next.question, (next.presented ?? {}) as Presented),
  };
}

type AttemptProgress = { total: number; answered: number; finished: boolean };
type ProgressRow = { credit: number | null; overridden: boolean; answeredAt: Date | null };

function progressOf(responses: readonly Pick<ProgressRow, "answeredAt">[]): AttemptProgress {
  const answered = responses.filter((r) => r.answeredAt !== null).length;
  return { total: responses.length, answered, finished: answered === responses.length };
}

/**
 * How far the attempt is, from one read of its responses; once every
 * question is answered, finishes it (or, after an override, updates its score).
 */
async function settleAttempt(db: Db | Prisma.TransactionClient, userId: string, attemptId: string, now: Date): Promise<AttemptProgress> {
  const responses = await db.quizResponse.findMany({ where: { attemptId, userId }, select: { credit: true, overridden: true, answeredAt: true } });
  return settleAttemptFrom(db, userId, attemptId, now, responses);
}

/** settleAttempt for a caller that holds every response row of the attempt as it now stands (read in its transaction). */
async function settleAttemptFrom(
  db: Db | Prisma.TransactionClient,
  userId: string,
  attemptId: string,
  now: Date,
  responses: readonly ProgressRow[],
): Promise<AttemptProgress> {
  const progress = progressOf(responses);
  if (!progress.finished) return progress;
  const score = attemptScore(responses);
  const finished = await db.quizAttempt.updateMany({
    where: { id: attemptId, userId, status: "in_progress" },
    data: { status: "finished", finishedAt: now, score },
  });
  if (finished.count === 0) await db.quizAttempt.updateMany({ where: { id: attemptId, userId }, data: { score } });
  return progress;
}

/** How many of the attempt's questions are answered, for feedback on a path that writes nothing (one read). */
async function attemptProgress(tx: Prisma.TransactionClient, userId: string, attemptId: string): Promise<Omit<AttemptProgress, "finished">> {
  const responses = await tx.quizResponse.findMany({ where: { attemptId, userId }, select: { answeredAt: true } });
  const { total, answered } = progressOf(responses);
  return { total, answered };
}

// ---------------------------------------------------------------- answering

const AnswerInputSchema = QuizResponseInputSchema;

/** An answered row as feedback reads it: what was stored at answer time, and its question. */
const RECORDED_ANSWER = {
  response: true,
  correct: true,
  credit: true,
  outcome: true,
  note: true,
  overridden: true,
  question: { select: QUESTION_FOR_FEEDBACK },
} as const satisfies Prisma.QuizResponseSelect;
type RecordedAnswer = Prisma.QuizResponseGetPayload<{ select: typeof RECORDED_ANSWER }>;

/** A row on the paths that reply from what is recorded (a repeat, an override): its answer and question. */
const REPLY_ROW = { ...RECORDED_ANSWER, attemptId: true, answeredAt: true } as const satisfies Prisma.QuizResponseSelect;
/** The same, with what an override writes by and its attempt's status. */
const ANSWERED_ROW = { ...REPLY_ROW, id: true, questionId: true, timeMs: true, attempt: { select: { status: true } } } as const satisfies Prisma.QuizResponseSelect;

/**
 * Grades and records one answer. Idempotent per (attempt, question): a second
 * submission returns the recorded verdict and changes nothing. The answer,
 * its verdict and note, the learner's card and (when it was the last
 * question) the attempt's score are written in one transaction.
 */
export async function answerQuestion(
  db: Db,
  userId: string,
  input: { attemptId: string; questionId: string; response: unknown },
  now: Date,
): Promise<AnswerResult> {
  const parsed = AnswerInputSchema.safeParse(input.response);
  if (!parsed.success) return fail(`That answer could not be read: ${parsed.error.issues[0]?.message ?? "invalid input"}.`);
  const response = parsed.data;
  // A stray Enter in an empty field is not an answer; "I don't know" is.
  if (isBlankTypedAnswer(response)) return fail(BLANK_ANSWER_MESSAGE);

  return serializableTransaction(db, async (tx) => {
    // One read of the attempt's rows, of an attempt in progress only: the row answered now, and what the
    // feedback's progress and (on the last answer) the score need, as they stand in this transaction. No row
    // here (not in this quiz, someone else's, a finished attempt) or an answered one records nothing.
    const rows = await tx.quizResponse.findMany({
      where: { attemptId: input.attemptId, userId, attempt: { status: "in_progress" } },
      select: { id: true, questionId: true, shownAt: true, answeredAt: true, credit: true, overridden: true },
    });
    const row = rows.find((r) => r.questionId === input.questionId);
    if (!row || row.answeredAt) {
      // Rows read here mean the attempt is in progress, and they already say how far it is.
      const known = rows.length > 0 ? { status: "in_progress" as const, ...progressOf(rows) } : null;
      return replyFromRecord(tx, userId, input, response, "answered before", known);
    }

    const context = await readAnswerContext(tx, userId, row.questionId);
    const stored = context.question;
    const question = toGradable(stored);
    if (response.kind !== question.kind) return fail(kindMismatchMessage(question.kind, response.kind));
    const fits = checkResponseFits(question, response);
    if (!fits.ok) return fail(fits.error);
    const graded = await gradeAnswer(tx, stored.articleId, question, response);
    if (!graded.ok) return fail(graded.error);
    const verdict = graded.verdict;
    const timeMs = row.shownAt ? Math.max(0, now.getTime() - row.shownAt.getTime()) : null;
    const recorded = {
      response: response as Prisma.InputJsonValue,
      correct: verdict.correct,
      credit: verdict.credit,
      outcome: verdict.outcome,
      note: verdict.note ?? null,
      answeredAt: now,
      timeMs,
    };

    const claimed = await tx.quizResponse.updateMany({ where: { id: row.id, userId, answeredAt: null }, data: recorded });
    // Another request recorded an answer between our read and our write.
    if (claimed.count === 0) return replyFromRecord(tx, userId, input, response, "raced", null);
    const rating = ratingForQuizOutcome({ correct: verdict.correct, overridden: false, responseMs: timeMs, kind: question.kind });
    await rateCard(tx, { userId, questionId: question.id, rating, now, source: "quiz", durationMs: timeMs, card: context.card, settings: context.settings });
    const progress = await settleAttemptFrom(tx, userId, input.attemptId, now, rows.map((r) => (r.id === row.id ? { ...r, ...recorded } : r)));
    const answered: RecordedAnswer = { ...recorded, response: recorded.response as Prisma.JsonValue, overridden: false, question: stored };
    return { ok: true as const, feedback: await feedbackFor(tx, answered, { ...progress, alreadyAnswered: false, sentenceIndex: context.sentenceIndex }) };
  }, TX);
}

/**
 * The reply to an answer that records nothing, from what is stored: the
 * question is not in this quiz (404), or the attempt is finished (409), or
 * the question was answered already. The same answer again (a double click,
 * a retry after a network error) gets the recorded verdict; a different one
 * would change an answer already given, which is refused. The refusal carries
 * the recorded feedback, so a page left behind (Back, another tab) can show
 * what counts and move on.
 */
async function replyFromRecord(
  tx: Prisma.TransactionClient,
  userId: string,
  input: { attemptId: string; questionId: string },
  response: QuizResponseInput,
  how: "answered before" | "raced",
  known: { status: AttemptStatus; total: number; answered: number } | null,
): Promise<AnswerResult> {
  const row = await tx.quizResponse.findFirst({
    where: { attemptId: input.attemptId, questionId: input.questionId, userId },
    select: REPLY_ROW,
  });
  if (!row) return fail("That question is not part of this quiz.", 404);
  // Unanswered yet not among the rows of an attempt in progress: the attempt is over.
  if (!row.answeredAt) return fail("This quiz is finished; its answers can no longer change.", 409);
  // Answered here but locked by another quiz in progress (it asks this question or a sibling): the
  // recorded feedback would give that quiz its key. Its own attempt's feedback was shown already.
  if (lockedElsewhere(await examLockOf(tx, userId, input.questionId), row.attemptId)) return fail(LOCKED_REPLY, 409);
  const attempt = known ?? {
    ...(await tx.quizAttempt.findFirstOrThrow({ where: { id: row.attemptId, userId }, select: { status: true } })),
    ...(await attemptProgress(tx, userId, row.attemptId)),
  };
  const feedback = () =>
    feedbackFor(tx, row, { total: attempt.total, answered: attempt.answered, finished: attempt.status === "finished", alreadyAnswered: true });
  if (stableStringify(row.response) === stableStringify(response)) return { ok: true as const, feedback: await feedback() };
  const refusal =
    how === "raced"
      ? "You have already answered this question; answers cannot be changed."
      : attempt.status === "in_progress"
        ? "You had already answered this question (perhaps in another tab, or before going back). This is the answer that counts."
        : "This quiz is finished; its answers can no longer change.";
  return { ...fail(refusal, 409), recorded: await feedback() };
}

/** "I was right": accepts a wrong typed answer as right. Counted separately (overridden) in statistics. */
export async function overrideAnswer(db: Db, userId: string, input: { attemptId: string; questionId: string }, now: Date): Promise<AnswerResult> {
  return serializableTransaction(db, async (tx) => {
    const row = await tx.quizResponse.findFirst({
      where: { attemptId: input.attemptId, questionId: input.questionId, userId },
      select: ANSWERED_ROW,
    });
    if (!row) return fail("That question is not part of this quiz.", 404);
    if (!row.answeredAt) return fail("Answer the question before marking it right.", 409);
    if (lockedElsewhere(await examLockOf(tx, userId, row.questionId), input.attemptId)) return fail(LOCKED_REPLY, 409);
    if (!isOverridableKind(row.question.kind)) return fail("Only typed answers can be marked right by hand.", 409);
    if (row.correct) return fail("That answer is already right.", 409);
    const response = QuizResponseInputSchema.safeParse(row.response);
    if (response.success && gaveUp(response.data)) return fail("You chose “I don't know”, so there is nothing to mark right.", 409);
    if (row.overridden) {
      const progress = await attemptProgress(tx, userId, row.attemptId);
      return { ok: true as const, feedback: await feedbackFor(tx, row, { ...progress, finished: row.attempt.status === "finished", alreadyAnswered: true }) };
    }
    await tx.quizResponse.update({ where: { id: row.id, userId }, data: { overridden: true } });
    await reRateQuizAnswer(tx, { userId, questionId: row.questionId, answeredAt: row.answeredAt, rating: ratingForQuizOutcome({ correct: false, overridden: true, responseMs: row.timeMs, kind: row.question.kind }) });
    const progress = await settleAttempt(tx, userId, row.attemptId, now);
    const finished = progress.finished || row.attempt.status === "finished";
    return { ok: true as const, feedback: await feedbackFor(tx, { ...row, overridden: true }, { ...progress, finished, alreadyAnswered: false }) };
  }, TX);
}

/**
 * The article's look-alike terms, computed once per version of its active
 * questions (their count and newest updatedAt: an edit, a retirement or a new
 * question changes it) and kept in memory, so an answer reads one aggregate
 * instead of every question. Per question, the terms are cached too.
 */
type ConfusableBank = { version: string; terms: { term: string; norm: string }[]; ownForms: Map<string, Set<string>>; byQuestion: Map<string, string[]> };
const confusableBanks = new Map<string, ConfusableBank>();
const CONFUSABLE_KINDS = ["multiple_choice", "cloze", "short_answer"] as const;

/**
 * The verdict on an answer. The article's look-alike terms can only turn a
 * forgiven typo into wrong, so they are read for a typo alone: most answers
 * (right, wrong, a choice) read nothing for grading.
 */
async function gradeAnswer(tx: Prisma.TransactionClient, articleId: string, question: GradableQuestion & { id: string }, response: QuizResponseInput) {
  const graded = gradeResponse(question, response);
  if (!graded.ok || !confusablesCanChange(graded.verdict)) return graded;
  return gradeResponse(question, response, { confusables: await confusablesFor(tx, articleId, question.id) });
}

/** Terms a typo must not land on: the article's other answers and choices, and the names in its questions' sentences. */
async function confusablesFor(tx: Prisma.TransactionClient, articleId: string, questionId: string): Promise<string[]> {
  const where = { articleId, status: "active" as const, kind: { in: [...CONFUSABLE_KINDS] } };
  const stamp = await tx.question.aggregate({ where, _count: { _all: true }, _max: { updatedAt: true } });
  const version = `${stamp._count._all}:${stamp._max.updatedAt?.getTime() ?? 0}`;
  let bank = confusableBanks.get(articleId);
  if (!bank || bank.version !== version) {
    const others = await tx.question.findMany({ where, select: { id: true, answer: true, choices: true, acceptedAnswers: true, evidenceText: true } });
    const terms = new Map<string, string>();
    const ownForms = new Map<string, Set<string>>();
    for (const q of others) {
      ownForms.set(q.id, new Set([q.answer, ...((q.acceptedAnswers as string[] | null) ?? [])].map(normaliseAnswer)));
      for (const t of [q.answer, ...((q.choices as string[] | null) ?? [])]) if (t.length <= 60) terms.set(t, normaliseAnswer(t));
      // The article's own names count whichever of them the generator asked about ("Turkic" beside "Türkiye").
      for (const w of q.evidenceText.match(/\p{Lu}[\p{L}\p{M}’'-]{3,}/gu) ?? []) if (!terms.has(w)) terms.set(w, normaliseAnswer(w));
    }
    bank = { version, terms: [...terms].map(([term, norm]) => ({ term, norm })), ownForms, byQuestion: new Map() };
    confusableBanks.set(articleId, bank);
  }
  const cached = bank.byQuestion.get(questionId);
  if (cached) return cached;
  // A question outside the bank (another kind) excludes only the empty form, as before.
  const own = bank.ownForms.get(questionId) ?? new Set([normaliseAnswer("")]);
  const result = bank.terms.filter((t) => !own.has(t.norm)).map((t) => t.term).sort();
  bank.byQuestion.set(questionId, result);
  return result;
}

/**
 * The feedback for an answered row, from what was stored at answer time
 * (never a fresh grading). `sentenceIndex`: the evidence sentence, when the
 * caller has read it already (see evidenceHref).
 */
async function feedbackFor(
  tx: Prisma.TransactionClient,
  row: RecordedAnswer,
  state: { answered: number; total: number; finished: boolean; alreadyAnswered: boolean; sentenceIndex?: number | null },
): Promise<Feedback> {
  const { answered, total, finished, alreadyAnswered, sentenceIndex } = state;
  const question = toGradable(row.question);
  const response = QuizResponseInputSchema.parse(row.response);
  return {
    questionId: question.id,
    kind: question.kind,
    correct: isRightAnswer(row),
    credit: creditOf(row),
    outcome: (row.outcome ?? "wrong") as Verdict["outcome"],
    note: row.overridden ? null : row.note,
    yourAnswer: displayResponse(response),
    correctAnswer: displayCorrectAnswer(question),
    acceptedAnswers: question.acceptedAnswers,
    parts: answerParts(question, response),
    explanation: row.question.explanation,
    evidence: {
      text: explanationQuotes(row.question.explanation, row.question.evidenceText) ? null : row.question.evidenceText,
      href: await evidenceHref(tx, row.question, sentenceIndex),
    },
    canOverride: canOverride({ kind: question.kind, correct: row.correct, overridden: row.overridden, gaveUp: gaveUp(response) }),
    overridden: row.overridden,
    alreadyAnswered,
    answered,
    total,
    finished,
  };
}

// ---------------------------------------------------------------- flashcards in a quiz

/** A flashcard's back, shown when the learner asks to see it (before they say whether they knew it). */
export async function revealFlashcard(db: Db, userId: string, input: { attemptId: string; questionId: string }) {
  const row = await db.quizResponse.findFirst({
    where: { attemptId: input.attemptId, questionId: input.questionId, userId },
    select: { attempt: { select: { status: true } }, question: { select: { kind: true, answer: true } } },
  });
  if (!row) return fail("That question is not part of this quiz.", 404);
  if (row.question.kind !== "flashcard") return fail("Only flashcards can be turned over.", 409);
  if (row.attempt.status !== "in_progress") return fail("This quiz is finished.", 409);
  return { ok: true as const, back: row.question.answer };
}

export type { QuizResponseInput };
