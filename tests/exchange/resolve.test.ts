// Turning read questions into rows an article can take (lib/domain/exchange/resolve.ts):
// the seed's schema per kind, evidence quoted or found by word overlap, keys made
// for questions without one, explanations filled from the evidence.
import { describe, expect, test } from "vitest";
import { segmentArticle } from "@/lib/domain/article/segment";
import { bestSentence, blankQuestion, madeKey, resolveQuestions, type ExchangeQuestion } from "@/lib/domain/exchange";

const body = "Ada Lovelace wrote the first published algorithm in 1843. She worked with Charles Babbage.\n\nThe Analytical Engine was never finished. Babbage designed it in London.";
const sentences = segmentArticle(body).flatMap((p) => p.sentences);
const article = { slug: "tiny", body, sentences };
const short = (over: Partial<ExchangeQuestion> = {}): ExchangeQuestion => ({ ...blankQuestion("short_answer"), prompt: "Where did Babbage design the engine?", answer: "London", ...over });

describe("evidence", () => {
  test.each([
    { label: "the answer's sentence over a topic match", prompt: "Where did Babbage design the Analytical Engine?", answer: "London", expected: "Babbage designed it in London." },
    { label: "a different inflection", prompt: "Who was designing machines in London?", answer: "Babbage", expected: "Babbage designed it in London." },
    { label: "nothing when too little is shared", prompt: "What colour is the sky?", answer: "Blue", expected: null },
  ])("picks $label", ({ prompt, answer, expected }) => {
    const span = bestSentence(body, sentences, prompt, answer);
    expect(span ? body.slice(span.start, span.end) : null).toBe(expected);
  });

  test("a quoted evidence must be in the article; a missing one is found; an unmatched question is a problem", () => {
    const r = resolveQuestions(article, [
      { line: 1, question: short({ evidenceText: "Babbage designed it in London." }) },
      { line: 4, question: short({ prompt: "In which city did Babbage design it?", evidenceText: "Babbage designed it in Paris." }) },
      { line: 7, question: short({ prompt: "What colour is the sky?", answer: "Blue" }) },
    ]);
    expect(r.questions.map((q) => [q.line, q.evidenceStart, q.evidenceEnd])).toEqual([[1, body.indexOf("Babbage designed"), body.length]]);
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 4, field: "evidence", message: expect.stringContaining("not in this article") }),
      expect.objectContaining({ line: 7, field: "evidence" }),
    ]);
  });
});

describe("content", () => {
  test("a question without key or explanation gets a stable key and the evidence as its explanation, and is hand-written by default", () => {
    const [q] = resolveQuestions(article, [{ line: 2, question: short() }]).questions;
    expect(q).toMatchObject({ key: madeKey("tiny", short()), keyMade: true, explanation: "From the article: “Babbage designed it in London.”", origin: null, status: "active" });
    expect(madeKey("tiny", short())).toBe(madeKey("tiny", short()));
  });

  test.each([
    { label: "a choice list without the answer", q: { ...blankQuestion("multiple_choice"), prompt: "Which?", answer: "London", choices: ["Paris", "Rome", "Oslo"] }, field: "choices" },
    { label: "a cloze without a blank", q: { ...blankQuestion("cloze"), prompt: "Babbage designed it in London.", answer: "London" }, field: "prompt" },
    { label: "an empty flashcard back", q: { ...blankQuestion("flashcard"), prompt: "Babbage", answer: " " }, field: "answer" },
    { label: "a bad key", q: { ...short(), key: "Not A Key" }, field: "key" },
    { label: "a difficulty of 5", q: { ...short(), difficulty: 5 }, field: "difficulty" },
  ])("refuses $label naming the field $field", ({ q, field }) => {
    const r = resolveQuestions(article, [{ line: 9, question: { ...q, evidenceText: "Babbage designed it in London." } }]);
    expect(r.questions).toEqual([]);
    expect(r.problems[0]).toMatchObject({ line: 9, field });
  });

  test("a key used twice is refused on its second line, naming the first; so is a keyless question given twice", () => {
    const r = resolveQuestions(article, [
      { line: 1, question: short({ key: "dup" }) },
      { line: 5, question: short({ key: "dup" }) },
      { line: 8, question: short() },
      { line: 9, question: short() },
    ]);
    expect(r.problems).toEqual([
      { line: 5, field: "key", message: 'key "dup" is used again (first on line 1)' },
      { line: 9, field: "prompt", message: "this question repeats the one on line 8 (same kind, prompt and answer)" },
    ]);
  });
});
