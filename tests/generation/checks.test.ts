import { describe, expect, test } from "vitest";
import {
  checkAnswerInEvidence,
  checkAnswerNotInOtherChoices,
  checkAnswerNotInStem,
  checkChoices,
  checkContentTerm,
  checkEvidenceVerbatim,
  checkFalseStatement,
  checkNoUnresolvedPronoun,
  checkNotTrivial,
  checkSingleBlank,
  checkStemLength,
  checkWholeName,
  findNearDuplicates,
  isSymmetricSlot,
} from "@/lib/domain/generation/checks";

const BODY = "Erdoğan met Aliyev in Shusha. The Organization of Turkic States (OTS) was founded in 2009.";

describe("checkEvidenceVerbatim", () => {
  test.each([
    { label: "exact slice", ev: { text: "Erdoğan met Aliyev in Shusha.", start: 0, end: 29 }, expected: null },
    { label: "offsets off by one", ev: { text: "Erdoğan met Aliyev in Shusha.", start: 1, end: 30 }, expected: "evidence-not-verbatim" },
    { label: "text edited", ev: { text: "Erdogan met Aliyev in Shusha.", start: 0, end: 29 }, expected: "evidence-not-verbatim" },
    { label: "out of range", ev: { text: "x", start: 500, end: 501 }, expected: "evidence-not-verbatim" },
  ])("$label", ({ ev, expected }) => {
    expect(checkEvidenceVerbatim(BODY, ev)).toBe(expected);
  });
});

describe("checkAnswerInEvidence", () => {
  test.each([
    { label: "present", answer: "Shusha", evidence: "Erdoğan met Aliyev in Shusha.", expected: null },
    { label: "diacritics folded", answer: "Erdogan", evidence: "Erdoğan met Aliyev.", expected: null },
    { label: "absent", answer: "Baku", evidence: "Erdoğan met Aliyev in Shusha.", expected: "answer-not-in-evidence" },
    { label: "only inside a longer word", answer: "Aliyev", evidence: "The Aliyevs met.", expected: "answer-not-in-evidence" },
  ])("$label", ({ answer, evidence, expected }) => {
    expect(checkAnswerInEvidence(answer, evidence)).toBe(expected);
  });
});

describe("checkContentTerm", () => {
  test.each([
    { label: "a name", answer: "Nakhchivan", expected: null },
    { label: "a year", answer: "2009", expected: null },
    { label: "a key noun", answer: "energy", expected: null },
    { label: "a stopword", answer: "the", expected: "answer-not-content-term" },
    { label: "only stopwords", answer: "of the", expected: "answer-not-content-term" },
    { label: "quote filler", answer: "said", expected: "answer-not-content-term" },
    { label: "quoted fragment", answer: "“one nation", expected: "answer-not-content-term" },
    { label: "punctuation", answer: "—", expected: "answer-not-content-term" },
  ])("$label", ({ answer, expected }) => {
    expect(checkContentTerm(answer)).toBe(expected);
  });
});

describe("checkWholeName (the blank covers the whole name)", () => {
  const s = "He said the Second Karabakh War ensured Azerbaijan’s security and the Organization of Turkic States grew.";
  const span = (t: string) => [s.indexOf(t), s.indexOf(t) + t.length] as const;
  test.each([
    { label: "whole event name", term: "Second Karabakh War", expected: null },
    { label: "possessive name", term: "Azerbaijan", expected: null },
    { label: "inside an event name", term: "Karabakh", expected: "answer-fragment" },
    { label: "tail of an X of Y name", term: "Turkic States", expected: "answer-fragment" },
    { label: "head of an X of Y name", term: "Organization", expected: "answer-fragment" },
    { label: "part of a word", term: "Azerbaij", expected: "answer-fragment" },
  ])("$label", ({ term, expected }) => {
    const [a, b] = span(term);
    expect(checkWholeName(s, a, b)).toBe(expected);
  });
  test("a name after a title is whole", () => {
    const t = "under President Erdoğan and others";
    expect(checkWholeName(t, t.indexOf("Erdoğan"), t.indexOf("Erdoğan") + 7)).toBeNull();
  });
  test("the last item of a list is whole", () => {
    const t = "a summit between Türkiye, Azerbaijan and Pakistan, another partner";
    expect(checkWholeName(t, t.indexOf("Pakistan"), t.indexOf("Pakistan") + 8)).toBeNull();
  });
  const check = (t: string, term: string) => checkWholeName(t, t.indexOf(term), t.indexOf(term) + term.length);
  test("a capitalised word right before the blank is part of the name (blind28: “King's _____, Cambridge” -> College)", () => {
    expect(check("Alan Turing graduated from King's College, Cambridge, with a degree in mathematics.", "College")).toBe("answer-fragment");
    expect(check("He conducted at the Royal Albert Hall in May.", "Albert Hall")).toBe("answer-fragment");
    expect(check("The legal drama A Few Good Men followed.", "Few Good Men")).toBe("answer-fragment");
    // ... but not an owner, an abbreviated title, a sentence's first word, or a number's name
    expect(check("They worked at NASA’s Jet Propulsion Laboratory in California.", "Jet Propulsion Laboratory")).toBeNull();
    expect(check("He is a supporter of U.S. Rep. Ron Paul and his son.", "Ron Paul")).toBeNull();
    expect(check("The 1970s saw a change: Only 2 percent of toys were marked.", "2 percent")).toBeNull();
    expect(check("It was the first spacecraft, Apollo 8, to orbit the Moon.", "8")).toBeNull();
  });
  test("a name in another language is asked only whole (blind32: “Académie des _____”, “the _____ des Refusés”)", () => {
    expect(check("The Académie des Beaux-Arts dominated French art.", "Beaux-Arts")).toBe("answer-fragment");
    expect(check("The Académie des Beaux-Arts dominated French art.", "Académie")).toBe("answer-fragment");
    expect(check("Artists were allowed to judge the work themselves, and the Salon des Refusés was organized.", "Salon")).toBe("answer-fragment");
    expect(check("The Académie des Beaux-Arts dominated French art.", "Académie des Beaux-Arts")).toBeNull();
  });
  test("one name with “and” inside it is asked only whole (blind28: “the Government Code and _____”)", () => {
    const t = "Turing worked for the Government Code and Cypher School at Bletchley Park.";
    expect(check(t, "Cypher School")).toBe("answer-fragment");
    expect(check(t, "Government Code")).toBe("answer-fragment");
    expect(check(t, "Government Code and Cypher School")).toBeNull();
    // two names stay two
    expect(check("The Taruma and Sunda kingdoms of western Java appeared.", "Sunda")).toBeNull();
    expect(check("Talks between the United States and European Union stalled.", "United States")).toBeNull();
  });
});

describe("checkAnswerNotInStem", () => {
  test.each([
    { label: "blank only", prompt: "The OTS was founded in _____.", answer: "2009", aliases: [], expected: null },
    { label: "answer repeated", prompt: "_____ said Azerbaijan and Azerbaijan agreed.", answer: "Azerbaijan", aliases: [], expected: "answer-in-stem" },
    { label: "alias in stem", prompt: "The _____ (OTS) grew.", answer: "Organization of Turkic States", aliases: ["OTS"], expected: "answer-in-stem" },
    { label: "diacritic variant in stem", prompt: "_____ met Erdogan.", answer: "Erdoğan", aliases: [], expected: "answer-in-stem" },
  ])("$label", ({ prompt, answer, aliases, expected }) => {
    expect(checkAnswerNotInStem(prompt, answer, aliases)).toBe(expected);
  });
});

describe("checkAnswerNotInOtherChoices", () => {
  test.each([
    { label: "distinct", answer: "Baku", choices: ["Baku", "Ganja", "Yerevan", "Tbilisi"], expected: null },
    { label: "answer inside another", answer: "Karabakh", choices: ["Karabakh", "Second Karabakh War", "Baku", "Ganja"], expected: "answer-in-other-choice" },
    { label: "another inside the answer", answer: "Southern Caucasus", choices: ["Southern Caucasus", "Caucasus", "Asia", "Europe"], expected: "answer-in-other-choice" },
  ])("$label", ({ answer, choices, expected }) => {
    expect(checkAnswerNotInOtherChoices(answer, choices)).toBe(expected);
  });
});

describe("checkNotTrivial", () => {
  test.each([
    { label: "main topic", canonical: "Azerbaijan", expected: "answer-trivial" },
    { label: "other entity", canonical: "Pakistan", expected: null },
  ])("$label", ({ canonical, expected }) => {
    expect(checkNotTrivial(canonical, new Set(["azerbaijan"]))).toBe(expected);
  });
});

describe("checkSingleBlank", () => {
  test.each([
    { label: "one blank", prompt: "Founded in _____.", expected: null },
    { label: "no blank", prompt: "Founded in 2009.", expected: "blank-count" },
    { label: "two blanks", prompt: "_____ was founded in _____.", expected: "blank-count" },
  ])("$label", ({ prompt, expected }) => {
    expect(checkSingleBlank(prompt)).toBe(expected);
  });
});

describe("checkStemLength", () => {
  test.each([
    { label: "normal", prompt: "The Organization of Turkic States was founded in _____.", expected: null },
    { label: "too short", prompt: "In _____.", expected: "stem-length" },
    { label: "too long", prompt: `${"word ".repeat(70)}_____.`, expected: "stem-length" },
  ])("$label", ({ prompt, expected }) => {
    expect(checkStemLength(prompt)).toBe(expected);
  });
});

describe("checkChoices", () => {
  const typeOf = (c: string) => (/^\d{4}$/.test(c) ? "year" : ["Baku", "Ganja", "Yerevan", "Tbilisi", "Shusha"].includes(c) ? "city" : "region");
  test.each([
    { label: "four cities", answer: "Shusha", choices: ["Baku", "Shusha", "Yerevan", "Tbilisi"], expected: null },
    { label: "three choices", answer: "Shusha", choices: ["Baku", "Shusha", "Yerevan"], expected: "choices-invalid" },
    { label: "duplicate", answer: "Shusha", choices: ["Baku", "Shusha", "shusha", "Tbilisi"], expected: "choices-invalid" },
    { label: "mixed types", answer: "Shusha", choices: ["Baku", "Shusha", "Yerevan", "Karabakh"], expected: "choices-invalid" },
    { label: "answer missing", answer: "Shusha", choices: ["Baku", "Ganja", "Yerevan", "Tbilisi"], expected: "choices-invalid" },
    { label: "region containing another", answer: "Karabakh", choices: ["Karabakh", "Caucasus", "Siberia", "Balkans"], expected: "choices-invalid" },
  ])("$label", ({ answer, choices, expected }) => {
    expect(checkChoices(answer, choices, typeOf)).toBe(expected);
  });
});

describe("checkNoUnresolvedPronoun", () => {
  test.each([
    { label: "no pronoun", stem: "Zafer Sırakaya said the _____ ensured security.", expected: null },
    { label: "sentence-initial He", stem: "He stated that the _____ ensured Azerbaijan’s security.", expected: "unresolved-pronoun" },
    { label: "sentence-initial It", stem: "It calls for deepening the relations in _____.", expected: "unresolved-pronoun" },
    { label: "They with no antecedent", stem: "They signed the _____ in 2021.", expected: "unresolved-pronoun" },
    { label: "antecedent in the stem", stem: "Sırakaya said they supported _____ fully.", expected: null },
    { label: "his after a name", stem: "Heydar Aliyev was elected months before his election as _____.", expected: null },
    { label: "pronoun inside a quotation", stem: "“We will win,” the _____ coach Patrick Sang said.", expected: null },
    { label: "he said after a quotation", stem: "“In such a situation, peace is of exceptional _____,” he said.", expected: "unresolved-pronoun" },
    { label: "a possessive in an opening phrase, the name as the main subject", stem: "Due to his earlier defeat of the _____, Temüjin began rising to power.", expected: null },
    { label: "a possessive in an opening phrase, no name after", stem: "Due to his earlier defeat of the _____, the tribes began to rise.", expected: "unresolved-pronoun" },
    { label: "a possessive after the first comma points back", stem: "In 1206, after his defeat of the _____, Temüjin rose.", expected: "unresolved-pronoun" },
  ])("$label", ({ stem, expected }) => {
    expect(checkNoUnresolvedPronoun(stem)).toBe(expected);
  });
});

describe("findNearDuplicates", () => {
  test.each([
    {
      label: "same kind, answer and prompt",
      items: [
        { kind: "cloze", prompt: "The OTS was founded in _____ in Azerbaijan.", answer: "2009" },
        { kind: "cloze", prompt: "The OTS was founded in _____ in Azerbaijan.", answer: "2009" },
      ],
      expected: [1],
    },
    {
      label: "one word changed",
      items: [
        { kind: "cloze", prompt: "The Organization of Turkic States was founded in _____ in Azerbaijan by four countries.", answer: "2009" },
        { kind: "cloze", prompt: "The Organization of Turkic States was founded in _____ in Azerbaijan by four states.", answer: "2009" },
      ],
      expected: [1],
    },
    {
      label: "different kinds are not duplicates",
      items: [
        { kind: "cloze", prompt: "Founded in _____ in Azerbaijan.", answer: "2009" },
        { kind: "multiple_choice", prompt: "Founded in _____ in Azerbaijan.", answer: "2009" },
      ],
      expected: [],
    },
    {
      label: "different answers are not duplicates",
      items: [
        { kind: "cloze", prompt: "Founded in _____ in Azerbaijan.", answer: "2009" },
        { kind: "cloze", prompt: "Founded in 2009 in _____.", answer: "Azerbaijan" },
      ],
      expected: [],
    },
  ])("$label", ({ items, expected }) => {
    expect([...findNearDuplicates(items)]).toEqual(expected);
  });

  test("stays linear on many repeats (bucketed)", () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ kind: "cloze", prompt: `Sentence ${i % 50} about the _____ of things number ${i % 7}.`, answer: `a${i % 30}` }));
    const t0 = performance.now();
    findNearDuplicates(items);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("checkFalseStatement and symmetric swaps", () => {
  const original = "The declaration cemented cooperation between Türkiye and Azerbaijan.";
  const sentences = [original, "Pakistan is another key partner for the two countries.", "Kazakhstan hosted the summit."];
  test.each([
    { label: "outsider swapped in", statement: "The declaration cemented cooperation between Türkiye and Kazakhstan.", removed: "Azerbaijan", inserted: "Kazakhstan", expected: null },
    { label: "swapping the two partners", statement: "The declaration cemented cooperation between Azerbaijan and Azerbaijan.", removed: "Türkiye", inserted: "Azerbaijan", expected: "false-not-false" },
    { label: "an alias is still true", statement: "The declaration cemented cooperation between Turkey and Azerbaijan.", removed: "Türkiye", inserted: "Turkey", expected: "false-not-false" },
    { label: "a containing region is still true", statement: "The declaration cemented cooperation between Türkiye and Caucasus.", removed: "Azerbaijan", inserted: "Caucasus", expected: "false-not-false" },
    { label: "unchanged", statement: original, removed: "Azerbaijan", inserted: "Azerbaijan", expected: "false-not-false" },
  ])("$label", ({ statement, removed, inserted, expected }) => {
    expect(checkFalseStatement({ original, statement, removed, inserted, articleSentences: sentences })).toBe(expected);
  });

  test("a claim another sentence makes is not false", () => {
    const o = "Sırakaya said Türkiye always sided with Azerbaijan.";
    const other = "Erdoğan said Türkiye always sided with Azerbaijan.";
    expect(checkFalseStatement({ original: o, statement: other, removed: "Sırakaya", inserted: "Erdoğan", articleSentences: [o, other] })).toBe("false-not-false");
  });

  test.each([
    { label: "between X and Y (first)", s: "cooperation between Türkiye and Azerbaijan, particularly", term: "Türkiye", expected: true },
    { label: "between X and Y (second)", s: "cooperation between Türkiye and Azerbaijan, particularly", term: "Azerbaijan", expected: true },
    { label: "X and Y signed together", s: "Erdoğan and Aliyev signed the declaration", term: "Erdoğan", expected: true },
    { label: "not symmetric", s: "the OTS was founded in 2009 in Azerbaijan", term: "Azerbaijan", expected: false },
  ])("isSymmetricSlot: $label", ({ s, term, expected }) => {
    expect(isSymmetricSlot(s, s.indexOf(term), s.indexOf(term) + term.length)).toBe(expected);
  });
});
