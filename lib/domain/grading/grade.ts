/**
 * Owns the verdict on one quiz response: response + question -> verdict.
 * Pure: no I/O, no clock, no database; the caller has already parsed the
 * response with QuizResponseInputSchema.
 *
 * The rules, per kind:
 *
 * - cloze, short_answer (all or nothing). Both sides are reduced with
 *   normaliseAnswer (case, whitespace, punctuation, diacritics, curly quotes
 *   and one leading article do not matter) and compared without spaces. A
 *   match with the answer is "exact", with one of acceptedAnswers "accepted".
 *   Otherwise a small typo is forgiven ("typo") when the edit distance
 *   (optimal string alignment, so a swap of neighbours is one edit) to the
 *   answer or an accepted form is within typoAllowance of that form: 0 edits
 *   up to 4 letters, 1 up to 8, 2 beyond. Never in numbers: the numbers in
 *   the response must be exactly those of the form, in the same order.
 *   A forgiven typo is still wrong when the response is at least as close to
 *   a confusable (another choice, another name from the article) as to the
 *   answer: the grader cannot tell which one the learner meant, and "Gambia"
 *   typed for "Zambia" is a different country, not a slip. Ties count as
 *   wrong for the same reason.
 * - multiple_choice (all or nothing): the chosen option text equals the
 *   answer exactly after trimming; choices come from the server's own list.
 * - true_false (all or nothing): the boolean against the stored "true"/"false".
 * - flashcard (all or nothing): self-assessed, { knew } is the verdict.
 * - ordering (partial credit): credit = max(0, Kendall's tau) between the
 *   learner's order and the correct one, i.e. (pairs of items in the right
 *   relative order − pairs in the wrong order) / all pairs, floored at 0. It
 *   is 1 only for exactly the right order. Plain "share of pairs in order"
 *   would pay about half credit for a random shuffle (and 1/3 or 2/3 for any
 *   wrong order of three items); tau pays 0 on average for guessing, 0 for a
 *   reversed or worse-than-chance order, and for one swap of neighbours in n
 *   items 1 − 4 / (n(n − 1)): 1/3 for 3 items, 2/3 for 4, 0.8 for 5, 13/15 for 6.
 * - matching (partial credit): credit = share of the question's pairs the
 *   learner matched correctly. A random matching gets about one pair right,
 *   so chance earns about 1/n without correction.
 *
 * "correct" is true only for full credit; outcome is "partial" for any credit
 * strictly between 0 and 1.
 */
import { editDistance } from "./distance";
import { compactForm, normaliseAnswer, numbersIn, typoAllowance } from "./normalise";
import { checkResponseFits, storedBoolean, type GradableQuestion, type QuizResponseInput, type QuizResponseOf } from "./responses";

export type GradeOutcome = "exact" | "accepted" | "typo" | "partial" | "wrong";

export type Verdict = {
  correct: boolean;
  /** 0..1; 1 exactly when correct. */
  credit: number;
  outcome: GradeOutcome;
  /** For a right typed answer: the form (the answer or an accepted alternative, as written in the question) it matched. */
  matched?: string;
  /** Short feedback for the learner, e.g. "Almost — watch the spelling: Sırakaya". */
  note?: string;
};

/** A verdict, or why the response cannot be graded against this question (it does not fit it). */
export type GradeResult = { ok: true; verdict: Verdict } | { ok: false; error: string };

export type GradeOptions = {
  /**
   * Other answers a typo could turn this one into: the question's other
   * choices, other names and terms from the article. A response at least as
   * close to one of these as to the answer is wrong. Entries that normalise
   * to the answer or an accepted form are ignored.
   */
  confusables?: readonly string[];
};

/**
 * Whether confusables could change `verdict`, given without them: they only
 * ever turn a forgiven typo into wrong (see gradeTyped), so any other verdict
 * is final. A caller that reads them from storage grades first and reads them
 * only for a typo; grading again with them gives what grading with them at
 * once would have.
 */
export function confusablesCanChange(verdict: Verdict): boolean {
  return verdict.outcome === "typo";
}

/**
 * The verdict on `response` to `question`, or an error when the response does
 * not fit the question (see checkResponseFits). `response` is what
 * QuizResponseInputSchema parsed: choices, items and sides already trimmed.
 */
export function gradeResponse(question: GradableQuestion, response: QuizResponseInput, options: GradeOptions = {}): GradeResult {
  const fit = checkResponseFits(question, response);
  if (!fit.ok) return fit;
  return { ok: true, verdict: verdictFor(question, response, options) };
}

function verdictFor(question: GradableQuestion, response: QuizResponseInput, options: GradeOptions): Verdict {
  switch (response.kind) {
    case "cloze":
    case "short_answer":
      if (response.dontKnow) return { ...WRONG, note: "You chose “I don't know”: this one comes back soon." };
      return gradeTyped(question, response.text, options.confusables ?? []);
    case "multiple_choice":
      return allOrNothing(response.choice === question.answer.trim());
    case "true_false":
      return allOrNothing(response.value === storedBoolean(question.answer));
    case "flashcard":
      return allOrNothing(response.knew);
    case "ordering":
      return gradeOrdering(question.items ?? [], response);
    case "matching":
      return gradeMatching(question.pairs ?? [], response);
  }
}

const RIGHT: Verdict = { correct: true, credit: 1, outcome: "exact" };
const WRONG: Verdict = { correct: false, credit: 0, outcome: "wrong" };

function allOrNothing(right: boolean): Verdict {
  return right ? { ...RIGHT } : { ...WRONG };
}

type Form = { text: string; normalised: string; key: string };

function formOf(text: string): Form {
  const normalised = normaliseAnswer(text);
  return { text, normalised, key: compactForm(normalised) };
}

function gradeTyped(question: GradableQuestion, text: string, confusables: readonly string[]): Verdict {
  const given = formOf(text);
  if (given.key === "") return { ...WRONG, note: "No answer given." };

  // The answer first, so a response that matches both it and an alternative counts as exact.
  const answer = formOf(question.answer);
  const targets = [answer, ...question.acceptedAnswers.map(formOf)].filter((t) => t.key !== "");

  const same = targets.find((t) => t.key === given.key);
  if (same) {
    return same === answer
      ? { ...RIGHT, matched: question.answer }
      : { correct: true, credit: 1, outcome: "accepted", matched: same.text, note: `Accepted — the expected answer is “${question.answer}”.` };
  }

  const givenNumbers = numbersIn(given.normalised).join(" ");
  let best: { form: Form; distance: number } | null = null;
  for (const target of targets) {
    const allowance = typoAllowance(target.normalised);
    if (allowance === 0 || numbersIn(target.normalised).join(" ") !== givenNumbers) continue;
    const distance = editDistance(given.key, target.key, allowance);
    if (distance <= allowance && (best === null || distance < best.distance)) best = { form: target, distance };
  }

  if (best === null) {
    const numberSlip = targets.some((t) => isNumberSlip(given, t));
    return numberSlip ? { ...WRONG, note: "Check the number: numbers and years have to be exact." } : { ...WRONG };
  }

  const targetKeys = new Set(targets.map((t) => t.key));
  for (const other of confusables) {
    const rival = formOf(other);
    if (rival.key === "" || targetKeys.has(rival.key)) continue;
    if (editDistance(given.key, rival.key, best.distance) <= best.distance) {
      return { ...WRONG, note: `That is closer to “${other.trim()}”, which is a different answer.` };
    }
  }

  return {
    correct: true,
    credit: 1,
    outcome: "typo",
    matched: best.form.text,
    note: `Almost — watch the spelling: ${best.form.text.trim()}`,
  };
}

/** The letters are (nearly) right but a number differs: worth telling the learner why a near miss failed. */
function isNumberSlip(given: Form, target: Form): boolean {
  const targetNumbers = numbersIn(target.normalised);
  if (targetNumbers.length === 0 || targetNumbers.join(" ") === numbersIn(given.normalised).join(" ")) return false;
  const withoutDigits = (key: string) => key.replace(/[\d.]/g, "");
  const allowance = typoAllowance(target.normalised);
  return editDistance(withoutDigits(given.key), withoutDigits(target.key), allowance) <= allowance;
}

function gradeOrdering(items: readonly string[], response: QuizResponseOf<"ordering">): Verdict {
  const position = new Map(items.map((item, i) => [item.trim(), i]));
  // checkResponseFits guarantees every entry is an item, once.
  const ranks = response.order.map((item) => position.get(item) ?? -1);
  let inOrder = 0;
  let total = 0;
  for (let i = 0; i < ranks.length; i++) {
    for (let j = i + 1; j < ranks.length; j++) {
      total++;
      if (ranks[i]! < ranks[j]!) inOrder++;
    }
  }
  if (inOrder === total) return { ...RIGHT };
  // Credit is Kendall's tau: pairs in order minus pairs reversed, over all pairs, so a random order earns about 0.
  // The note spells out that sum so the percentage beside it reads as its result, not a contradiction.
  const reversed = total - inOrder;
  const tau = (inOrder - reversed) / total;
  const credit = Math.max(0, tau);
  const pairs = `${inOrder} of ${total} pairs of items are in the right order and ${reversed} ${reversed === 1 ? "is" : "are"} reversed`;
  return partial(
    credit,
    credit > 0
      ? `${pairs}: credit is (${inOrder} − ${reversed}) ÷ ${total} = ${percentOf(credit)}.`
      : `${pairs}: no credit, since a random order gets about as many pairs right (credit is pairs in order minus pairs reversed, over all pairs).`,
  );
}

function gradeMatching(pairs: readonly { left: string; right: string }[], response: QuizResponseOf<"matching">): Verdict {
  const rightFor = new Map(pairs.map((p) => [p.left.trim(), p.right.trim()]));
  const matched = response.pairs.filter((p) => rightFor.get(p.left) === p.right).length;
  if (matched === pairs.length) return { ...RIGHT };
  return partial(matched / pairs.length, `${matched} of ${pairs.length} pairs are matched correctly: credit ${percentOf(matched / pairs.length)}.`);
}

/** A credit as the score shows it: the one rounding every page uses. */
export function percentOf(credit: number): string {
  return `${Math.round(credit * 100)}%`;
}

function partial(credit: number, note: string): Verdict {
  return { correct: false, credit, outcome: credit > 0 ? "partial" : "wrong", note };
}
