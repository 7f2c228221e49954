// Owns which of an article's questions a quiz setup can draw from: the one
// rule the setup page counts with and the server starts a quiz with, so the
// numbers a learner sees are the questions a quiz will have. Pure.
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import type { QuizConfig } from "./config";
import { quizSizeLimit } from "./config";

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

/** Entries folded into counted groups, for the setup page. */
export function groupPool(entries: readonly PoolEntry[]): PoolGroup[] {
  const groups = new Map<string, PoolGroup>();
  for (const e of entries) {
    const key = `${e.kind}|${e.origin}|${e.wrong}|${e.due}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { ...e, count: 1 });
  }
  return [...groups.values()];
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

/** How many questions a quiz of this setup will have, and whether that is fewer than asked for. */
export function quizLength(available: number, size: QuizConfig["size"]): { length: number; short: boolean } {
  const limit = quizSizeLimit(size);
  return { length: Math.min(available, limit), short: Number.isFinite(limit) && available < limit };
}
