// Owns the "rank and select" pass: which passing candidates become active.
//   - One fact, one family: at most two active forms per fact, of different
//     kinds and different prompts (the rest are drafts, reason "sibling").
//   - A sentence carries at most MAX_PER_SENTENCE active questions, facts taken
//     by importance, so a long sentence does not become five near-identical items.
//   - No two active questions share a prompt anywhere in the article, and no key answers more than
//     MAX_PER_ANSWER of them (a learner asked for "Sears" a third time learns nothing new).
//   - Ordering and matching questions, which rest on several sentences, are kept apart.
import type { Candidate } from "./candidate";
import { seededInts } from "./quantities/seed";
import { normalize } from "./text";

export const MAX_PER_FACT = 2;
export const MAX_PER_SENTENCE = 5;
/** The same key answers at most this many active questions in an article ("Sears" thrice, "Chury" five times read as one question). */
export const MAX_PER_ANSWER = 3;
/** Second forms of facts are added while the article's mean per used sentence stays at or under this. */
export const MEAN_PER_SENTENCE = 2.45;

const MULTI = new Set(["ordering", "matching"]);

/**
 * Active candidates, chosen from `ranked` (best first), in two rounds: every
 * fact's best form first (so a sentence's places go to different facts), then
 * second forms. Marks the reasons of those left out.
 */
export function selectActive(ranked: Candidate[]): Set<Candidate> {
  const selected = new Set<Candidate>();
  const prompts = new Set<string>();
  const perFact = new Map<string, Candidate[]>();
  const perSentence = new Map<number, number>();
  const factOf = (c: Candidate) => c.factKey ?? `${c.sentence.index}|${normalize(c.answer)}`;
  const blocked = new Map<Candidate, "near-duplicate" | "sibling" | "not-selected">();
  const kindCount = new Map<string, number>();
  const perAnswer = new Map<string, number>();
  const answerOf = (c: Candidate) => (c.kind === "true_false" ? null : normalize(c.answer));
  let single = 0; // active questions resting on one sentence
  for (const round of [1, 2]) {
    // Second forms go to the kinds the article has least of, so quizzes of every kind can be drawn.
    const order =
      round === 1
        ? ranked
        : ranked
            .map((c, i) => ({ c, i, s: c.score - 0.4 * ((kindCount.get(c.kind) ?? 0) / Math.max(1, selected.size)) }))
            .sort((x, y) => y.s - x.s || x.i - y.i)
            .map((x) => x.c);
    for (const c of order) {
      if (c.rejectReasons.length || selected.has(c)) continue;
      if (MULTI.has(c.kind)) {
        selected.add(c);
        continue;
      }
      const p = normalize(c.prompt);
      if (prompts.has(p)) {
        blocked.set(c, "near-duplicate");
        continue;
      }
      const family = perFact.get(factOf(c)) ?? [];
      if (round === 1 && family.length >= 1) continue;
      if (family.length >= MAX_PER_FACT || family.some((x) => x.kind === c.kind)) {
        blocked.set(c, "sibling");
        continue;
      }
      const ak = answerOf(c);
      if (ak && (perAnswer.get(ak) ?? 0) >= MAX_PER_ANSWER) {
        blocked.set(c, family.length ? "sibling" : "not-selected");
        continue;
      }
      const n = perSentence.get(c.sentence.index) ?? 0;
      // second forms, and a sentence's fourth fact, only while the article's mean stays in budget
      const overBudget = (round === 2 || n >= 3) && (single + 1) / Math.max(1, perSentence.size) > MEAN_PER_SENTENCE;
      if (n >= MAX_PER_SENTENCE || overBudget) {
        blocked.set(c, family.length ? "sibling" : "not-selected");
        continue;
      }
      selected.add(c);
      blocked.delete(c);
      prompts.add(p);
      family.push(c);
      perFact.set(factOf(c), family);
      perSentence.set(c.sentence.index, n + 1);
      kindCount.set(c.kind, (kindCount.get(c.kind) ?? 0) + 1);
      if (ak) perAnswer.set(ak, (perAnswer.get(ak) ?? 0) + 1);
      single++;
    }
  }
  // True and false statements in balance: a sentence's true statement gives its place to a false one of the
  // same sentence while the article has more true ones (a false one needs a figure or a name to swap, so they
  // are fewer, and a bank of true ones lets "true" score without reading).
  const isTF = (c: Candidate, answer: string) => c.kind === "true_false" && c.answer === answer;
  let trues = 0;
  let falses = 0;
  // (the active true statement of each sentence, looked up once: the article may have thousands of candidates)
  const trueOf = new Map<number, Candidate>();
  for (const c of selected) {
    if (isTF(c, "true")) {
      trues++;
      if (!trueOf.has(c.sentence.index)) trueOf.set(c.sentence.index, c);
    } else if (isTF(c, "false")) falses++;
  }
  for (const c of ranked) {
    if (trues <= falses + 1) break;
    if (!isTF(c, "false") || c.rejectReasons.length || selected.has(c) || prompts.has(normalize(c.prompt))) continue;
    const family = perFact.get(factOf(c)) ?? [];
    if (family.length >= MAX_PER_FACT || family.some((x) => x.kind === "true_false")) continue;
    const given = trueOf.get(c.sentence.index);
    if (!given) continue;
    trueOf.delete(c.sentence.index);
    selected.delete(given);
    blocked.set(given, "sibling");
    const givenFamily = perFact.get(factOf(given))!;
    givenFamily.splice(givenFamily.indexOf(given), 1);
    prompts.delete(normalize(given.prompt));
    selected.add(c);
    blocked.delete(c);
    family.push(c);
    perFact.set(factOf(c), family);
    prompts.add(normalize(c.prompt));
    trues--;
    falses++;
  }
  for (const [c, reason] of blocked) if (!selected.has(c)) c.rejectReasons.push(reason);
  return selected;
}

/**
 * The key's rank among a numeric question's sorted choices, balanced over the
 * article: each seed alone draws a rank at random, and a few dozen draws
 * still leave "the smallest" right a third of the time (30/28/16/13 over the
 * corpus). The active numeric multiple-choice questions, in reading order, take
 * ranks in blocks of four, each block a seeded shuffle of 0..3, so every rank
 * is the answer equally often and the next one cannot be foretold.
 */
export function balanceNumericRanks(active: Iterable<Candidate>, seed: string): void {
  const numeric = [...active]
    .filter((c) => c.kind === "multiple_choice" && c.choicesAtRank)
    .sort((x, y) => x.sentence.start - y.sentence.start || (x.prompt < y.prompt ? -1 : x.prompt > y.prompt ? 1 : 0) || (x.answer < y.answer ? -1 : 1));
  for (let i = 0; i < numeric.length; i += 4) {
    const next = seededInts(`${seed}|ranks|${i / 4}`);
    const ranks = [0, 1, 2, 3];
    for (let j = ranks.length - 1; j > 0; j--) {
      const k = next() % (j + 1);
      [ranks[j], ranks[k]] = [ranks[k]!, ranks[j]!];
    }
    numeric.slice(i, i + 4).forEach((c, j) => {
      const choices = c.choicesAtRank!(ranks[j]!);
      if (choices) c.choices = choices;
    });
  }
}
