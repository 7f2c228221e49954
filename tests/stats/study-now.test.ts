import { describe, expect, test } from "vitest";
import { buildReviewQueue, type QueueCard } from "@/lib/domain/scheduling";
import { studyNow, type StudyNowInput } from "@/lib/domain/stats";

// 10:00 UTC is 14:00 in Asia/Baku: the study day began at 04:00 local (00:00 UTC).
const now = new Date("2026-11-27T10:00:00Z");
const timeZone = "Asia/Baku";
const created = new Date("2026-11-01T00:00:00Z");
const card = (questionId: string, over: Partial<StudyNowInput["cards"][number]> = {}): StudyNowInput["cards"][number] => ({
  questionId,
  state: 2,
  due: new Date("2026-11-27T08:00:00Z"),
  suspended: false,
  buriedUntil: null,
  createdAt: created,
  ...over,
});
const base: StudyNowInput = { questionIds: [], cards: [], reviews: [], responses: [], newCardsPerDay: 20, now, timeZone };

describe("studyNow: the home page's counts and streak", () => {
  test("a brand-new learner: every active question is a new card, nothing due, no streak, no history", () => {
    expect(studyNow({ ...base, questionIds: ["a", "b", "c"] })).toEqual({
      counts: { new: 3, learning: 0, due: 0 },
      streak: { current: 0, best: 0, activeToday: false, lastActiveDay: null },
      hasHistory: false,
    });
  });

  test.each([
    { label: "a review card due earlier today counts as due", cards: [card("a")], expected: { new: 1, learning: 0, due: 1 } },
    { label: "a review card due before the 04:00 rollover counts today", cards: [card("a", { due: new Date("2026-11-27T23:30:00Z") })], expected: { new: 1, learning: 0, due: 1 } },
    { label: "a review card due after the rollover does not", cards: [card("a", { due: new Date("2026-11-28T00:30:00Z") })], expected: { new: 1, learning: 0, due: 0 } },
    { label: "a learning card due later today counts as learning", cards: [card("a", { state: 1, due: new Date("2026-11-27T10:10:00Z") })], expected: { new: 1, learning: 1, due: 0 } },
    { label: "suspended cards are left out", cards: [card("a", { suspended: true })], expected: { new: 1, learning: 0, due: 0 } },
    { label: "buried cards are left out", cards: [card("a", { buriedUntil: new Date("2026-11-28T00:00:00Z") })], expected: { new: 1, learning: 0, due: 0 } },
    { label: "a card row still new counts as new", cards: [card("a", { state: 0 })], expected: { new: 2, learning: 0, due: 0 } },
  ])("$label", ({ cards, expected }) => {
    expect(studyNow({ ...base, questionIds: ["a", "b"], cards }).counts).toEqual(expected);
  });

  test("cards of questions no longer active are not counted", () => {
    expect(studyNow({ ...base, questionIds: ["a"], cards: [card("a"), card("retired")] }).counts).toEqual({ new: 0, learning: 0, due: 1 });
  });

  test("the new-card allowance is what is left of today's limit (first answers today, in the learner's zone)", () => {
    const reviews = [
      { state: 0, source: "review" as const, review: new Date("2026-11-27T01:00:00Z") }, // 05:00 Baku: today
      { state: 0, source: "quiz" as const, review: new Date("2026-11-27T09:00:00Z") }, // a quiz answer introduces a card too
      { state: 0, source: "review" as const, review: new Date("2026-11-26T23:00:00Z") }, // 03:00 Baku: yesterday's study day
      { state: 2, source: "review" as const, review: new Date("2026-11-27T09:30:00Z") }, // not a first answer
    ];
    const result = studyNow({ ...base, questionIds: ["a", "b", "c", "d", "e"], newCardsPerDay: 3, reviews });
    expect(result.counts.new).toBe(1);
    expect(result.hasHistory).toBe(true);
  });

  test("the counts are the review queue's own counts", () => {
    const cards = [card("a"), card("b", { state: 1, due: new Date("2026-11-27T09:00:00Z") }), card("c", { state: 3, due: new Date("2026-11-27T11:00:00Z") })];
    const questionIds = ["a", "b", "c", "d", "e", "f"];
    const queueCards: QueueCard[] = questionIds.map((id) => {
      const c = cards.find((x) => x.questionId === id);
      return c ? { id, ...c } : { id, state: 0, due: now, suspended: false, buriedUntil: null, createdAt: created };
    });
    const queue = buildReviewQueue(queueCards, now, { timeZone, newCardsPerDay: 2, newCardsIntroducedToday: 0 });
    expect(studyNow({ ...base, questionIds, cards, newCardsPerDay: 2 }).counts).toEqual(queue.counts);
  });

  test("the streak counts study days in the learner's zone; a quiz answer is activity", () => {
    const responses = [
      { answeredAt: new Date("2026-11-25T12:00:00Z") },
      { answeredAt: new Date("2026-11-26T12:00:00Z") },
      { answeredAt: null },
    ];
    const reviews = [{ state: 2, source: "review" as const, review: new Date("2026-11-27T05:00:00Z") }];
    expect(studyNow({ ...base, responses, reviews }).streak).toEqual({ current: 3, best: 3, activeToday: true, lastActiveDay: "2026-11-27" });
    // Yesterday's streak is still alive until today's study day ends.
    expect(studyNow({ ...base, responses }).streak).toMatchObject({ current: 2, activeToday: false });
  });
});
