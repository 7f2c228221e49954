// Owns which of an article's questions a quiz setup can draw from: the one
// rule the setup page counts with and the server starts a quiz with, so the
// numbers a learner sees are the questions a quiz can have (at most one per
// evidence sentence, so sentences are counted too). Pure.
import type { QuestionKind } from "@/lib/domain/questions/question-kinds";
import { quizSizeLimit, type QuizConfig } from "./config-options";

/** One active question as the setup filters see it (no ids, no content: safe to send to the browser). */
export type PoolEntry = {
  kind: QuestionKind;
  origin: "handwritten" | "generated";
  /** The learner's latest answer to it was wrong (and not marked right). */
  wrong: boolean;
  /** The learner's card for it is due now (not suspended, not buried). */
  due: boolean;
};

export type PoolGroup = PoolEntry & { count: number };

type Filters = Pick<QuizConfig, "kinds" | "origin" | "mode">;

export function inPool(entry: PoolEntry, filters: Filters): boolean {
  if (!filters.kinds.includes(entry.kind)) return false;
  if (filters.origin !== "both" && entry.origin !== filters.origin) return false;
  if (filters.mode === "wrong") return entry.wrong;
  if (filters.mode === "due") return entry.due;
  return true;
}

const entryKey = (e: PoolEntry) => `${e.kind}|${e.origin}|${e.wrong}|${e.due}`;
/** Only the fields the browser may see, whatever else the caller's entries carry (ids, sentence keys). */
const bare = (e: PoolEntry): PoolEntry => ({ kind: e.kind, origin: e.origin, wrong: e.wrong, due: e.due });

/** Entries folded into counted groups, for the setup page. */
export function groupPool(entries: readonly PoolEntry[]): PoolGroup[] {
  const groups = new Map<string, PoolGroup>();
  for (const e of entries) {
    const key = entryKey(e);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { ...bare(e), count: 1 });
  }
  return [...groups.values()];
}

/**
 * Sentences of the article, folded by the kinds of entry their questions are
 * (`count` sentences carry exactly `entries`): a quiz asks at most one
 * question per evidence sentence, so the setup page counts sentences too.
 */
export type SentenceGroup = { entries: PoolEntry[]; count: number };

export function groupSentences(entries: readonly (PoolEntry & { sentenceKey: string })[]): SentenceGroup[] {
  const bySentence = new Map<string, Map<string, PoolEntry>>();
  for (const e of entries) {
    const kinds = bySentence.get(e.sentenceKey) ?? new Map<string, PoolEntry>();
    kinds.set(entryKey(e), bare(e));
    bySentence.set(e.sentenceKey, kinds);
  }
  const groups = new Map<string, SentenceGroup>();
  for (const kinds of bySentence.values()) {
    const signature = [...kinds.keys()].sort().join(",");
    const g = groups.get(signature);
    if (g) g.count++;
    else groups.set(signature, { entries: [...kinds.keys()].sort().map((k) => kinds.get(k)!), count: 1 });
  }
  return [...groups.values()];
}

/** How many sentences carry a question these filters take: the most questions a quiz of them can ask. */
export function countSentencesInPool(groups: readonly SentenceGroup[], filters: Filters): number {
  return groups.reduce((n, g) => n + (g.entries.some((e) => inPool(e, filters)) ? g.count : 0), 0);
}

export function countInPool(groups: readonly PoolGroup[], filters: Filters): number {
  return groups.reduce((n, g) => n + (inPool(g, filters) ? g.count : 0), 0);
}

/** Per kind, how many questions the other filters (origin, mode) leave. */
export function countsByKind(groups: readonly PoolGroup[], filters: Omit<Filters, "kinds">): Partial<Record<QuestionKind, number>> {
  const out: Partial<Record<QuestionKind, number>> = {};
  for (const g of groups) if (inPool(g, { ...filters, kinds: [g.kind] })) out[g.kind] = (out[g.kind] ?? 0) + g.count;
  return out;
}

/**
 * How many questions a quiz of this setup can have, and whether that is fewer
 * than asked for: at most one per sentence (`sentences` of them carry the
 * `available` questions), so `perSentence` says the sentences are what limit
 * it. The draw may ask fewer still, when questions would give each other's
 * answers away (lib/domain/quiz/draw.ts).
 */
export function quizLength(available: number, size: QuizConfig["size"], sentences = available): { length: number; short: boolean; perSentence: boolean } {
  const limit = quizSizeLimit(size);
  const most = Math.min(available, sentences);
  return { length: Math.min(most, limit), short: Number.isFinite(limit) && most < limit, perSentence: sentences < available && sentences < limit };
}
