// Owns the generator's entry point: article text in, checked, ranked,
// source-linked questions out. Pure and deterministic: no clock, no random,
// no I/O; the same input gives byte-identical output.
//
// Pipeline: analyse (analyze.ts) -> overgenerate candidates of every kind
// (build.ts) -> run the checks (checks.ts) -> drop near-duplicates -> rank
// and select per sentence -> stable keys -> stats. Candidates that fail a
// check are kept as drafts with their reasons.
import type { QuestionContent, QuestionKind } from "@/lib/domain/questions/bank-schema";
import { analyzeArticle } from "./analyze";
import type { Candidate } from "./candidate";
import { buildCandidates, classifyTerm, findConcepts, isDebrisSentence } from "./build";
import { checkEvidenceVerbatim, findNearDuplicates, REJECT_REASONS, type RejectReason } from "./checks";
import { buildPool } from "./distractors";
import { balanceNumericRanks, selectActive } from "./select";
import { factKeyOf } from "@/lib/domain/questions/fact-key";
import { shortHash, slugify, wordCount } from "./text";
import { GENERATOR_VERSION } from "./version";

export { GENERATOR_VERSION } from "./version";
export * from "./checks";
export { analyzeArticle } from "./analyze";
export { findDateExpressions, resolveAnchored } from "./dates";

export type GeneratedQuestion = QuestionContent & {
  evidenceStart: number;
  evidenceEnd: number;
  score: number;
  generatorVersion: string;
  rejectReasons: string[];
  /** The fact this question asks for: questions with one fact key are one family (fact-key.ts). */
  factKey: string;
};

export type GenerationStats = {
  words: number;
  sentences: number;
  paragraphs: number;
  paragraphsUsed: number;
  factSentences: number;
  coveredFactSentences: number;
  /** coveredFactSentences / factSentences, 0..1. */
  factCoverage: number;
  active: number;
  drafts: number;
  activeByKind: Record<QuestionKind, number>;
  draftsByKind: Record<QuestionKind, number>;
  rejections: Record<RejectReason, number>;
};

export type GenerationResult = { questions: GeneratedQuestion[]; stats: GenerationStats };

export type GenerateInput = { slug: string; body: string; date?: string; title?: string };

export type GenerateOptions = {
  /** Called as sentences are processed (for a progress bar); must not affect the output. */
  onProgress?: (done: number, total: number) => void;
};

const KIND_ORDER: QuestionKind[] = ["cloze", "multiple_choice", "true_false", "short_answer", "flashcard", "ordering", "matching"];

function emptyKinds(): Record<QuestionKind, number> {
  return { multiple_choice: 0, true_false: 0, cloze: 0, short_answer: 0, ordering: 0, matching: 0, flashcard: 0 };
}

export function generateQuestions(input: GenerateInput, options: GenerateOptions = {}): GenerationResult {
  const slug = slugify(input.slug) || "article";
  const a = analyzeArticle({ body: input.body, ...(input.title ? { title: input.title } : {}), ...(input.date ? { date: input.date } : {}) });
  const concepts = findConcepts(a);
  const pool = buildPool(a, concepts);
  const built = buildCandidates({
    a,
    pool,
    slug,
    classify: classifyTerm(pool, a),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  // A multiple-choice question with no choices cannot be asked, nor stored: not even a draft
  // (an editor's copy would fail the bank's own schema on its way back in).
  const candidates = built.filter((c) => c.kind !== "multiple_choice" || (c.choices?.length ?? 0) >= 3);

  // Evidence is the source sentence, verbatim.
  for (const c of candidates) {
    const r = checkEvidenceVerbatim(a.body, { text: c.sentence.text, start: c.sentence.start, end: c.sentence.end });
    if (r) c.rejectReasons.push(r);
  }

  // Brackets emptied by a cut ("Which place did Early European maps label the islands North (), Middle and South?")
  for (const c of candidates) if (/\(\s*\)|\[\s*\]/.test(`${c.prompt} ${c.answer}`) && !c.rejectReasons.includes("stem-fragment")) c.rejectReasons.push("stem-fragment");

  // Words in another script ("Arabic: محمد", "Greek Ῥῆνος", "νῆσσα /νῆττα 'duck'"): a gloss a learner cannot read out, and a
  // stem built round one reads garbled (the reads kept 1 of 13)
  for (const c of candidates) if (FOREIGN_SCRIPT.test(`${c.prompt} ${c.answer} ${(c.items ?? []).join(" ")}`) && !c.rejectReasons.includes("stem-fragment")) c.rejectReasons.push("stem-fragment");

  // A key cut out of a phrase: a common noun running into a name ("islands North" of "the islands North (...),
  // Middle (...) and South"), or the first of a list of modifiers ("distinct biodiversity of animal" of
  // "... of animal, fungal and plant life")
  for (const c of candidates) {
    if (c.kind === "true_false" || c.kind === "ordering" || c.kind === "matching") continue;
    const at = c.sentence.text.indexOf(c.answer);
    if (at < 0) continue;
    const after = c.sentence.text.slice(at + c.answer.length);
    const lower = /(?:^|\s)(\p{Ll}+)\s+\p{Lu}\p{L}*$/u.exec(c.answer)?.[1];
    const cut = !!lower && !/^(?:and|of|the|on|for|de|du|la|le|van|von|der|y|in|at|upon|under)$/.test(lower) && /^\s*\(/u.test(after);
    const listCut = /\s\p{Ll}+$/u.test(c.answer) && /^,\s*\p{Ll}+(?:\s+\p{Ll}+)?,?\s+(?:and|or)\s+\p{Ll}+\s+\p{Ll}+/u.test(after) && /\bof\s+\p{Ll}+$/u.test(c.answer);
    // (or half of a hyphenated word: "fewer coal" of "fewer coal-fired plants")
    const hyphenCut = /^-\p{L}/u.test(after) || /\p{L}-$/u.test(c.sentence.text.slice(0, at));
    // (or a name's letter left behind: "chlorophyll" of "chlorophyll a", "vitamin" of "vitamin C")
    // (not the first letter of a dotted abbreviation: "the 2015 U.N. Paris Agreement")
    const letterCut = /^\s\p{L}(?!\.\p{L})(?=\s*(?:[.,;:)]|$)|\s+(?:and|or)\s)/u.test(after);
    if ((cut || listCut || hyphenCut || letterCut) && !c.rejectReasons.includes("answer-fragment")) c.rejectReasons.push("answer-fragment");
  }

  // Rank: best first, ties in text order (of the sentence, then of the key inside it: a sentence's own terms come
  // before the asides and lists that trail it, "born in 1162 in Delüün Boldog, near ... not far from Ulaanbaatar"),
  // then by kind and prompt (total order for determinism).
  const keyAt = new Map(candidates.map((c) => [c, keyPosition(c)]));
  const ranked = candidates
    .map((c, i) => ({ c, i }))
    .sort(
      (x, y) =>
        y.c.score - x.c.score ||
        x.c.sentence.start - y.c.sentence.start ||
        keyAt.get(x.c)! - keyAt.get(y.c)! ||
        KIND_ORDER.indexOf(x.c.kind) - KIND_ORDER.indexOf(y.c.kind) ||
        (x.c.prompt < y.c.prompt ? -1 : x.c.prompt > y.c.prompt ? 1 : 0) ||
        x.i - y.i,
    )
    .map((x) => x.c);

  // Near-duplicates among the passing ones (bucketed, linear).
  const passing = ranked.filter((c) => c.rejectReasons.length === 0);
  const dups = findNearDuplicates(passing.map((c) => ({ kind: c.kind, prompt: c.prompt, answer: c.answer })));
  passing.forEach((c, i) => {
    if (dups.has(i)) c.rejectReasons.push("near-duplicate");
  });

  // Rank and select: families of at most two forms per fact, a cap per sentence (select.ts).
  const selected = selectActive(ranked);
  for (const c of candidates) if (!c.rejectReasons.length && !selected.has(c)) c.rejectReasons.push("not-selected");
  // A numeric question's key is as often the smallest choice as the largest, over the article (select.ts).
  balanceNumericRanks(selected, slug);

  // Stable keys from content; a repeat gets a numbered suffix in output order.
  const ordered = [...candidates].sort(
    (x, y) =>
      x.sentence.start - y.sentence.start ||
      KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
      (x.rejectReasons.length === 0 ? 0 : 1) - (y.rejectReasons.length === 0 ? 0 : 1) ||
      y.score - x.score ||
      (x.prompt < y.prompt ? -1 : x.prompt > y.prompt ? 1 : 0) ||
      (x.answer < y.answer ? -1 : x.answer > y.answer ? 1 : 0),
  );
  const usedKeys = new Map<string, number>();
  const questions: GeneratedQuestion[] = ordered.map((c) => {
    const baseKey = `gen-${slug}-${c.kind.replace(/_/g, "-")}-${shortHash(`${c.sentence.text}|${c.answer}|${c.prompt}`)}`;
    const n = usedKeys.get(baseKey) ?? 0;
    usedKeys.set(baseKey, n + 1);
    const reasons = [...new Set(c.rejectReasons)].sort((x, y) => REJECT_REASONS.indexOf(x) - REJECT_REASONS.indexOf(y));
    return {
      key: n === 0 ? baseKey : `${baseKey}-${n + 1}`,
      kind: c.kind,
      prompt: c.prompt,
      answer: c.answer,
      acceptedAnswers: c.acceptedAnswers,
      choices: c.choices,
      items: c.items,
      pairs: c.pairs,
      explanation: c.explanation,
      evidenceText: c.sentence.text,
      topics: c.topics,
      difficulty: c.difficulty,
      status: reasons.length ? "draft" : "active",
      evidenceStart: c.sentence.start,
      evidenceEnd: c.sentence.end,
      score: c.score,
      generatorVersion: GENERATOR_VERSION,
      rejectReasons: reasons,
      factKey: c.factKey ?? factKeyOf(c.sentence.text, c.kind === "true_false" ? c.sentence.text : c.answer),
    };
  });

  // Stats.
  const activeByKind = emptyKinds();
  const draftsByKind = emptyKinds();
  const rejections = Object.fromEntries(REJECT_REASONS.map((r) => [r, 0])) as Record<RejectReason, number>;
  for (const q of questions) {
    if (q.status === "active") activeByKind[q.kind]++;
    else {
      draftsByKind[q.kind]++;
      for (const r of q.rejectReasons) rejections[r as RejectReason]++;
    }
  }
  const covered = new Set<number>();
  for (const c of candidates) if (!c.rejectReasons.length) for (const s of c.sources) covered.add(s);
  // (a sentence that is mostly a quotation is someone's words, asked by no form since "Who said ...?" went)
  // (nor is boilerplate a fact to cover: "The discovery was announced on Tuesday in the journal Marine Biology.")
  const factSentences = a.sentences.filter((s) => s.isFact && s.quoteShare <= 0.5 && !isDebrisSentence(s));
  const coveredFacts = factSentences.filter((s) => covered.has(s.index)).length;
  const paragraphsUsed = new Set(a.sentences.filter((s) => covered.has(s.index)).map((s) => s.paragraph)).size;
  const active = questions.filter((q) => q.status === "active").length;
  return {
    questions,
    stats: {
      words: wordCount(input.body),
      sentences: a.sentences.length,
      paragraphs: a.paragraphCount,
      paragraphsUsed,
      factSentences: factSentences.length,
      coveredFactSentences: coveredFacts,
      factCoverage: factSentences.length ? Math.round((coveredFacts / factSentences.length) * 1000) / 1000 : 1,
      active,
      drafts: questions.length - active,
      activeByKind,
      draftsByKind,
      rejections,
    },
  };
}

/** Where a candidate's key stands in its sentence (a statement's whole sentence, or a key not found, counts as its start). */
function keyPosition(c: Candidate): number {
  if (c.kind === "true_false" || c.kind === "ordering" || c.kind === "matching") return 0;
  return Math.max(0, c.sentence.text.indexOf(c.answer));
}

/** A letter of a script other than Latin (Arabic, Greek, Cyrillic, Hebrew, Devanagari, Han, Kana, Hangul, Thai ...). */
const FOREIGN_SCRIPT = /[\p{Script=Arabic}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Syriac}\p{Script=Mongolian}]/u;
