// The question editor's pure rules (lib/domain/questions/editor.ts), as tables.
import { describe, expect, test } from "vitest";
import { toQuestionContent, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import {
  changesWhatWasShown,
  checkDraft,
  draftFromStored,
  emptyDraft,
  locateEvidence,
  matchesSearch,
  parseEditorFilters,
  tidyDraft,
  type StoredQuestion,
} from "@/lib/domain/questions/editor";

const stored = (kind: QuestionKind, fields: Partial<StoredQuestion>): StoredQuestion => ({
  kind,
  prompt: "A prompt ___",
  answer: "x",
  acceptedAnswers: [],
  choices: null,
  items: null,
  pairs: null,
  explanation: "Because.",
  evidenceText: "It is so.",
  evidenceStart: 4,
  topics: ["t"],
  difficulty: 2,
  ...fields,
});

describe("a stored question, through a draft, back to the same content", () => {
  test.each([
    { kind: "multiple_choice" as const, fields: { prompt: "Which?", answer: "b", choices: ["a", "b", "c"] } },
    { kind: "true_false" as const, fields: { prompt: "It is so.", answer: "false" } },
    { kind: "cloze" as const, fields: { prompt: "It is ___.", answer: "so", acceptedAnswers: ["thus"] } },
    { kind: "short_answer" as const, fields: { prompt: "How is it?", answer: "so", acceptedAnswers: [] } },
    { kind: "ordering" as const, fields: { prompt: "Order them.", answer: "a → b → c", items: ["a", "b", "c"] } },
    { kind: "matching" as const, fields: { prompt: "Match.", answer: "a → 1; b → 2; c → 3", pairs: [{ left: "a", right: "1" }, { left: "b", right: "2" }, { left: "c", right: "3" }] } },
    { kind: "flashcard" as const, fields: { prompt: "Front", answer: "Back" } },
  ])("$kind", ({ kind, fields }) => {
    const row = stored(kind, fields);
    const checked = checkDraft(draftFromStored(row), "k");
    if (!checked.ok) throw new Error(JSON.stringify(checked.fieldErrors));
    const content = toQuestionContent(checked.question);
    expect(content).toMatchObject({ kind, prompt: row.prompt, answer: row.answer, explanation: row.explanation, evidenceText: row.evidenceText, topics: ["t"] });
    if (kind === "multiple_choice") expect(content.choices).toEqual(fields.choices);
    if (kind === "cloze") expect(content.acceptedAnswers).toEqual(["thus"]);
    if (kind === "matching") expect(content.pairs).toEqual(fields.pairs);
  });
});

describe("locateEvidence", () => {
  const body = "One. Two. One.";
  test.each([
    { label: "at the clicked offset", text: "One.", hint: 10, expected: { start: 10, end: 14 } },
    { label: "first occurrence when the offset does not hold it", text: "One.", hint: 5, expected: { start: 0, end: 4 } },
    { label: "first occurrence without an offset", text: "Two.", hint: -1, expected: { start: 5, end: 9 } },
    { label: "not in the article", text: "Three.", hint: 0, expected: null },
    { label: "empty", text: "", hint: 0, expected: null },
  ])("$label", ({ text, hint, expected }) => {
    expect(locateEvidence(body, text, hint)).toEqual(expected);
  });
});

describe("changesWhatWasShown", () => {
  const mc = { kind: "multiple_choice", choices: ["a", "b", "c"], items: null, pairs: null };
  const pairs = (p: [string, string][]) => ({ kind: "matching", choices: null, items: null, pairs: p.map(([left, right]) => ({ left, right })) });
  test.each([
    { label: "the same choices in another order", before: mc, after: { ...mc, choices: ["c", "a", "b"] }, expected: false },
    { label: "a choice reworded", before: mc, after: { ...mc, choices: ["a", "b", "d"] }, expected: true },
    { label: "a choice added", before: mc, after: { ...mc, choices: ["a", "b", "c", "d"] }, expected: true },
    { label: "another kind", before: mc, after: { ...mc, kind: "short_answer", choices: null }, expected: true },
    { label: "a new correct order of the same items", before: { ...mc, choices: null, kind: "ordering", items: ["a", "b", "c"] }, after: { ...mc, choices: null, kind: "ordering", items: ["b", "a", "c"] }, expected: false },
    { label: "pairs re-matched from the same sides", before: pairs([["a", "1"], ["b", "2"], ["c", "3"]]), after: pairs([["a", "2"], ["b", "1"], ["c", "3"]]), expected: false },
    { label: "a right side reworded", before: pairs([["a", "1"], ["b", "2"], ["c", "3"]]), after: pairs([["a", "1"], ["b", "2"], ["c", "4"]]), expected: true },
    { label: "a typed question", before: { kind: "cloze", choices: null, items: null, pairs: null }, after: { kind: "cloze", choices: null, items: null, pairs: null }, expected: false },
  ])("$label: $expected", ({ before, after, expected }) => {
    expect(changesWhatWasShown(before, after)).toBe(expected);
  });
});

describe("drafts", () => {
  test("tidyDraft drops blank accepted answers and topics and trims the rest", () => {
    const d = tidyDraft({ ...emptyDraft("cloze"), accepted: [" a ", "", "  "], topics: ["x ", ""] });
    expect([d.accepted, d.topics]).toEqual([["a"], ["x"]]);
  });

  test("a multiple choice without a right choice is refused on its answer", () => {
    const checked = checkDraft({ ...emptyDraft("multiple_choice"), prompt: "p", choices: ["a", "b", "c"], correctChoice: 5, explanation: "e", evidence: "v" }, "k");
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.fieldErrors.answer).toBeDefined();
  });
});

describe("parseEditorFilters", () => {
  test.each([
    { label: "nothing", params: {}, expected: { view: "questions", q: "", page: 1 } },
    { label: "known values", params: { kind: "cloze", status: "draft", reports: "open", mark: "marked", q: "  Shusha ", page: "3" }, expected: { kind: "cloze", status: "draft", reports: "open", mark: "marked", q: "Shusha", page: 3 } },
    { label: "unknown values dropped", params: { kind: "essay", origin: "ai", page: "zero", view: "other" }, expected: { kind: undefined, origin: undefined, page: 1, view: "questions" } },
    { label: "the reports view", params: { view: "reports" }, expected: { view: "reports" } },
    { label: "a long search cut", params: { q: "x".repeat(300) }, expected: { q: "x".repeat(200) } },
  ])("$label", ({ params, expected }) => {
    expect(parseEditorFilters(params)).toMatchObject(expected);
  });
});

describe("matchesSearch", () => {
  const q = { prompt: "Who signed the Shusha Declaration?", answer: "Recep Tayyip Erdoğan", key: "shusha-mc-signatory" };
  test.each([
    { search: "", expected: true },
    { search: "shusha declaration", expected: true },
    { search: "ERDOGAN", expected: true },
    { search: "mc-signatory", expected: true },
    { search: "Aliyev", expected: false },
  ])("$search: $expected", ({ search, expected }) => {
    expect(matchesSearch(search, q)).toBe(expected);
  });
});
