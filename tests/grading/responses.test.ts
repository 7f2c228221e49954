import { describe, expect, test } from "vitest";
import { checkResponseFits, gradeResponse, QuizResponseInputSchema, type GradableQuestion, type QuizResponseInput } from "@/lib/domain/grading";
import { HISTORY_ITEMS, HISTORY_ORDERING, LIBERATION_TF, PAKISTAN, ROLE_PAIRS, ROLES_MATCHING, SIGNATORY_MC, TURKIYE } from "./fixtures";

describe("QuizResponseInputSchema accepts what our quiz screen sends", () => {
  test.each([
    { label: "a choice", input: { kind: "multiple_choice", choice: "  Zafer Sırakaya " }, parsed: { kind: "multiple_choice", choice: "Zafer Sırakaya" } },
    { label: "true/false", input: { kind: "true_false", value: false }, parsed: { kind: "true_false", value: false } },
    { label: "a typed cloze answer", input: { kind: "cloze", text: "road map" }, parsed: { kind: "cloze", text: "road map" } },
    { label: "a blank short answer (a wrong answer, not malformed)", input: { kind: "short_answer", text: "" }, parsed: { kind: "short_answer", text: "" } },
    { label: "an ordering", input: { kind: "ordering", order: ["b", "a", "c"] }, parsed: { kind: "ordering", order: ["b", "a", "c"] } },
    { label: "a matching", input: { kind: "matching", pairs: [{ left: "x", right: "y" }] }, parsed: { kind: "matching", pairs: [{ left: "x", right: "y" }] } },
    { label: "a flashcard self-assessment", input: { kind: "flashcard", knew: true }, parsed: { kind: "flashcard", knew: true } },
  ])("$label", ({ input, parsed }) => {
    const result = QuizResponseInputSchema.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(parsed);
  });
});

describe("QuizResponseInputSchema refuses malformed input", () => {
  const long = "x".repeat(501);
  test.each([
    { label: "not an object", input: "Türkiye" },
    { label: "null", input: null },
    { label: "no kind", input: { text: "Türkiye" } },
    { label: "an unknown kind", input: { kind: "essay", text: "Türkiye" } },
    { label: "a field of another kind", input: { kind: "short_answer", choice: "Türkiye" } },
    { label: "an extra field", input: { kind: "short_answer", text: "Türkiye", correct: true } },
    { label: "typed text over 500 characters", input: { kind: "cloze", text: long } },
    { label: "typed text that is not a string", input: { kind: "cloze", text: 2009 } },
    { label: "an empty choice", input: { kind: "multiple_choice", choice: "   " } },
    { label: "a choice over 500 characters", input: { kind: "multiple_choice", choice: long } },
    { label: "true/false as a string", input: { kind: "true_false", value: "true" } },
    { label: "flashcard without knew", input: { kind: "flashcard" } },
    { label: "an empty ordering", input: { kind: "ordering", order: [] } },
    { label: "an ordering of 11 items", input: { kind: "ordering", order: Array.from({ length: 11 }, (_, i) => `item ${i}`) } },
    { label: "an ordering item over 500 characters", input: { kind: "ordering", order: ["a", long] } },
    { label: "an ordering of numbers", input: { kind: "ordering", order: [1, 2, 3] } },
    { label: "a matching of 11 pairs", input: { kind: "matching", pairs: Array.from({ length: 11 }, (_, i) => ({ left: `l${i}`, right: `r${i}` })) } },
    { label: "a matching pair without a right side", input: { kind: "matching", pairs: [{ left: "x" }] } },
    { label: "a matching pair with an extra field", input: { kind: "matching", pairs: [{ left: "x", right: "y", score: 1 }] } },
    { label: "a matching as an object, not a list", input: { kind: "matching", pairs: { x: "y" } } },
  ])("$label", ({ input }) => {
    expect(QuizResponseInputSchema.safeParse(input).success).toBe(false);
  });
});

describe("checkResponseFits refuses a response that does not answer the question", () => {
  const [a, b, c, d, e] = HISTORY_ITEMS as unknown as string[];
  const [p1, p2, p3, p4] = ROLE_PAIRS;
  test.each([
    { label: "a response for another kind", q: PAKISTAN, response: { kind: "multiple_choice", choice: "Pakistan" }, error: "This is a “Short answer” question, but the answer is for a “Multiple choice” question." },
    { label: "a foreign choice", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "Ilham Aliyev" }, error: "“Ilham Aliyev” is not one of this question's choices." },
    { label: "a choice that differs only in case", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "recep tayyip erdoğan" }, error: "“recep tayyip erdoğan” is not one of this question's choices." },
    { label: "a choice for a question without choices", q: { ...SIGNATORY_MC, choices: null }, response: { kind: "multiple_choice", choice: "Recep Tayyip Erdoğan" }, error: "This multiple-choice question has no choices to pick from." },
    { label: "a true/false question with a bad stored answer", q: { ...LIBERATION_TF, answer: "yes" }, response: { kind: "true_false", value: true }, error: "This true/false question has no stored answer of true or false." },
    { label: "an ordering missing an item", q: HISTORY_ORDERING, response: { kind: "ordering", order: [a!, b!, c!, d!] }, error: `The order is not a rearrangement of this question's items: “${e}” is missing.` },
    { label: "an ordering with an item twice", q: HISTORY_ORDERING, response: { kind: "ordering", order: [a!, b!, c!, d!, d!] }, error: `The order is not a rearrangement of this question's items: “${d}” appears more than once.` },
    { label: "an ordering with a foreign item", q: HISTORY_ORDERING, response: { kind: "ordering", order: [a!, b!, c!, d!, "Second Karabakh War"] }, error: "The order is not a rearrangement of this question's items: “Second Karabakh War” is not one of its items." },
    { label: "a matching with a foreign left side", q: ROLES_MATCHING, response: { kind: "matching", pairs: [p1!, p2!, p3!, { left: "Abdullah Gül", right: p4!.right }] }, error: "The matching does not pair up this question's left sides: “Abdullah Gül” is not one of its left sides." },
    { label: "a matching missing a left side", q: ROLES_MATCHING, response: { kind: "matching", pairs: [p1!, p2!, p3!] }, error: `The matching does not pair up this question's left sides: “${p4!.left}” is missing.` },
    { label: "a matching using a right side twice", q: ROLES_MATCHING, response: { kind: "matching", pairs: [p1!, p2!, p3!, { left: p4!.left, right: p1!.right }] }, error: `The matching does not use each of this question's right sides once: “${p1!.right}” appears more than once.` },
    { label: "a matching with a foreign right side", q: ROLES_MATCHING, response: { kind: "matching", pairs: [p1!, p2!, p3!, { left: p4!.left, right: "Prime Minister" }] }, error: "The matching does not use each of this question's right sides once: “Prime Minister” is not one of its right sides." },
  ] satisfies { label: string; q: GradableQuestion; response: QuizResponseInput; error: string }[])("$label", ({ q, response, error }) => {
    expect(checkResponseFits(q, response)).toEqual({ ok: false, error });
    // gradeResponse runs the same check and returns the error instead of a verdict.
    expect(gradeResponse(q, response)).toEqual({ ok: false, error });
  });

  test.each([
    { label: "a typed answer", q: TURKIYE, response: { kind: "short_answer", text: "anything" } },
    { label: "one of the choices", q: SIGNATORY_MC, response: { kind: "multiple_choice", choice: "Abdullah Gül" } },
    { label: "a permutation of the items", q: HISTORY_ORDERING, response: { kind: "ordering", order: [e!, d!, c!, b!, a!] } },
    { label: "every left side with a distinct right side", q: ROLES_MATCHING, response: { kind: "matching", pairs: [p4!, p3!, p2!, p1!] } },
  ] satisfies { label: string; q: GradableQuestion; response: QuizResponseInput }[])("fits: $label", ({ q, response }) => {
    expect(checkResponseFits(q, response)).toEqual({ ok: true });
  });
});

test("a parsed untrusted payload grades end to end", () => {
  const parsed = QuizResponseInputSchema.safeParse(JSON.parse('{"kind":"short_answer","text":"  TURKIYE  "}'));
  expect(parsed.success).toBe(true);
  expect(gradeResponse(TURKIYE, parsed.data!)).toEqual({
    ok: true,
    verdict: { correct: true, credit: 1, outcome: "exact", matched: "Türkiye" },
  });
});
