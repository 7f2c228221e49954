import { describe, expect, test } from "vitest";
import { State } from "@/lib/domain/scheduling";
import { paragraphMastery, type MapCard } from "@/lib/domain/stats";
import { at, daysBefore } from "./fixtures";

const NOW = at("2026-11-27T10:00:00Z");
const PARAGRAPHS = [0, 1, 2, 3, 4, 5].map((index) => ({ index, start: index * 100, end: index * 100 + 100 }));
const QUESTIONS = [
  { id: "q1", evidenceStart: 120 },
  { id: "q2", evidenceStart: 250 },
  { id: "q3", evidenceStart: 300 },
  { id: "q4", evidenceStart: 399 },
  { id: "q5", evidenceStart: 410 },
  { id: "q6", evidenceStart: 480 },
  { id: "q7", evidenceStart: 500 }, // the end of paragraph 4 is the start of paragraph 5
  { id: "q8", evidenceStart: 550 }, // no card
  { id: "q-outside", evidenceStart: 9_999 },
];
const studied = (questionId: string, stability: number, daysAgo: number, state: number = State.Review): MapCard => ({
  questionId,
  state,
  stability,
  lastReview: daysBefore(NOW, daysAgo),
});
const CARDS: MapCard[] = [
  { questionId: "q1", state: State.New, stability: 0, lastReview: null }, // never studied
  studied("q2", 0.4, 0, State.Relearning), // forgotten at its last review, R still 1 today
  studied("q3", 30, 3), // R ≈ 0.986
  studied("q4", 25, 2), // R ≈ 0.988
  studied("q5", 10, 10), // R = 0.9, not mastered
  studied("q6", 30, 1), // R ≈ 0.995
  studied("q7", 1, 30), // R ≈ 0.59
  studied("q-outside", 30, 1),
];

describe("paragraphMastery", () => {
  const map = paragraphMastery([...PARAGRAPHS].reverse(), QUESTIONS, CARDS, NOW);

  test.each([
    { index: 0, level: "unseen", questions: 0, studied: 0, average: null, why: "no questions" },
    { index: 1, level: "unseen", questions: 1, studied: 0, average: null, why: "its only card is New" },
    { index: 2, level: "weak", questions: 1, studied: 1, average: 1, why: "a relearning card, however fresh" },
    { index: 3, level: "strong", questions: 2, studied: 2, average: (0.98568241 + 0.98842477) / 2, why: "R >= 0.9 and all mastered" },
    { index: 4, level: "learning", questions: 2, studied: 2, average: (0.9 + 0.99505387) / 2, why: "R >= 0.9 but a card under 21 days" },
    { index: 5, level: "weak", questions: 2, studied: 1, average: 0.5906334, why: "mean R < 0.7" },
  ])("paragraph $index is $level: $why", ({ index, level, questions, studied, average }) => {
    const paragraph = map.paragraphs.find((p) => p.index === index);
    expect(paragraph).toMatchObject({ index, start: index * 100, end: index * 100 + 100, level, questions, studied });
    if (average === null) expect(paragraph?.averageRetrievability).toBeNull();
    else expect(paragraph?.averageRetrievability).toBeCloseTo(average, 6);
  });

  test("paragraphs come back by index, with counts per level", () => {
    expect(map.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(map.counts).toEqual({ unseen: 2, weak: 2, learning: 1, strong: 1 });
  });

  test("no paragraphs, no figures", () => {
    expect(paragraphMastery([], QUESTIONS, CARDS, NOW)).toEqual({ paragraphs: [], counts: { unseen: 0, weak: 0, learning: 0, strong: 0 } });
  });
});
