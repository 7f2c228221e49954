// Owns which questions a quiz asks, and in what order: a seeded draw that
// spreads the quiz over the chosen kinds (round robin across kinds, each
// kind's questions shuffled), under the rules of "one fact, one family":
//
// 1. at most one question per fact (its fact key);
// 2. at most one question per evidence sentence (its sentence key);
// 3. no question comes after one that shows its answer. What a question
//    shows is its prompt, its choices, items and pairs, and the feedback
//    after answering it (the right answer, the accepted answers, the
//    explanation and the evidence quote). "Shows its answer" is a whole-word
//    match in the grader's normal form (case, punctuation and diacritics
//    ignored) of one of the later question's answer terms (the kind's
//    own: none for true/false and ordering, each right-hand side for
//    matching; lib/domain/kinds).
//
// The draw takes candidates in round-robin order and keeps one unless it
// breaks rule 1 or 2, or rule 3 in every order (two questions that show each
// other's answers, or a longer circle of them); a candidate that only needs
// to come before the one that shows its answer is kept and placed earlier.
// A pool that runs short makes a shorter quiz, never a leaky one. The order
// is the seeded shuffle of the kept questions, changed only as far as rule 3
// needs. Retrying mistakes draws with the same rules. Pure and deterministic:
// the same pool and seed give the same quiz.
import type { QuestionContent } from "@/lib/domain/questions/bank-schema";
import { familyOf, type Family } from "@/lib/domain/questions/family";
import { normaliseAnswer, normaliseText } from "@/lib/domain/grading";
import { answerTerms } from "@/lib/domain/kinds";
import { seededRandom, seedFrom, shuffleWithSeed } from "./shuffle";

/** A quizzable question as the draw reads it. */
export type DrawQuestion = Pick<QuestionContent, "kind" | "prompt" | "answer" | "acceptedAnswers" | "choices" | "items" | "pairs" | "explanation" | "evidenceText"> & {
  id: string;
  /** Null or absent on rows stored before fact keys: made from the evidence and the answer. */
  factKey?: string | null;
};

/** Everything a learner reads of a question, before and after answering it. */
export function textsShownBy(q: DrawQuestion): string[] {
  return [
    q.prompt,
    ...(q.choices ?? []),
    ...(q.items ?? []),
    ...(q.pairs ?? []).flatMap((p) => [p.left, p.right]),
    q.answer,
    ...q.acceptedAnswers,
    q.explanation,
    q.evidenceText,
  ];
}

type Entry = {
  q: DrawQuestion;
  fact: string;
  sentence: string;
  /** Normalised shown texts, padded with a space each side for whole-word search. */
  shown: string[];
  /** Normalised answer terms (none for true/false and ordering). */
  answers: string[];
  /** Distinct words of `shown`. */
  words: Set<string>;
};

/** Memoised by its argument: a draw meets the same sentence, explanation and names again and again. */
function memo(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = f(s);
      seen.set(s, v);
    }
    return v;
  };
}

type Readers = { text: (s: string) => string; answer: (s: string) => string; family: (q: DrawQuestion) => Family };

/** One draw's readers of text, answers and families, each string read once. */
function readers(): Readers {
  const families = new Map<string, Family>();
  return {
    text: memo(normaliseText),
    answer: memo(normaliseAnswer),
    family: (q) => {
      const key = `${q.factKey ?? ""}\u0000${q.evidenceText}\u0000${q.answer}`;
      let family = families.get(key);
      if (!family) {
        family = familyOf(q);
        families.set(key, family);
      }
      return family;
    },
  };
}

function entryOf(q: DrawQuestion, read: Readers = readers()): Entry {
  const { factKey, sentenceKey } = read.family(q);
  const shown = textsShownBy(q)
    .map(read.text)
    .filter((t) => t !== "")
    .map((t) => ` ${t} `);
  const answers = [...new Set(answerTerms(q).map(read.answer))].filter((a) => a !== "");
  return { q, fact: factKey, sentence: sentenceKey, shown, answers, words: new Set(shown.flatMap((t) => t.trim().split(" "))) };
}

const showsTerm = (e: Entry, term: string) => e.shown.some((t) => t.includes(` ${term} `));

/** Whether `earlier`, asked first, shows an answer of `later` (rule 3). */
export function showsAnswerOf(earlier: DrawQuestion, later: DrawQuestion): boolean {
  if (earlier.id === later.id) return false;
  const e = entryOf(earlier);
  return entryOf(later).answers.some((a) => showsTerm(e, a));
}

/**
 * The questions kept so far, indexed so that checking a candidate against
 * them costs what the candidate's own words cost, not the quiz's length (a
 * quiz of "all" on a long article keeps thousands).
 */
class Kept {
  readonly entries: Entry[] = [];
  readonly facts = new Set<string>();
  readonly sentences = new Set<string>();
  /** a -> the kept questions whose answer a shows (those must come before a). */
  readonly shows = new Map<Entry, Entry[]>();
  private readonly byWord = new Map<string, Entry[]>();
  private readonly byFirstAnswerWord = new Map<string, { entry: Entry; answer: string }[]>();

  /** Kept questions that show an answer of `c`. */
  showing(c: Entry): Entry[] {
    const found = new Set<Entry>();
    for (const answer of c.answers) {
      // The rarest word of the answer narrows the search; each hit is then checked as a whole phrase.
      let narrowest: Entry[] | undefined;
      for (const word of answer.split(" ")) {
        const list = this.byWord.get(word) ?? [];
        if (!narrowest || list.length < narrowest.length) narrowest = list;
      }
      for (const e of narrowest ?? []) if (!found.has(e) && showsTerm(e, answer)) found.add(e);
    }
    return [...found];
  }

  /** Kept questions whose answer `c` shows. */
  shownBy(c: Entry): Entry[] {
    const found = new Set<Entry>();
    for (const word of c.words) {
      for (const { entry, answer } of this.byFirstAnswerWord.get(word) ?? []) if (!found.has(entry) && showsTerm(c, answer)) found.add(entry);
    }
    return [...found];
  }

  /**
   * Whether `c` can join in some order: its fact and sentence are new, and it
   * closes no circle of questions each showing the next one's answer.
   */
  /** Whether no kept question shares this fact or sentence. */
  isNew(family: Family): boolean {
    return !this.facts.has(family.factKey) && !this.sentences.has(family.sentenceKey);
  }

  admits(c: Entry): { ok: false } | { ok: true; showing: Entry[]; shownBy: Entry[] } {
    if (!this.isNew({ factKey: c.fact, sentenceKey: c.sentence })) return { ok: false };
    const showing = this.showing(c);
    const shownBy = this.shownBy(c);
    if (showing.length > 0 && shownBy.length > 0 && this.reaches(shownBy, new Set(showing))) return { ok: false };
    return { ok: true, showing, shownBy };
  }

  /** Whether, following "shows the answer of" from `starts`, some question of `targets` is reached. */
  private reaches(starts: Entry[], targets: Set<Entry>): boolean {
    const seen = new Set<Entry>();
    const stack = [...starts];
    while (stack.length > 0) {
      const e = stack.pop()!;
      if (targets.has(e)) return true;
      if (seen.has(e)) continue;
      seen.add(e);
      stack.push(...(this.shows.get(e) ?? []));
    }
    return false;
  }

  add(c: Entry, links: { showing: Entry[]; shownBy: Entry[] }): void {
    this.entries.push(c);
    this.facts.add(c.fact);
    this.sentences.add(c.sentence);
    this.shows.set(c, [...links.shownBy]);
    for (const e of links.showing) this.shows.get(e)!.push(c);
    for (const word of c.words) {
      const list = this.byWord.get(word);
      if (list) list.push(c);
      else this.byWord.set(word, [c]);
    }
    for (const answer of c.answers) {
      const first = answer.split(" ")[0]!;
      const list = this.byFirstAnswerWord.get(first);
      if (list) list.push({ entry: c, answer });
      else this.byFirstAnswerWord.set(first, [{ entry: c, answer }]);
    }
  }
}

const byId = (a: DrawQuestion, b: DrawQuestion) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * True/false statements in the order to draw them: a seeded coin says whether the next one is a true or a
 * false statement while both are left. A bank holds more true statements than false ones (a false one
 * needs a figure or a name to swap), and a quiz that drew them as they came asked "true" four times in
 * five: a learner could score without reading. A coin, not strict turns, so that one answer does not
 * tell the next.
 */
function coinMixed(queue: DrawQuestion[], seed: number): DrawQuestion[] {
  const trues = queue.filter((q) => q.answer === "true");
  const falses = queue.filter((q) => q.answer !== "true");
  const coin = seededRandom(seed);
  const out: DrawQuestion[] = [];
  while (trues.length || falses.length) {
    const fromTrue = !falses.length || (trues.length > 0 && coin() < 0.5);
    out.push((fromTrue ? trues : falses).shift()!);
  }
  return out;
}

/** The ids of at most `limit` questions of `pool` (Infinity: as many as the rules allow), in the order to ask them. */
export function drawQuiz(pool: readonly DrawQuestion[], limit: number, seed: number): string[] {
  const byKind = new Map<string, DrawQuestion[]>();
  for (const q of [...pool].sort(byId)) {
    const list = byKind.get(q.kind);
    if (list) list.push(q);
    else byKind.set(q.kind, [q]);
  }
  const queues = shuffleWithSeed([...byKind.keys()].sort(), seed).map((kind) => {
    const queue = shuffleWithSeed(byKind.get(kind)!, seedFrom(seed, kind));
    return kind === "true_false" ? coinMixed(queue, seedFrom(seed, "true-false")) : queue;
  });
  const heads = queues.map(() => 0);
  const kept = new Kept();
  const read = readers();
  // Round robin: each kind in turn gives its next question that the rules admit.
  while (kept.entries.length < limit && queues.some((queue, k) => heads[k]! < queue.length)) {
    for (let k = 0; k < queues.length && kept.entries.length < limit; k++) {
      const queue = queues[k]!;
      while (heads[k]! < queue.length) {
        const q = queue[heads[k]!]!;
        heads[k]! += 1;
        // Most candidates of a long pool fall here, before their text is read.
        if (!kept.isNew(read.family(q))) continue;
        const candidate = entryOf(q, read);
        const verdict = kept.admits(candidate);
        if (verdict.ok) {
          kept.add(candidate, verdict);
          break;
        }
      }
    }
  }
  return orderKept(kept, shuffleWithSeed(kept.entries, seedFrom(seed, "order")));
}

/**
 * The seeded order, each question moved only as far as it must: repeatedly
 * the first question (in `preferred` order) whose shown answers are all asked
 * already. The kept questions close no circle, so one is always ready.
 */
function orderKept(kept: Kept, preferred: Entry[]): string[] {
  const rank = new Map(preferred.map((e, i) => [e, i]));
  const waitingFor = preferred.map((e) => (kept.shows.get(e) ?? []).length);
  const waiters: number[][] = preferred.map(() => []);
  preferred.forEach((e, i) => {
    for (const b of kept.shows.get(e) ?? []) waiters[rank.get(b)!]!.push(i);
  });
  // Ranks of the questions ready to ask, smallest first.
  const ready = new MinHeap();
  waitingFor.forEach((n, i) => n === 0 && ready.push(i));
  const out: string[] = [];
  for (let next = ready.pop(); next !== undefined; next = ready.pop()) {
    out.push(preferred[next]!.q.id);
    for (const w of waiters[next]!) if (--waitingFor[w]! === 0) ready.push(w);
  }
  return out;
}

/** A binary min-heap of numbers. */
class MinHeap {
  private readonly items: number[] = [];

  push(value: number): void {
    const a = this.items;
    a.push(value);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (a[parent]! <= a[i]!) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }

  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]! < a[m]!) m = l;
        if (r < a.length && a[r]! < a[m]!) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
