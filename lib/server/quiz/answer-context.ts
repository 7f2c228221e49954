import "server-only";
// Owns the one read a first answer makes besides its attempt's rows: the
// question as grading and feedback read it, the learner's memory settings,
// their card for the question and the index of its evidence sentence, in one
// statement.
//
// Why SQL: Prisma reads one table per statement here (it has no relation
// joins on SQLite), and on this path each statement costs about 0.7 ms of
// query planning, preparing and mapping. The four reads this replaces
// (question, user, card, sentence) took about 3 ms of a ~7.5 ms answer; this
// one takes about 0.5 ms (bench:answer). It is plain SQL that SQLite and
// PostgreSQL both run (quoted identifiers, a join, a left join, a scalar
// subquery), and both adapters return the same types for it; the row is
// still checked with zod, so a provider that returned something else fails
// loudly. tests/quiz-lifecycle.test.ts compares it, column by column, with
// the Prisma reads it stands for, on both databases (npm run test:pg).
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import type { MemorySettings, RatedCard } from "@/lib/server/cards/memory";

/** What grading and feedback read of a question (not its topics, scores or generator columns). */
export const QUESTION_FOR_FEEDBACK = {
  id: true,
  articleId: true,
  kind: true,
  prompt: true,
  answer: true,
  acceptedAnswers: true,
  choices: true,
  items: true,
  pairs: true,
  explanation: true,
  evidenceText: true,
  evidenceStart: true,
} as const satisfies Prisma.QuestionSelect;
export type QuestionForFeedback = Prisma.QuestionGetPayload<{ select: typeof QUESTION_FOR_FEEDBACK }>;

export type AnswerContext = {
  question: QuestionForFeedback;
  settings: MemorySettings;
  /** null: the learner has no card for the question yet. */
  card: RatedCard | null;
  /** The evidence sentence's index (null: no sentence holds the evidence's start), as lib/server/data/evidence.ts finds it. */
  sentenceIndex: number | null;
};

const json = z.custom<Prisma.JsonValue>((v) => v !== undefined);

const Row = z.object({
  id: z.string(),
  articleId: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  answer: z.string(),
  acceptedAnswers: json,
  choices: json,
  items: json,
  pairs: json,
  explanation: z.string(),
  evidenceText: z.string(),
  evidenceStart: z.number().int(),
  desiredRetention: z.number(),
  maximumInterval: z.number().int(),
  cardId: z.string().nullable(),
  due: z.date().nullable(),
  stability: z.number().nullable(),
  difficulty: z.number().nullable(),
  elapsedDays: z.number().int().nullable(),
  scheduledDays: z.number().int().nullable(),
  learningSteps: z.number().int().nullable(),
  reps: z.number().int().nullable(),
  lapses: z.number().int().nullable(),
  state: z.number().int().nullable(),
  lastReview: z.date().nullable(),
  sentenceIndex: z.number().int().nullable(),
});

const Card = z.object({
  id: z.string(),
  due: z.date(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.number().int(),
  lastReview: z.date().nullable(),
});

/** The question, the learner's settings and card, and the evidence sentence for an answer, in one statement. */
export async function readAnswerContext(tx: Prisma.TransactionClient, userId: string, questionId: string): Promise<AnswerContext> {
  // The sentence holding an offset: start <= offset < end, as evidenceSentenceIndex reads it.
  const rows = await tx.$queryRaw<unknown[]>(Prisma.sql`
    SELECT q."id", q."articleId", q."kind", q."prompt", q."answer", q."acceptedAnswers", q."choices", q."items", q."pairs",
           q."explanation", q."evidenceText", q."evidenceStart",
           u."desiredRetention", u."maximumInterval",
           c."id" AS "cardId", c."due", c."stability", c."difficulty", c."elapsedDays", c."scheduledDays", c."learningSteps",
           c."reps", c."lapses", c."state", c."lastReview",
           (SELECT s."index" FROM "Sentence" s
             WHERE s."articleId" = q."articleId" AND s."start" <= q."evidenceStart" AND s."end" > q."evidenceStart"
             LIMIT 1) AS "sentenceIndex"
      FROM "Question" q
      JOIN "User" u ON u."id" = ${userId}
      LEFT JOIN "Card" c ON c."userId" = u."id" AND c."questionId" = q."id"
     WHERE q."id" = ${questionId}`);
  if (rows.length !== 1) throw new Error(`readAnswerContext: ${rows.length} rows for question ${questionId} and its learner`);
  const row = Row.parse(rows[0]);
  const { desiredRetention, maximumInterval, cardId, sentenceIndex, ...rest } = row;
  const question: QuestionForFeedback = {
    id: rest.id,
    articleId: rest.articleId,
    kind: rest.kind,
    prompt: rest.prompt,
    answer: rest.answer,
    acceptedAnswers: rest.acceptedAnswers,
    choices: rest.choices,
    items: rest.items,
    pairs: rest.pairs,
    explanation: rest.explanation,
    evidenceText: rest.evidenceText,
    evidenceStart: rest.evidenceStart,
  };
  const card = cardId === null ? null : Card.parse({ ...rest, id: cardId });
  return { question, settings: { desiredRetention, maximumInterval }, card, sentenceIndex };
}
