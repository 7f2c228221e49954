// The quiz draw (lib/domain/quiz/draw.ts): spread over kinds, deterministic by
// seed, and the rules of "one fact, one family": one question per fact, one per
// evidence sentence, and none after a question that shows its answer (whole
// words, any case, diacritics ignored; true/false and ordering answers are
// structures and never count; each matching right-hand side does). A pool that
// runs short makes a shorter quiz.
import { describe, expect, test } from "vitest";
import { drawQuiz, showsAnswerOf, textsShownBy, type DrawQuestion } from "@/lib/domain/quiz/draw";
import { factKeyOf, sentenceKeyOf } from "@/lib/domain/questions/fact-key";
import { factKeyAfterEdit, factKeyFor, familyOf } from "@/lib/domain/questions/family";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/bank-schema";

/** A question on its own sentence with its own answer word, unless told otherwise. */
function q(id: string, over: Partial<DrawQuestion> = {}): DrawQuestion {
  const word = `ans${id.replace(/\W/g, "")}`;
  return {
    id,
    kind: "short_answer",
    prompt: `Question ${id}?`,
    answer: word,
    acceptedAnswers: [],
    choices: null,
    items: null,
    pairs: null,
    explanation: `Because of ${word}.`,
    evidenceText: `Sentence ${id} says ${word}.`,
    factKey: null,
    ...over,
  };
}

const SEEDS = Array.from({ length: 60 }, (_, i) => i + 1);
const byId = (pool: DrawQuestion[]) => new Map(pool.map((x) => [x.id, x]));

/** Every rule, checked on a drawn quiz with the pure helpers (not the draw's own index). */
function breaches(pool: DrawQuestion[], drawn: string[]): string[] {
  const get = byId(pool);
  const out: string[] = [];
  const facts = new Set<string>();
  const sentences = new Set<string>();
  drawn.forEach((id, i) => {
    const x = get.get(id)!;
    const { factKey, sentenceKey } = familyOf(x);
    if (facts.has(factKey)) out.push(`${id}: second question of its fact`);
    if (sentences.has(sentenceKey)) out.push(`${id}: second question of its sentence`);
    facts.add(factKey);
    sentences.add(sentenceKey);
    for (const earlier of drawn.slice(0, i)) if (showsAnswerOf(get.get(earlier)!, x)) out.push(`${earlier} shows the answer of ${id}, asked after it`);
  });
  return out;
}

describe("spread and seed (as before the rules)", () => {
  const KINDS = [...QUESTION_KINDS];
  const candidates = KINDS.flatMap((kind, k) => Array.from({ length: k === 4 ? 2 : 12 }, (_, i) => q(`${kind}-${i}`, { kind })));

  test.each([1, 2, 3, 99, 12345])("a 10-question quiz over seven kinds asks every kind (seed %i)", (seed) => {
    const picked = drawQuiz(candidates, 10, seed);
    expect(picked).toHaveLength(10);
    expect(new Set(picked).size).toBe(10);
    expect(new Set(picked.map((id) => id.replace(/-\d+$/, "")))).toEqual(new Set(KINDS));
  });

  test("the same seed draws the same quiz in the same order; another seed another", () => {
    expect(drawQuiz(candidates, 10, 7)).toEqual(drawQuiz(candidates, 10, 7));
    expect(drawQuiz([...candidates].reverse(), 10, 7)).toEqual(drawQuiz(candidates, 10, 7));
    expect(drawQuiz(candidates, 10, 7)).not.toEqual(drawQuiz(candidates, 10, 8));
  });

  test("'all' takes every candidate once when no rule applies; fewer candidates than asked gives them all", () => {
    expect(drawQuiz(candidates, Infinity, 3).sort()).toEqual(candidates.map((c) => c.id).sort());
    expect(drawQuiz(candidates.slice(0, 3), 10, 3)).toHaveLength(3);
    expect(drawQuiz([], 10, 3)).toEqual([]);
  });
});

describe("one question per fact and per sentence", () => {
  test.each(SEEDS)("three forms of one fact (the fact key given, on different sentences): one is asked (seed %i)", (seed) => {
    const pool = [q("a", { factKey: "f-1" }), q("b", { factKey: "f-1", kind: "cloze" }), q("c", { factKey: "f-1", kind: "flashcard" }), q("d"), q("e")];
    const drawn = drawQuiz(pool, 10, seed);
    expect(drawn.filter((id) => ["a", "b", "c"].includes(id))).toHaveLength(1);
    expect(drawn).toEqual(expect.arrayContaining(["d", "e"]));
    expect(drawn).toHaveLength(3);
  });

  test.each(SEEDS)("questions on one sentence (other answers, its text in other case and spacing): one is asked (seed %i)", (seed) => {
    const s = "Babbage designed the engine in London in 1837.";
    const pool = [
      q("city", { evidenceText: s, answer: "London", explanation: "London." }),
      q("year", { evidenceText: `  ${s.toUpperCase()} `, answer: "1837", explanation: "1837.", kind: "cloze" }),
      q("who", { evidenceText: s.replace(/ /g, "  "), answer: "Babbage", explanation: "Babbage.", kind: "multiple_choice" }),
      q("other"),
    ];
    const drawn = drawQuiz(pool, 10, seed);
    expect(drawn.filter((id) => id !== "other")).toHaveLength(1);
    expect(drawn).toContain("other");
  });

  test("a row without a fact key is in the family its evidence and answer make", () => {
    const stored = q("x", { factKey: null, evidenceText: "Ada wrote it in 1843.", answer: "1843" });
    expect(factKeyFor(stored)).toBe(factKeyOf("Ada wrote it in 1843.", "1843"));
    expect(familyOf(stored)).toEqual({ factKey: factKeyOf("Ada wrote it in 1843.", "1843"), sentenceKey: sentenceKeyOf("Ada wrote it in 1843.") });
    expect(factKeyFor({ ...stored, factKey: "f-given" })).toBe("f-given");
  });

  test.each([
    { label: "same evidence and answer: the stored key stays", after: { evidenceText: "E.", answer: "A" }, expected: "f-generator" },
    { label: "a new answer: keyed afresh", after: { evidenceText: "E.", answer: "B" }, expected: factKeyOf("E.", "B") },
    { label: "new evidence: keyed afresh", after: { evidenceText: "F.", answer: "A" }, expected: factKeyOf("F.", "A") },
  ])("an edit: $label", ({ after, expected }) => {
    expect(factKeyAfterEdit({ factKey: "f-generator", evidenceText: "E.", answer: "A" }, after)).toBe(expected);
    expect(factKeyAfterEdit(null, after)).toBe(factKeyOf(after.evidenceText, after.answer));
  });
});

describe("no question after one that shows its answer", () => {
  test.each([
    { label: "the prompt, whole word", earlier: { prompt: "Who met in Shusha in 2021?" }, later: { answer: "Shusha" }, shows: true },
    { label: "another case and diacritics", earlier: { prompt: "Which country signed with TURKIYE?" }, later: { answer: "Türkiye" }, shows: true },
    { label: "an accepted answer", earlier: { explanation: "Turkey and Azerbaijan signed." }, later: { answer: "Türkiye", acceptedAnswers: ["Turkey"] }, shows: true },
    { label: "a choice", earlier: { kind: "multiple_choice" as QuestionKind, choices: ["Baku", "Ankara", "Shusha"] }, later: { answer: "Ankara" }, shows: true },
    { label: "the explanation (the feedback)", earlier: { explanation: "The declaration was signed in Shusha." }, later: { answer: "Shusha" }, shows: true },
    { label: "the evidence quote", earlier: { evidenceText: "They met in Shusha." }, later: { answer: "shusha" }, shows: true },
    { label: "a phrase, as a whole", earlier: { prompt: "The Supreme Council met." }, later: { answer: "the Supreme Council" }, shows: true },
    { label: "part of a word is not a word", earlier: { prompt: "Where did the Ankaran delegation start?" }, later: { answer: "Ankara" }, shows: false },
    { label: "a phrase split by other words", earlier: { prompt: "The Council, supreme in law, met." }, later: { answer: "Supreme Council" }, shows: false },
    { label: "a true/false answer is a verdict", earlier: { prompt: "Is it true that they met?" }, later: { kind: "true_false" as QuestionKind, answer: "true" }, shows: false },
    { label: "an ordering answer is an order", earlier: { prompt: "Baku, then Ankara, then Shusha." }, later: { kind: "ordering" as QuestionKind, answer: "Baku → Ankara → Shusha", items: ["Baku", "Ankara", "Shusha"] }, shows: false },
    {
      label: "a matching right-hand side is an answer",
      earlier: { prompt: "Which city hosted it? Shusha." },
      later: { kind: "matching" as QuestionKind, answer: "2021 → Shusha", pairs: [{ left: "2021", right: "Shusha" }, { left: "2020", right: "Baku" }, { left: "1991", right: "Ankara" }] },
      shows: true,
    },
  ])("$label", ({ earlier, later, shows }) => {
    expect(showsAnswerOf(q("e", earlier), q("l", later))).toBe(shows);
  });

  test("what a question shows: prompt, choices, items, pairs, the answer, accepted answers, explanation, evidence", () => {
    const shown = textsShownBy(q("m", { kind: "matching", prompt: "P", answer: "A", acceptedAnswers: ["A2"], choices: ["C"], items: ["I"], pairs: [{ left: "L", right: "R" }], explanation: "X", evidenceText: "E" }));
    expect(shown).toEqual(["P", "C", "I", "L", "R", "A", "A2", "X", "E"]);
  });

  test.each(SEEDS)("a question whose answer another shows is asked first (seed %i)", (seed) => {
    const pool = [q("a", { explanation: "It happened in Shusha." }), q("b", { answer: "Shusha" })];
    expect(drawQuiz(pool, 10, seed)).toEqual(["b", "a"]);
  });

  test.each(SEEDS)("two questions that show each other's answers: one is asked (seed %i)", (seed) => {
    const pool = [q("a", { answer: "Baku", explanation: "Not Ankara but Baku." }), q("b", { answer: "Ankara", explanation: "Ankara, not Baku." })];
    expect(drawQuiz(pool, 10, seed)).toHaveLength(1);
  });

  test.each(SEEDS)("a circle of three (a shows b's, b shows c's, c shows a's): two are asked, in an order that shows nothing (seed %i)", (seed) => {
    const pool = [q("a", { answer: "alpha", prompt: "Near beta?" }), q("b", { answer: "beta", prompt: "Near gamma?" }), q("c", { answer: "gamma", prompt: "Near alpha?" })];
    const drawn = drawQuiz(pool, 10, seed);
    expect(drawn).toHaveLength(2);
    expect(breaches(pool, drawn)).toEqual([]);
  });
});

describe("a short pool", () => {
  test("twelve questions on three sentences make a quiz of three, not ten", () => {
    const pool = Array.from({ length: 12 }, (_, i) => q(`q${i}`, { evidenceText: `Sentence ${i % 3}.` }));
    expect(drawQuiz(pool, 10, 5)).toHaveLength(3);
  });
});

describe("every rule holds on a crowded pool", () => {
  // Forty questions on fifteen sentences, answers drawn from a small set of names that the prompts and
  // explanations keep mentioning, families shared: most pairs of questions break some rule.
  const NAMES = ["Baku", "Ankara", "Shusha", "Türkiye", "Azerbaijan", "Aliyev", "Erdoğan", "2021", "the Supreme Council", "Karabakh"];
  const KINDS: QuestionKind[] = ["multiple_choice", "cloze", "short_answer", "flashcard", "true_false", "matching", "ordering"];
  const pool: DrawQuestion[] = Array.from({ length: 40 }, (_, i) => {
    const answer = NAMES[(i * 7) % NAMES.length]!;
    const mention = NAMES[(i * 3 + 1) % NAMES.length]!;
    const kind = KINDS[i % KINDS.length]!;
    return q(`c${i}`, {
      kind,
      answer: kind === "true_false" ? "true" : answer,
      prompt: `What about ${mention}?`,
      explanation: `${i % 4 === 0 ? answer : mention} is in the text.`,
      evidenceText: `Sentence ${i % 15} mentions ${mention}.`,
      choices: kind === "multiple_choice" ? [answer, NAMES[(i + 2) % NAMES.length]!, NAMES[(i + 5) % NAMES.length]!] : null,
      pairs: kind === "matching" ? [{ left: "x", right: answer }, { left: "y", right: mention }, { left: "z", right: "Nowhere" }] : null,
      factKey: i % 5 === 0 ? "f-shared" : null,
    });
  });

  test.each(Array.from({ length: 200 }, (_, i) => i + 1))("seed %i: no second question of a fact or sentence, no answer shown before its question", (seed) => {
    const drawn = drawQuiz(pool, 10, seed);
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(breaches(pool, drawn)).toEqual([]);
  });

  test("'all' obeys the same rules", () => {
    const drawn = drawQuiz(pool, Infinity, 9);
    expect(breaches(pool, drawn)).toEqual([]);
  });
});

describe("true/false: a learner who answers 'true' every time is right about half the time", () => {
  // A bank holds more true statements than false ones; drawn as they came, four in five asked were true.
  const pool = [
    ...Array.from({ length: 24 }, (_, i) => q(`t${i}`, { kind: "true_false", answer: "true", prompt: `Statement t${i}.` })),
    ...Array.from({ length: 8 }, (_, i) => q(`f${i}`, { kind: "true_false", answer: "false", prompt: `Statement f${i}.` })),
    ...Array.from({ length: 30 }, (_, i) => q(`s${i}`)),
  ];
  const get = byId(pool);
  test("over many quizzes the true statements asked are near half, though the pool is three quarters true", () => {
    let asked = 0;
    let trues = 0;
    for (let seed = 1; seed <= 400; seed++) {
      for (const id of drawQuiz(pool, 10, seed)) {
        const x = get.get(id)!;
        if (x.kind !== "true_false") continue;
        asked++;
        if (x.answer === "true") trues++;
      }
    }
    expect(asked).toBeGreaterThan(400);
    expect(trues / asked).toBeGreaterThan(0.4);
    expect(trues / asked).toBeLessThan(0.6);
  });
  test("a coin, not turns: some quizzes ask two true statements and no false one", () => {
    const tfOnly = pool.filter((x) => x.kind === "true_false");
    const patterns = new Set(SEEDS.map((seed) => drawQuiz(tfOnly, 2, seed).map((id) => get.get(id)!.answer).sort().join(",")));
    expect(patterns).toEqual(new Set(["false,true", "true,true", "false,false"]));
  });
  test("when the false ones run out, the true ones still fill the quiz", () => {
    const tfOnly = pool.filter((x) => x.kind === "true_false");
    expect(drawQuiz(tfOnly, 20, 7)).toHaveLength(20);
  });
});
