// Owns the synthetic learner history the progress benchmark runs against:
// users, their cards, an append-only review log, and finished quizzes,
// written straight through better-sqlite3 (prepared statements, one
// transaction per batch of users) because Prisma would take minutes for a
// million rows. Values are stored exactly as Prisma's SQLite adapter stores
// them: DateTime as ISO-8601 text with "+00:00", Boolean as 0/1, Json as text.
import type Database from "better-sqlite3";
import { seededRandom } from "@/lib/domain/quiz/shuffle";

export type SyntheticQuestion = { id: string; kind: string };

export type SyntheticOptions = {
  users: number;
  reviewsPerUser: number;
  /** Finished quizzes per learner (default 1), each of `responsesPerQuiz` answered questions. */
  quizzesPerUser?: number;
  responsesPerQuiz: number;
  minCards: number;
  maxCards: number;
  articleId: string;
  questions: SyntheticQuestion[];
  now: Date;
  seed: number;
  /**
   * One letter that keeps these ids apart from another call's on the same
   * database (each call numbers its rows from zero); default none.
   */
  idTag?: string;
};

export type SyntheticCounts = { users: number; cards: number; reviews: number; attempts: number; responses: number; userIds: string[] };

const DAY = 24 * 3600_000;
const USERS_PER_TRANSACTION = 500;
const TIME_ZONES = ["UTC", "Europe/London", "Asia/Baku", "America/New_York", "Europe/Berlin", "Asia/Tokyo"];
const QUIZ_CONFIG = JSON.stringify({ size: "10", kinds: ["multiple_choice", "true_false", "cloze", "short_answer", "ordering", "matching", "flashcard"], origin: "both", mode: "all" });

/** The representation @prisma/adapter-better-sqlite3 writes for a DateTime (timestampFormat "iso8601"). */
export function sqliteDateTime(date: Date | number): string {
  return new Date(date).toISOString().replace("Z", "+00:00");
}

/** The same seeded PRNG the quiz shuffle uses, so every run writes the same rows. */
export { seededRandom };

/**
 * Cuid-shaped ids (25 characters, starting with "c") that grow with insertion
 * order, as real cuids roughly do with time, so primary-key inserts append.
 */
function idMaker(prefix: string): () => string {
  let n = 0;
  return () => `c${prefix}${(n++).toString(36).padStart(24 - prefix.length, "0")}`;
}

export function insertSyntheticLearners(sqlite: Database.Database, o: SyntheticOptions): SyntheticCounts {
  const random = seededRandom(o.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const nowMs = o.now.getTime();
  const yearAgo = nowMs - 365 * DAY;

  const tag = o.idTag ?? "";
  const userId = idMaker(`${tag}us`);
  const cardId = idMaker(`${tag}ca`);
  const reviewId = idMaker(`${tag}rl`);
  const attemptId = idMaker(`${tag}qa`);
  const responseId = idMaker(`${tag}qr`);

  const insertUser = sqlite.prepare(
    `INSERT INTO "User" ("id","kind","role","email","displayName","timeZone","createdAt","updatedAt","lastSeenAt")
     VALUES (?,?,?,?,?,?,?,?,?)`,
  );
  const insertCard = sqlite.prepare(
    `INSERT INTO "Card" ("id","userId","questionId","due","stability","difficulty","elapsedDays","scheduledDays","learningSteps",
       "reps","lapses","state","lastReview","suspended","buriedUntil","flag","version","createdAt","updatedAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertReview = sqlite.prepare(
    `INSERT INTO "ReviewLog" ("id","userId","cardId","questionId","source","rating","state","due","stability","difficulty",
       "elapsedDays","lastElapsedDays","scheduledDays","learningSteps","review","previousDue","durationMs","createdAt")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertAttempt = sqlite.prepare(
    `INSERT INTO "QuizAttempt" ("id","userId","articleId","config","seed","status","retryOfId","startedAt","finishedAt","score","maxScore")
     VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertResponse = sqlite.prepare(
    `INSERT INTO "QuizResponse" ("id","attemptId","userId","questionId","position","presented","response","correct","credit",
       "outcome","overridden","shownAt","answeredAt","timeMs")
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );

  const counts: SyntheticCounts = { users: 0, cards: 0, reviews: 0, attempts: 0, responses: 0, userIds: [] };
  const order = o.questions.map((_, i) => i);

  /** A partial Fisher-Yates shuffle: the first n entries of `order` become a random sample. */
  const sample = (n: number): SyntheticQuestion[] => {
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (order.length - i));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order.slice(0, n).map((i) => o.questions[i]!);
  };

  const writeUser = (u: number) => {
    const id = userId();
    const joined = yearAgo - int(0, 60) * DAY - int(0, DAY);
    const account = random() < 0.6;
    const joinedAt = sqliteDateTime(joined);
    insertUser.run(
      id, account ? "account" : "guest", "learner", account ? `learner${u}@bench.test` : null, account ? `Learner ${u}` : null,
      pick(TIME_ZONES), joinedAt, joinedAt, sqliteDateTime(nowMs - int(0, 30) * DAY),
    );
    counts.users++;
    counts.userIds.push(id);

    // Cards: 10% new (never reviewed), 10% learning, 10% relearning, 70% review.
    const reviewed: { id: string; questionId: string }[] = [];
    for (const question of sample(int(o.minCards, o.maxCards))) {
      const card = cardId();
      const created = sqliteDateTime(joined + int(0, 30) * DAY);
      const roll = random();
      const state = roll < 0.1 ? 0 : roll < 0.2 ? 1 : roll < 0.3 ? 3 : 2;
      const flag = random() < 0.05 ? int(1, 4) : 0;
      const suspended = random() < 0.02 ? 1 : 0;
      const buriedUntil = random() < 0.01 ? sqliteDateTime(nowMs + DAY) : null;
      if (state === 0) {
        insertCard.run(card, id, question.id, created, 0, 0, 0, 0, 0, 0, 0, 0, null, suspended, buriedUntil, flag, 0, created, created);
      } else {
        const stability = state === 2 ? Math.exp(random() * Math.log(400)) : 0.2 + random() * 3;
        const scheduledDays = state === 2 ? Math.max(1, Math.round(stability * (0.8 + random() * 0.4))) : 0;
        const lastReview = nowMs - int(0, 90) * DAY - int(0, DAY);
        const due = state === 2 ? lastReview + scheduledDays * DAY : lastReview + int(10, 60) * 60_000;
        const reps = int(1, 30);
        const lastReviewAt = sqliteDateTime(lastReview);
        insertCard.run(
          card, id, question.id, sqliteDateTime(due), stability, 1 + random() * 9, int(0, 60), scheduledDays,
          state === 2 ? 0 : int(0, 2), reps, Math.min(reps - 1, int(0, 5)), state, lastReviewAt, suspended, buriedUntil,
          flag, reps, created, lastReviewAt,
        );
        reviewed.push({ id: card, questionId: question.id });
      }
      counts.cards++;
    }
    if (reviewed.length === 0) throw new Error("a synthetic learner has no reviewed card (raise minCards)");

    // The review log: spread over the past year, oldest first, as it is appended.
    const times = Array.from({ length: o.reviewsPerUser }, () => yearAgo + 60_000 + Math.floor(random() * (nowMs - yearAgo - 120_000)));
    times.sort((a, b) => a - b);
    for (const review of times) {
      const card = pick(reviewed);
      const quiz = random() < 0.15;
      const r = random();
      const rating = r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
      const s = random();
      const state = s < 0.1 ? 0 : s < 0.2 ? 1 : s < 0.3 ? 3 : 2;
      const scheduledDays = rating === 1 ? 0 : int(1, 120);
      const at = sqliteDateTime(review);
      insertReview.run(
        reviewId(), id, card.id, card.questionId, quiz ? "quiz" : "review", rating, state, sqliteDateTime(review + Math.max(scheduledDays * DAY, 600_000)),
        Math.exp(random() * Math.log(300)), 1 + random() * 9, state === 0 ? 0 : int(0, 90), int(0, 90), scheduledDays, state === 2 ? 0 : int(0, 2),
        at, state === 0 ? null : sqliteDateTime(review - int(0, 30) * DAY), quiz ? null : int(1500, 30_000), at,
      );
      counts.reviews++;
    }

    // Finished quizzes on the article, every question answered, at random times in the year.
    for (let q = 0; q < (o.quizzesPerUser ?? 1); q++) {
      const attempt = attemptId();
      const started = yearAgo + Math.floor(random() * (nowMs - yearAgo - DAY));
      let clock = started;
      let score = 0;
      const rows: unknown[][] = [];
      sample(o.responsesPerQuiz).forEach((question, position) => {
        const timeMs = int(2000, 40_000);
        const shownAt = clock;
        clock += timeMs + int(200, 2000);
        const partialKind = question.kind === "ordering" || question.kind === "matching";
        const r = random();
        const outcome = r < 0.6 ? "exact" : r < 0.7 ? "accepted" : r < 0.75 ? "typo" : partialKind && r < 0.85 ? "partial" : "wrong";
        const credit = outcome === "partial" ? 0.5 : outcome === "wrong" ? 0 : 1;
        const overridden = outcome === "wrong" && random() < 0.05 ? 1 : 0;
        score += overridden ? 1 : credit;
        rows.push([
          responseId(), attempt, id, question.id, position, JSON.stringify({ order: [2, 0, 3, 1] }), JSON.stringify({ text: `answer ${position}` }),
          credit === 1 ? 1 : 0, credit, outcome, overridden, sqliteDateTime(shownAt), sqliteDateTime(shownAt + timeMs), timeMs,
        ]);
      });
      insertAttempt.run(attempt, id, o.articleId, QUIZ_CONFIG, int(1, 2 ** 31 - 1), "finished", null, sqliteDateTime(started), sqliteDateTime(clock), score, rows.length);
      counts.attempts++;
      for (const row of rows) {
        insertResponse.run(...row);
        counts.responses++;
      }
    }
  };

  const writeBatch = sqlite.transaction((from: number, to: number) => {
    for (let u = from; u < to; u++) writeUser(u);
  });
  for (let from = 0; from < o.users; from += USERS_PER_TRANSACTION) writeBatch(from, Math.min(o.users, from + USERS_PER_TRANSACTION));
  return counts;
}

/** The heavy learner's history: what a year of daily study looks like at the top end. */
export const HEAVY_LEARNER = { reviews: 5_000, quizzes: 200, answersPerQuiz: 10 } as const;

/**
 * One heavy learner: a card for every question, 5,000 reviews spread over the
 * past year, and 200 finished quizzes of 10 answers (2,000 quiz answers).
 * Returns the learner's id and what was written.
 */
export function insertHeavyLearner(
  sqlite: Database.Database,
  o: Pick<SyntheticOptions, "articleId" | "questions" | "now" | "seed">,
): { userId: string; counts: SyntheticCounts } {
  const counts = insertSyntheticLearners(sqlite, {
    ...o,
    users: 1,
    reviewsPerUser: HEAVY_LEARNER.reviews,
    quizzesPerUser: HEAVY_LEARNER.quizzes,
    responsesPerQuiz: HEAVY_LEARNER.answersPerQuiz,
    minCards: o.questions.length,
    maxCards: o.questions.length,
    idTag: "h",
  });
  return { userId: counts.userIds[0]!, counts };
}
