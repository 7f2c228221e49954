import { describe, expect, test } from "vitest";
import { CardFiltersSchema, filterCards, isFlagged, stateLabel, type BrowsableCard } from "@/lib/domain/cards/browse";
import { isTimeZone } from "@/lib/domain/time-zone";

const now = new Date("2026-11-27T10:00:00Z");
const endOfToday = new Date("2026-11-28T00:00:00Z");
const endOfWeek = new Date("2026-12-04T00:00:00Z");
const card = (over: Partial<BrowsableCard>): BrowsableCard => ({
  questionId: "q",
  kind: "cloze",
  prompt: "Who signed the Shusha Declaration with Aliyev?",
  state: 2,
  suspended: false,
  due: new Date("2026-11-27T08:00:00Z"),
  flag: 0,
  ...over,
});
const cards = [
  card({ questionId: "overdue" }),
  card({ questionId: "today", due: new Date("2026-11-27T20:00:00Z"), kind: "multiple_choice" }),
  card({ questionId: "week", due: new Date("2026-12-01T00:00:00Z"), prompt: "Which body was founded in 2009 in Naxçıvan?" }),
  card({ questionId: "new", state: 0, due: null }),
  card({ questionId: "suspended", suspended: true }),
  card({ questionId: "learning", state: 3, flag: 1 }),
];

describe("card browser filters", () => {
  test.each([
    { label: "everything", filters: {}, expected: ["overdue", "today", "week", "new", "suspended", "learning"] },
    { label: "text without diacritics", filters: { q: "naxcivan" }, expected: ["week"] },
    { label: "text in the prompt", filters: { q: "shusha" }, expected: ["overdue", "today", "new", "suspended", "learning"] },
    { label: "kind", filters: { kind: "multiple_choice" }, expected: ["today"] },
    { label: "new", filters: { state: "new" }, expected: ["new"] },
    { label: "learning includes relearning", filters: { state: "learning" }, expected: ["learning"] },
    { label: "suspended", filters: { state: "suspended" }, expected: ["suspended"] },
    { label: "overdue", filters: { due: "overdue" }, expected: ["overdue", "learning"] },
    { label: "due today", filters: { due: "today" }, expected: ["overdue", "today", "learning"] },
    { label: "due this week", filters: { due: "week" }, expected: ["overdue", "today", "week", "learning"] },
    { label: "flagged", filters: { flag: "flagged" }, expected: ["learning"] },
    { label: "not flagged", filters: { flag: "unflagged" }, expected: ["overdue", "today", "week", "new", "suspended"] },
    { label: "flag with another filter", filters: { flag: "flagged", state: "review" }, expected: [] },
  ])("$label", ({ filters, expected }) => {
    const f = CardFiltersSchema.parse(filters);
    expect(filterCards(cards, f, now, endOfToday, endOfWeek).map((c) => c.questionId)).toEqual(expected);
  });

  test("search reads prompts only: a card's answer is not a match (it would tell a guessed quiz key apart)", () => {
    // The rows the browser filters carry no answer at all; a stray field is ignored.
    const withAnswer = cards.map((c) => ({ ...c, answer: "OTS" }));
    expect(filterCards(withAnswer, CardFiltersSchema.parse({ q: "OTS" }), now, endOfToday, endOfWeek)).toEqual([]);
  });

  test("junk in the URL falls back to 'any' rather than failing", () => {
    expect(CardFiltersSchema.parse({ q: "x".repeat(500), kind: "essay", state: 7, due: "yesterday", flag: "red" })).toEqual({ q: "", kind: "any", state: "any", due: "any", flag: "any" });
  });

  test.each([
    { flag: 0, expected: false },
    { flag: 1, expected: true },
    { flag: 2, expected: true },
  ])("isFlagged(flag $flag) = $expected", ({ flag, expected }) => {
    expect(isFlagged({ flag })).toBe(expected);
  });

  test.each([
    { state: 0, suspended: false, expected: "new" },
    { state: 1, suspended: false, expected: "learning" },
    { state: 2, suspended: false, expected: "review" },
    { state: 3, suspended: false, expected: "learning" },
    { state: 2, suspended: true, expected: "suspended" },
  ])("stateLabel($state, suspended $suspended) = $expected", ({ state, suspended, expected }) => {
    expect(stateLabel({ state, suspended })).toBe(expected);
  });

  test.each([
    { zone: "Asia/Baku", ok: true },
    { zone: "Europe/Istanbul", ok: true },
    { zone: "Mars/Olympus", ok: false },
    { zone: "", ok: false },
  ])("isTimeZone($zone) = $ok", ({ zone, ok }) => {
    expect(isTimeZone(zone)).toBe(ok);
  });
});
