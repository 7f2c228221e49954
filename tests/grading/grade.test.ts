import { describe, expect, test } from "vitest";
import { confusablesCanChange, gaveUp, gradeResponse, isBlankTypedAnswer, type GradableQuestion, type QuizResponseInput, type Verdict } from "@/lib/domain/grading";
import {
  ALLIANCE,
  AUSTRIA,
  AZERBAIJANI,
  DECLARATION_CARD,
  EAST,
  ERDOGAN,
  HEYDAR,
  HISTORY_ITEMS,
  HISTORY_ORDERING,
  KYRGYZSTAN,
  LIBERATION_TF,
  MODERNIZATION,
  NAKHCHIVAN,
  NORTH_SOUTH,
  OTS,
  OTS_FOUNDED_IN_ANKARA_TF,
  OTS_YEAR,
  PAKISTAN,
  ROAD_MAP,
  ROLE_PAIRS,
  ROLES_MATCHING,
  SECOND_WAR,
  typed,
  SHUSHA,
  SIGNATORY_MC,
  SIGNING_ITEMS,
  SIGNING_ORDERING,
  SIRAKAYA,
  SIRAKAYA_SURNAME,
  TURKIC,
  TURKIYE,
  TWO_STATES,
  ZAMBIA,
} from "./fixtures";

function verdictOf(question: GradableQuestion, response: QuizResponseInput, confusables?: string[]): Verdict {
  const result = gradeResponse(question, response, { confusables });
  if (!result.ok) throw new Error(`expected a verdict, got: ${result.error}`);
  return result.verdict;
}

/** A typed response of the question's own kind. */
const typedResponse = (q: GradableQuestion, text: string): QuizResponseInput => ({ kind: q.kind === "cloze" ? "cloze" : "short_answer", text });

const right = (outcome: "exact" | "accepted" | "typo", matched: string) => ({ correct: true, credit: 1, outcome, matched });
const wrong = { correct: false, credit: 0, outcome: "wrong" } as const;

/** Typed answers with confusables: the cases where they make a typo wrong, and their controls. */
const CONFUSABLE_CASES = [
    {
      label: "a typo that lands exactly on another country is wrong",
      q: ZAMBIA,
      text: "Gambia",
      confusables: ["Gambia", "Namibia", "Malawi"],
      expected: wrong,
    },
    {
      label: "a typo equally close to the answer and to another name is wrong (Turkis: Turkic or Turkish?)",
      q: TURKIC,
      text: "Turkis",
      confusables: ["Turkish", "Turkmen"],
      expected: wrong,
    },
    {
      label: "a typo equally close to the answer and to another country is wrong (Austrlia: Austria or Australia?)",
      q: AUSTRIA,
      text: "Austrlia",
      confusables: ["Australia", "Hungary"],
      expected: wrong,
    },
    {
      label: "a typo closer to another name than to the answer is wrong (Azerbaijn for Azerbaijani)",
      q: AZERBAIJANI,
      text: "Azerbaijn",
      confusables: ["Azerbaijan", "Armenian"],
      expected: wrong,
    },
    { label: "control: Gambia is a forgiven typo when no confusable names it", q: ZAMBIA, text: "Gambia", confusables: [], expected: right("typo", "Zambia") },
    { label: "control: Turkis is a forgiven typo when Turkish is not a confusable", q: TURKIC, text: "Turkis", confusables: ["Turkmen"], expected: right("typo", "Turkic") },
    { label: "control: Azerbaijn is a forgiven typo without confusables", q: AZERBAIJANI, text: "Azerbaijn", confusables: [], expected: right("typo", "Azerbaijani") },
    {
      label: "a typo nearer the answer than any confusable is forgiven",
      q: KYRGYZSTAN,
      text: "Kyrgystan",
      confusables: ["Kazakhstan", "Azerbaijan", "Türkiye"],
      expected: right("typo", "Kyrgyzstan"),
    },
    {
      label: "another OTS founder typed exactly is wrong",
      q: KYRGYZSTAN,
      text: "Kazakhstan",
      confusables: ["Kazakhstan"],
      expected: wrong,
    },
    {
      label: "a confusable that is the answer itself (all choices passed) is ignored",
      q: SIRAKAYA_SURNAME,
      text: "Sirakya",
      confusables: ["Sırakaya", "Erdoğan", "Aliyev"],
      expected: right("typo", "Sırakaya"),
    },
    {
      label: "a confusable equal to an accepted form is ignored",
      q: HEYDAR,
      text: "Haydar Aliyev",
      confusables: ["Haydar Aliyev", "Ilham Aliyev"],
      expected: right("accepted", "Haydar Aliyev"),
    },
    {
      label: "the exact answer stays right whatever the confusables",
      q: TURKIC,
      text: "Turkic",
      confusables: ["Turkish"],
      expected: right("exact", "Turkic"),
    },
];

describe("typed answers (cloze and short answer)", () => {
  test.each([
    // Case, diacritics and Turkish letters.
    { label: "the answer as written", q: TURKIYE, text: "Türkiye", expected: right("exact", "Türkiye") },
    { label: "Türkiye without the umlaut", q: TURKIYE, text: "Turkiye", expected: right("exact", "Türkiye") },
    { label: "Türkiye in capitals", q: TURKIYE, text: "TURKIYE", expected: right("exact", "Türkiye") },
    { label: "Türkiye in capitals with the umlaut", q: TURKIYE, text: "TÜRKİYE", expected: right("exact", "Türkiye") },
    { label: "Turkey, an accepted alternative", q: TURKIYE, text: "Turkey", expected: right("accepted", "Turkey") },
    { label: "Erdogan without the soft g", q: ERDOGAN, text: "Erdogan", expected: right("exact", "Erdoğan") },
    { label: "Erdoğan's full name is accepted", q: ERDOGAN, text: "recep tayyip erdogan", expected: right("accepted", "Recep Tayyip Erdoğan") },
    { label: "Sirakaya for Sırakaya (dotless ı has no decomposition)", q: SIRAKAYA_SURNAME, text: "Sirakaya", expected: right("exact", "Sırakaya") },
    { label: "SIRAKAYA in capitals", q: SIRAKAYA_SURNAME, text: "SIRAKAYA", expected: right("exact", "Sırakaya") },
    { label: "Turkish capital İ folds to i", q: SIRAKAYA, text: "ZAFER SİRAKAYA", expected: right("exact", "Zafer Sırakaya") },
    { label: "Şuşa written with cedillas", q: SHUSHA, text: "Şuşa", expected: right("accepted", "Şuşa") },
    { label: "an Azerbaijani schwa reads as a", q: HEYDAR, text: "Heydər Əliyev", expected: right("exact", "Heydar Aliyev") },
    { label: "Naxçıvan, the Azerbaijani spelling", q: NAKHCHIVAN, text: "Naxcivan", expected: right("accepted", "Naxçıvan") },

    // Whitespace, punctuation, quotes and articles.
    { label: "surrounding and doubled whitespace", q: SIRAKAYA, text: "  zafer   sırakaya \n", expected: right("exact", "Zafer Sırakaya") },
    { label: "trailing punctuation", q: PAKISTAN, text: "Pakistan!", expected: right("exact", "Pakistan") },
    { label: "curly quotes around the answer", q: TWO_STATES, text: "“two states”", expected: right("exact", "two states") },
    { label: "straight quotes around the answer", q: TWO_STATES, text: '"two states"', expected: right("exact", "two states") },
    { label: "a leading article", q: OTS, text: "The Organization of Turkic States", expected: right("exact", "Organization of Turkic States") },
    { label: "a leading article on an accepted form", q: OTS, text: "the OTS", expected: right("accepted", "OTS") },
    { label: "a leading 'an'", q: ALLIANCE, text: "an alliance", expected: right("exact", "alliance") },
    { label: "no space in road map", q: ROAD_MAP, text: "roadmap", expected: right("exact", "road map") },
    { label: "a hyphen in road map", q: ROAD_MAP, text: "Road-Map.", expected: right("exact", "road map") },
    { label: "& for and", q: NORTH_SOUTH, text: "North & South", expected: right("exact", "North and South") },
    { label: "the other order, accepted", q: NORTH_SOUTH, text: "south and north", expected: right("accepted", "South and North") },
    { label: "an accepted British spelling", q: MODERNIZATION, text: "Modernisation", expected: right("accepted", "modernisation") },

    // Typos, in proportion to length.
    { label: "≤4 letters: no typo forgiven (Eats for East)", q: EAST, text: "Eats", expected: wrong },
    { label: "≤4 letters: one missing letter is wrong", q: EAST, text: "Eat", expected: wrong },
    { label: "≤8 letters: one substitution is forgiven", q: PAKISTAN, text: "Pakistin", expected: right("typo", "Pakistan") },
    { label: "≤8 letters: one missing letter is forgiven", q: SIRAKAYA_SURNAME, text: "Sirakya", expected: right("typo", "Sırakaya") },
    { label: "≤8 letters: two edits are not", q: PAKISTAN, text: "Pakestin", expected: wrong },
    { label: "a transposition is one edit", q: SIRAKAYA_SURNAME, text: "Sirakaay", expected: right("typo", "Sırakaya") },
    { label: "a transposition in a 6-letter word", q: TURKIC, text: "Turkci", expected: right("typo", "Turkic") },
    { label: "beyond 8 letters: two edits forgiven", q: SIRAKAYA, text: "Zafer Sirkaia", expected: right("typo", "Zafer Sırakaya") },
    { label: "beyond 8 letters: three edits are not", q: SIRAKAYA, text: "Zafar Sirkaia", expected: wrong },
    { label: "a typo of an accepted form", q: NAKHCHIVAN, text: "Nakhichevn", expected: right("typo", "Nakhichevan") },
    { label: "Shusha missing its h", q: SHUSHA, text: "Shusa", expected: right("typo", "Shusha") },

    // Numbers never forgive a typo.
    { label: "2009 is not 2008", q: OTS_YEAR, text: "2008", expected: wrong },
    { label: "2009 is not 2090 (a transposition)", q: OTS_YEAR, text: "2090", expected: wrong },
    { label: "2009 is 2009", q: OTS_YEAR, text: " 2009. ", expected: right("exact", "2009") },
    { label: "the number in an accepted form", q: TWO_STATES, text: "2 states", expected: right("accepted", "2 states") },
    { label: "a wrong number with the words right", q: TWO_STATES, text: "3 states", expected: wrong },
    // (an ordinal in words reads as one in figures, so the key itself matches: "Second" = "2nd")
    { label: "letters forgiven, digits exact", q: SECOND_WAR, text: "2nd Karabak War", expected: right("typo", "Second Karabakh War") },
    { label: "an ordinal in words for one in figures (blind46: 'nineteenth' for '19th')", q: typed("19th", [], "cloze"), text: "nineteenth", expected: right("exact", "19th") },
    { label: "twenty-first for 21st", q: typed("the 21st century", [], "cloze"), text: "twenty-first century", expected: right("exact", "the 21st century") },
    { label: "a wrong ordinal in words", q: typed("19th", [], "cloze"), text: "eighteenth", expected: wrong },
    { label: "a wrong ordinal in digits", q: SECOND_WAR, text: "1st Karabakh War", expected: wrong },

    // Wrong and empty.
    { label: "another answer altogether", q: PAKISTAN, text: "Armenia", expected: wrong },
    { label: "an empty answer", q: PAKISTAN, text: "", expected: wrong },
    { label: "only punctuation", q: PAKISTAN, text: " ?! ", expected: wrong },
    { label: "a bare article is not the answer", q: ALLIANCE, text: "the", expected: wrong },
  ])("$label", ({ q, text, expected }) => {
    expect(verdictOf(q, typedResponse(q, text))).toMatchObject(expected);
  });

  test.each(CONFUSABLE_CASES)("$label", ({ q, text, confusables, expected }) => {
    expect(verdictOf(q, typedResponse(q, text), confusables)).toMatchObject(expected);
  });

  // The quiz reads an article's confusables only when the verdict without them is a forgiven typo.
  test.each([
    ...CONFUSABLE_CASES,
    { label: "a wrong answer", q: ZAMBIA, text: "Kenya", confusables: ["Gambia", "Kenya"] },
    { label: "an accepted form", q: TURKIYE, text: "Turkey", confusables: ["Turkmen", "Turkey"] },
    { label: "a number slip", q: OTS_YEAR, text: "2008", confusables: ["2008", "2010"] },
  ])("confusables read only for a typo give the same verdict: $label", ({ q, text, confusables }) => {
    const response = typedResponse(q, text);
    const without = verdictOf(q, response);
    const lazily = confusablesCanChange(without) ? verdictOf(q, response, confusables) : without;
    expect(lazily).toEqual(verdictOf(q, response, confusables));
  });

  test.each([
    { label: "a forgiven typo", q: ZAMBIA, text: "Gambia", expected: true },
    { label: "the exact answer", q: ZAMBIA, text: "Zambia", expected: false },
    { label: "an accepted form", q: TURKIYE, text: "Turkey", expected: false },
    { label: "a wrong answer", q: ZAMBIA, text: "Kenya", expected: false },
    { label: "an empty answer", q: ZAMBIA, text: "", expected: false },
  ])("confusables can change the verdict on $label: $expected", ({ q, text, expected }) => {
    expect(confusablesCanChange(verdictOf(q, typedResponse(q, text)))).toBe(expected);
  });

  test.each([
    { label: "a forgiven typo names the right spelling", q: SIRAKAYA_SURNAME, text: "Sirakya", note: "Almost — watch the spelling: Sırakaya" },
    { label: "an accepted form names the expected answer", q: TURKIYE, text: "Turkey", note: "Accepted — the expected answer is “Türkiye”." },
    { label: "a near-miss number says why it failed", q: OTS_YEAR, text: "2008", note: "Check the number: numbers and years have to be exact." },
    { label: "an empty answer", q: PAKISTAN, text: "   ", note: "No answer given." },
  ])("note: $label", ({ q, text, note }) => {
    expect(verdictOf(q, typedResponse(q, text)).note).toBe(note);
  });

  test.each([
    { label: "“I don't know” with nothing typed", text: "" },
    { label: "“I don't know” even if something was typed", text: "Pakistan" },
  ])("$label is wrong, with its own note", ({ text }) => {
    const verdict = verdictOf(PAKISTAN, { kind: "short_answer", text, dontKnow: true });
    expect(verdict).toMatchObject({ correct: false, credit: 0, outcome: "wrong", note: "You chose “I don't know”: this one comes back soon." });
  });

  test.each([
    { label: "blank", response: { kind: "cloze" as const, text: "  " }, blank: true },
    { label: "blank short answer", response: { kind: "short_answer" as const, text: "" }, blank: true },
    { label: "I don't know", response: { kind: "cloze" as const, text: "", dontKnow: true as const }, blank: false },
    { label: "typed", response: { kind: "cloze" as const, text: "x" }, blank: false },
    { label: "a choice", response: { kind: "true_false" as const, value: true }, blank: false },
  ])("isBlankTypedAnswer: $label", ({ response, blank }) => {
    expect(isBlankTypedAnswer(response)).toBe(blank);
    expect(gaveUp(response)).toBe("dontKnow" in response);
  });

  test("a confusable verdict names the confusable", () => {
    expect(verdictOf(ZAMBIA, { kind: "short_answer", text: "Gambia" }, ["Gambia"]).note).toBe("That is closer to “Gambia”, which is a different answer.");
  });
});

describe("multiple choice, true/false and flashcards are all or nothing", () => {
  test.each([
    { label: "MC: the right option", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "Recep Tayyip Erdoğan" }, expected: { correct: true, credit: 1, outcome: "exact" } },
    { label: "MC: another option", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "Zafer Sırakaya" }, expected: wrong },
    { label: "MC: another option with a similar name", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "Ahmet Davutoğlu" }, expected: wrong },
    { label: "true/false: true for a true statement", q: LIBERATION_TF, response: { kind: "true_false", value: true }, expected: { correct: true, credit: 1, outcome: "exact" } },
    { label: "true/false: false for a true statement", q: LIBERATION_TF, response: { kind: "true_false", value: false }, expected: wrong },
    { label: "true/false: false for a false statement", q: OTS_FOUNDED_IN_ANKARA_TF, response: { kind: "true_false", value: false }, expected: { correct: true, credit: 1, outcome: "exact" } },
    { label: "true/false: true for a false statement", q: OTS_FOUNDED_IN_ANKARA_TF, response: { kind: "true_false", value: true }, expected: wrong },
    { label: "flashcard: knew it", q: DECLARATION_CARD, response: { kind: "flashcard", knew: true }, expected: { correct: true, credit: 1, outcome: "exact" } },
    { label: "flashcard: did not know it", q: DECLARATION_CARD, response: { kind: "flashcard", knew: false }, expected: wrong },
  ] satisfies { label: string; q: GradableQuestion; response: QuizResponseInput; expected: Partial<Verdict> }[])(
    "$label",
    ({ q, response, expected }) => {
      expect(verdictOf(q, response)).toMatchObject(expected);
    },
  );
});

describe("ordering: credit = max(0, Kendall's tau)", () => {
  const [a, b, c, d, e] = HISTORY_ITEMS;
  const [s1, s2, s3] = SIGNING_ITEMS;
  test.each([
    { label: "5 items in order", q: HISTORY_ORDERING, order: [a, b, c, d, e], credit: 1, outcome: "exact", note: undefined },
    { label: "5 items, one swap of neighbours", q: HISTORY_ORDERING, order: [a, b, d, c, e], credit: 0.8, outcome: "partial", note: "9 of 10 pairs of items are in the right order and 1 is reversed: credit is (9 − 1) ÷ 10 = 80%." },
    { label: "5 items, the last moved to the front", q: HISTORY_ORDERING, order: [e, a, b, c, d], credit: 0.2, outcome: "partial", note: "6 of 10 pairs of items are in the right order and 4 are reversed: credit is (6 − 4) ÷ 10 = 20%." },
    { label: "5 items, first and last swapped", q: HISTORY_ORDERING, order: [e, b, c, d, a], credit: 0, outcome: "wrong", note: "3 of 10 pairs of items are in the right order and 7 are reversed: no credit, since a random order gets about as many pairs right (credit is pairs in order minus pairs reversed, over all pairs)." },
    { label: "5 items reversed", q: HISTORY_ORDERING, order: [e, d, c, b, a], credit: 0, outcome: "wrong", note: "0 of 10 pairs of items are in the right order and 10 are reversed: no credit, since a random order gets about as many pairs right (credit is pairs in order minus pairs reversed, over all pairs)." },
    { label: "3 items in order", q: SIGNING_ORDERING, order: [s1, s2, s3], credit: 1, outcome: "exact", note: undefined },
    { label: "3 items, one swap of neighbours", q: SIGNING_ORDERING, order: [s2, s1, s3], credit: 1 / 3, outcome: "partial", note: "2 of 3 pairs of items are in the right order and 1 is reversed: credit is (2 − 1) ÷ 3 = 33%." },
    { label: "3 items rotated", q: SIGNING_ORDERING, order: [s2, s3, s1], credit: 0, outcome: "wrong", note: "1 of 3 pairs of items are in the right order and 2 are reversed: no credit, since a random order gets about as many pairs right (credit is pairs in order minus pairs reversed, over all pairs)." },
  ])("$label", ({ q, order, credit, outcome, note }) => {
    const verdict = verdictOf(q, { kind: "ordering", order: order.map((x) => x!) });
    expect(verdict.credit).toBeCloseTo(credit, 10);
    expect(verdict).toMatchObject({ correct: credit === 1, outcome });
    expect(verdict.note).toBe(note);
  });
});

describe("matching: credit = share of pairs matched", () => {
  const [erdogan, ilham, heydar, sirakaya] = ROLE_PAIRS;
  const pair = (left: { left: string }, right: { right: string }) => ({ left: left.left, right: right.right });
  test.each([
    { label: "all four right", pairs: [erdogan!, ilham!, heydar!, sirakaya!], credit: 1, outcome: "exact" },
    { label: "all four right, listed in another order", pairs: [sirakaya!, heydar!, erdogan!, ilham!], credit: 1, outcome: "exact" },
    { label: "the two Aliyevs swapped", pairs: [erdogan!, pair(ilham!, heydar!), pair(heydar!, ilham!), sirakaya!], credit: 0.5, outcome: "partial", note: "2 of 4 pairs are matched correctly: credit 50%." },
    { label: "three rotated, one right", pairs: [pair(erdogan!, ilham!), pair(ilham!, heydar!), pair(heydar!, erdogan!), sirakaya!], credit: 0.25, outcome: "partial" },
    {
      label: "none right",
      pairs: [pair(erdogan!, ilham!), pair(ilham!, erdogan!), pair(heydar!, sirakaya!), pair(sirakaya!, heydar!)],
      credit: 0,
      outcome: "wrong",
    },
  ])("$label", ({ pairs, credit, outcome, ...rest }) => {
    const verdict = verdictOf(ROLES_MATCHING, { kind: "matching", pairs });
    expect(verdict).toMatchObject({ correct: credit === 1, credit, outcome });
    if ("note" in rest) expect(verdict.note).toBe(rest.note);
  });
});
