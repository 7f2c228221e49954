// Owns the card browser's filters: what a learner may search by, validated
// from the URL, and the pure filter over card rows.
import { z } from "@/lib/domain/zod";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { normaliseAnswer } from "@/lib/domain/grading";

export const CARD_STATES = ["new", "learning", "review", "suspended"] as const;
export const DUE_FILTERS = ["any", "overdue", "today", "week"] as const;
export const FLAG_FILTERS = ["any", "flagged", "unflagged"] as const;

/** Card.flag: 0 none, 1 flagged (by the learner, with F during review). Any other positive value counts as flagged. */
export function isFlagged(card: { flag: number }): boolean {
  return card.flag > 0;
}

export const CardFiltersSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  kind: z.enum(["any", ...QUESTION_KINDS]).catch("any"),
  state: z.enum(["any", ...CARD_STATES]).catch("any"),
  due: z.enum(DUE_FILTERS).catch("any"),
  flag: z.enum(FLAG_FILTERS).catch("any"),
});
export type CardFilters = z.infer<typeof CardFiltersSchema>;

export type BrowsableCard = {
  questionId: string;
  kind: string;
  prompt: string;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning (New when the learner has no card row yet). */
  state: number;
  suspended: boolean;
  due: Date | null;
  /** Card.flag (0 when the learner has no card row yet). */
  flag: number;
};

export function stateLabel(card: Pick<BrowsableCard, "state" | "suspended">): (typeof CARD_STATES)[number] {
  if (card.suspended) return "suspended";
  if (card.state === 0) return "new";
  if (card.state === 2) return "review";
  return "learning";
}

/** Cards matching the filters; `endOfToday` / `endOfWeek` are the learner's study-day boundaries. */
export function filterCards(cards: BrowsableCard[], f: CardFilters, now: Date, endOfToday: Date, endOfWeek: Date): BrowsableCard[] {
  const needle = f.q ? normaliseAnswer(f.q) : "";
  return cards.filter((c) => {
    if (f.kind !== "any" && c.kind !== f.kind) return false;
    if (f.state !== "any" && stateLabel(c) !== f.state) return false;
    if (f.flag !== "any" && isFlagged(c) !== (f.flag === "flagged")) return false;
    if (f.due !== "any") {
      if (!c.due || c.state === 0 || c.suspended) return false;
      if (f.due === "overdue" && !(c.due < now)) return false;
      if (f.due === "today" && !(c.due < endOfToday)) return false;
      if (f.due === "week" && !(c.due < endOfWeek)) return false;
    }
    // The prompt only, never the answer: a search that matched answers would tell a guess of a quiz's key apart.
    if (needle && !normaliseAnswer(c.prompt).includes(needle)) return false;
    return true;
  });
}
