import { describe, expect, test } from "vitest";
import {
  addExtraNewCards,
  buildReviewQueue,
  countNewCardsIntroducedToday,
  extraNewCardsToday,
  ExtraNewCardsSchema,
  reviewAheadCount,
  State,
  StudyModeSchema,
  studyModeFrom,
  type QueueCard,
} from "@/lib/domain/scheduling";

// Asia/Baku is UTC+4: the study day of 2026-11-27 runs 2026-11-27T00:00Z → 2026-11-28T00:00Z.
const TZ = "Asia/Baku";
const NOW = new Date("2026-11-27T10:00:00Z"); // 14:00 in Baku
const CREATED = new Date("2026-11-01T00:00:00Z");

function card(id: string, state: number, due: string, extra: Partial<QueueCard> = {}): QueueCard {
  return { id, state, due: new Date(due), suspended: false, buriedUntil: null, createdAt: CREATED, ...extra };
}

const CARDS: QueueCard[] = [
  card("new-c", State.New, "2026-11-01T00:00:00Z", { position: 3 }),
  card("review-late-today", State.Review, "2026-11-27T23:00:00Z"), // 03:00 Baku on the 28th: still today's study day
  card("learning-due", State.Learning, "2026-11-27T09:55:00Z"),
  card("review-overdue", State.Review, "2026-11-20T08:00:00Z"),
  card("new-a", State.New, "2026-11-01T00:00:00Z", { position: 1 }),
  card("review-tomorrow", State.Review, "2026-11-28T00:00:00Z"), // 04:00 Baku on the 28th: tomorrow
  card("relearning-due", State.Relearning, "2026-11-27T09:50:00Z"),
  card("learning-later-today", State.Learning, "2026-11-27T10:30:00Z"),
  card("learning-tomorrow", State.Learning, "2026-11-28T01:00:00Z"),
  card("review-due-now", State.Review, "2026-11-27T07:00:00Z"),
  card("review-suspended", State.Review, "2026-11-20T08:00:00Z", { suspended: true }),
  card("learning-suspended", State.Learning, "2026-11-27T09:00:00Z", { suspended: true }),
  card("review-buried", State.Review, "2026-11-20T08:00:00Z", { buriedUntil: new Date("2026-11-28T00:00:00Z") }),
  card("review-unburied", State.Review, "2026-11-21T08:00:00Z", { buriedUntil: new Date("2026-11-27T00:00:00Z") }),
  card("new-b", State.New, "2026-11-01T00:00:00Z", { position: 2 }),
  card("new-d", State.New, "2026-11-01T00:00:00Z", { position: 4 }),
  card("new-suspended", State.New, "2026-11-01T00:00:00Z", { position: 0, suspended: true }),
];

describe("buildReviewQueue", () => {
  test("orders due (re)learning by due, then reviews due today by due, then new cards by position", () => {
    const { queue, counts } = buildReviewQueue(CARDS, NOW, { timeZone: TZ, newCardsPerDay: 3, newCardsIntroducedToday: 0 });
    expect(queue).toEqual([
      "relearning-due",
      "learning-due",
      "review-overdue",
      "review-unburied",
      "review-due-now",
      "review-late-today",
      "new-a",
      "new-b",
      "new-c",
    ]);
    expect(counts).toEqual({ learning: 3, due: 4, new: 3 });
  });

  test("a learning card due later today counts but joins the queue only when due", () => {
    const opts = { timeZone: TZ, newCardsPerDay: 0, newCardsIntroducedToday: 0 };
    expect(buildReviewQueue(CARDS, NOW, opts).queue).not.toContain("learning-later-today");
    const later = buildReviewQueue(CARDS, new Date("2026-11-27T10:30:00Z"), opts);
    expect(later.queue.slice(0, 3)).toEqual(["relearning-due", "learning-due", "learning-later-today"]);
    expect(later.counts.learning).toBe(3);
  });

  test.each([
    { label: "no new cards introduced yet", newCardsPerDay: 3, introduced: 0, expected: ["new-a", "new-b", "new-c"] },
    { label: "limit above the cards available", newCardsPerDay: 20, introduced: 0, expected: ["new-a", "new-b", "new-c", "new-d"] },
    { label: "two of three already introduced today", newCardsPerDay: 3, introduced: 2, expected: ["new-a"] },
    { label: "limit reached", newCardsPerDay: 3, introduced: 3, expected: [] },
    { label: "more introduced than the limit (limit lowered during the day)", newCardsPerDay: 3, introduced: 7, expected: [] },
    { label: "new cards paused", newCardsPerDay: 0, introduced: 0, expected: [] },
  ])("daily new-card limit: $label", ({ newCardsPerDay, introduced, expected }) => {
    const { queue, counts } = buildReviewQueue(CARDS, NOW, { timeZone: TZ, newCardsPerDay, newCardsIntroducedToday: introduced });
    expect(queue.filter((id) => id.startsWith("new-"))).toEqual(expected);
    expect(counts.new).toBe(expected.length);
  });

  test("new cards without a position follow createdAt, then id", () => {
    const cards = [
      card("n2", State.New, "2026-11-01T00:00:00Z", { createdAt: new Date("2026-11-02T00:00:00Z") }),
      card("n3", State.New, "2026-11-01T00:00:00Z", { createdAt: new Date("2026-11-01T00:00:00Z") }),
      card("n1", State.New, "2026-11-01T00:00:00Z", { createdAt: new Date("2026-11-01T00:00:00Z") }),
      card("n0", State.New, "2026-11-01T00:00:00Z", { position: 9, createdAt: new Date("2026-11-09T00:00:00Z") }),
    ];
    expect(buildReviewQueue(cards, NOW, { timeZone: TZ, newCardsPerDay: 10, newCardsIntroducedToday: 0 }).queue).toEqual(["n0", "n1", "n3", "n2"]);
  });

  test("a review card is due from 04:00 local on its due day, not only from the hour of its last review", () => {
    const cards = [card("r", State.Review, "2026-11-28T09:00:00Z")]; // 13:00 Baku on the 28th
    const opts = { timeZone: TZ, newCardsPerDay: 0, newCardsIntroducedToday: 0 };
    expect(buildReviewQueue(cards, new Date("2026-11-27T23:59:00Z"), opts).queue).toEqual([]); // 03:59 on the 28th
    expect(buildReviewQueue(cards, new Date("2026-11-28T00:00:00Z"), opts).queue).toEqual(["r"]); // 04:00 on the 28th
  });

  test("the input is not reordered or mutated", () => {
    const copy = structuredClone(CARDS);
    buildReviewQueue(CARDS, NOW, { timeZone: TZ, newCardsPerDay: 3, newCardsIntroducedToday: 0 });
    expect(CARDS).toStrictEqual(copy);
  });

  test("an empty collection gives an empty queue", () => {
    expect(buildReviewQueue([], NOW, { timeZone: TZ, newCardsPerDay: 20, newCardsIntroducedToday: 0 })).toEqual({
      queue: [],
      counts: { new: 0, learning: 0, due: 0 },
      more: { learningLaterToday: 0, newBeyondLimit: 0, reviewAheadByDay: [] },
    });
  });
});

describe("the 04:00 rollover makes new cards available again", () => {
  // Twenty new cards were introduced on the study day of 2026-11-26 in Baku (UTC+4).
  const firstReviews = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 10, 26, 6, i)));
  const fresh = Array.from({ length: 30 }, (_, i) => card(`new-${String(i).padStart(2, "0")}`, State.New, "2026-11-01T00:00:00Z", { position: i }));

  test.each([
    { label: "03:59 local: still the day on which 20 were introduced", now: "2026-11-26T23:59:00Z", introduced: 20, newInQueue: 0 },
    { label: "04:00 local: a new day, 20 new cards again", now: "2026-11-27T00:00:00Z", introduced: 0, newInQueue: 20 },
  ])("$label", ({ now, introduced, newInQueue }) => {
    const at = new Date(now);
    const count = countNewCardsIntroducedToday(firstReviews, at, TZ);
    expect(count).toBe(introduced);
    const { counts, queue } = buildReviewQueue(fresh, at, { timeZone: TZ, newCardsPerDay: 20, newCardsIntroducedToday: count });
    expect(counts.new).toBe(newInQueue);
    expect(queue[0]).toBe(newInQueue > 0 ? "new-00" : undefined);
  });

  test("in UTC the same instants are all on one day: the zone matters", () => {
    expect(countNewCardsIntroducedToday(firstReviews, new Date("2026-11-27T00:00:00Z"), "UTC")).toBe(20);
  });
});

describe("custom study", () => {
  const scheduled = { timeZone: TZ, newCardsPerDay: 3, newCardsIntroducedToday: 0 };

  test("the dry-run offer counts learning cards due later today, new cards beyond the limit and reviews by day ahead", () => {
    const { more } = buildReviewQueue(CARDS, NOW, scheduled);
    // learning-later-today only (learning-tomorrow is not today); new-d is beyond the limit of 3;
    // review-tomorrow is due on day 0 ahead (tomorrow); review-buried is already due today (buried).
    expect(more).toEqual({ learningLaterToday: 1, newBeyondLimit: 1, reviewAheadByDay: [1] });
  });

  test.each([
    {
      label: "learning-ahead: learning cards due later today join now, by due",
      mode: { kind: "learning-ahead" as const },
      joins: ["learning-later-today"],
      stays: ["learning-tomorrow", "review-tomorrow"],
    },
    {
      label: "review-ahead 1 day: tomorrow's reviews join after today's",
      mode: { kind: "review-ahead" as const, days: 1 },
      joins: ["review-tomorrow"],
      stays: ["learning-later-today", "learning-tomorrow"],
    },
  ])("$label", ({ mode, joins, stays }) => {
    const { queue, more } = buildReviewQueue(CARDS, NOW, { ...scheduled, mode });
    for (const id of joins) expect(queue).toContain(id);
    for (const id of stays) expect(queue).not.toContain(id);
    if (mode.kind === "learning-ahead") {
      expect(queue.indexOf("learning-later-today")).toBeLessThan(queue.indexOf("review-overdue"));
      expect(more.learningLaterToday).toBe(0);
    } else {
      expect(queue.indexOf("review-tomorrow")).toBe(queue.indexOf("review-late-today") + 1);
      expect(more.reviewAheadByDay).toEqual([]);
    }
  });

  // Baku study days: the 28th runs 2026-11-28T00:00Z → 2026-11-29T00:00Z, and so on.
  const ahead = [
    card("r-28a", State.Review, "2026-11-28T00:00:00Z"),
    card("r-28b", State.Review, "2026-11-28T23:59:00Z"),
    card("r-29", State.Review, "2026-11-29T00:00:00Z"),
    card("r-dec-05", State.Review, "2026-12-05T12:00:00Z"),
    card("r-next-year", State.Review, "2028-01-01T00:00:00Z"),
    card("r-suspended", State.Review, "2026-11-29T00:00:00Z", { suspended: true }),
  ];
  test.each([
    { days: 1, expected: ["r-28a", "r-28b"] },
    { days: 2, expected: ["r-28a", "r-28b", "r-29"] },
    { days: 7, expected: ["r-28a", "r-28b", "r-29"] },
    { days: 8, expected: ["r-28a", "r-28b", "r-29", "r-dec-05"] }, // 5 December is the 8th study day after the 27th
  ])("review-ahead $days days takes the reviews due in the next $days study days, by due", ({ days, expected }) => {
    const { queue, more } = buildReviewQueue(ahead, NOW, { ...scheduled, mode: { kind: "review-ahead", days } });
    expect(queue).toEqual(expected);
    const offered = buildReviewQueue(ahead, NOW, scheduled).more.reviewAheadByDay;
    expect(reviewAheadCount(offered, days)).toBe(expected.length);
    expect(reviewAheadCount(more.reviewAheadByDay, 365)).toBe(4 - expected.length); // the rest; next year is beyond the horizon
  });

  test.each([
    { label: "no raise", extra: 0, introduced: 3, expected: 0 },
    { label: "two more after the limit was reached", extra: 2, introduced: 3, expected: 2 },
    { label: "more than are left", extra: 50, introduced: 3, expected: 4 },
    { label: "a raise on top of an unfinished limit", extra: 5, introduced: 0, expected: 4 },
  ])("extra new cards today: $label", ({ extra, introduced, expected }) => {
    const { counts } = buildReviewQueue(CARDS, NOW, { ...scheduled, newCardsIntroducedToday: introduced, extraNewCardsToday: extra });
    expect(counts.new).toBe(expected);
  });

  test.each([
    { label: "set today", stored: { extraNewCards: 5, extraNewCardsDay: "2026-11-27" }, now: "2026-11-27T10:00:00Z", expected: 5 },
    { label: "03:59 local the next morning: still today", stored: { extraNewCards: 5, extraNewCardsDay: "2026-11-27" }, now: "2026-11-27T23:59:00Z", expected: 5 },
    { label: "04:00 local: a new study day, the raise is gone", stored: { extraNewCards: 5, extraNewCardsDay: "2026-11-27" }, now: "2026-11-28T00:00:00Z", expected: 0 },
    { label: "never set", stored: { extraNewCards: 0, extraNewCardsDay: null }, now: "2026-11-27T10:00:00Z", expected: 0 },
  ])("extraNewCardsToday: $label", ({ stored, now, expected }) => {
    expect(extraNewCardsToday(stored, new Date(now), TZ)).toBe(expected);
  });

  test.each([
    { label: "adds to today's raise", stored: { extraNewCards: 5, extraNewCardsDay: "2026-11-27" }, expected: { extraNewCards: 15, extraNewCardsDay: "2026-11-27" } },
    { label: "replaces yesterday's raise", stored: { extraNewCards: 5, extraNewCardsDay: "2026-11-26" }, expected: { extraNewCards: 10, extraNewCardsDay: "2026-11-27" } },
  ])("addExtraNewCards: $label", ({ stored, expected }) => {
    expect(addExtraNewCards(stored, 10, NOW, TZ)).toEqual(expected);
  });

  test.each([
    { input: { study: "learning" }, expected: { kind: "learning-ahead" } },
    { input: { study: "ahead", days: "7" }, expected: { kind: "review-ahead", days: 7 } },
    { input: { study: "ahead", days: "abc" }, expected: null },
    { input: { study: "ahead", days: "0" }, expected: null },
    { input: { study: "ahead", days: "366" }, expected: null },
    { input: { study: "ahead", days: "1.5" }, expected: null },
    { input: { study: "everything" }, expected: null },
  ])("StudyModeSchema $input", ({ input, expected }) => {
    const parsed = StudyModeSchema.safeParse(input);
    expect(parsed.success ? parsed.data : null).toEqual(expected);
  });

  test.each([
    { label: "none: what is scheduled", params: {}, expected: { mode: { kind: "scheduled" }, error: null } },
    { label: "learning", params: { study: "learning" }, expected: { mode: { kind: "learning-ahead" }, error: null } },
    { label: "ahead 3 days", params: { study: "ahead", days: "3" }, expected: { mode: { kind: "review-ahead", days: 3 }, error: null } },
    { label: "ahead without days", params: { study: "ahead" }, expected: { mode: { kind: "scheduled" }, error: expect.stringMatching(/^That study option could not be read/) } },
    { label: "repeated param", params: { study: ["learning", "ahead"] }, expected: { mode: { kind: "scheduled" }, error: expect.stringMatching(/could not be read/) } },
  ])("studyModeFrom: $label", ({ params, expected }) => {
    expect(studyModeFrom(params)).toEqual(expected);
  });

  test.each([
    { count: "10", ok: true },
    { count: 100, ok: true },
    { count: "0", ok: false },
    { count: "101", ok: false },
    { count: "2.5", ok: false },
    { count: "ten", ok: false },
  ])("ExtraNewCardsSchema $count", ({ count, ok }) => {
    const parsed = ExtraNewCardsSchema.safeParse({ count });
    expect(parsed.success).toBe(ok);
    if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe("Choose from 1 to 100 more new cards.");
  });
});
