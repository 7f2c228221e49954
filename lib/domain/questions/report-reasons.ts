// The reasons a learner may give when reporting a question, and the note's
// limit. Kept apart from editor.ts (which holds the zod schemas), because the
// report button sits under every quiz answer and review card: importing the
// schemas there put the zod chunk (89 KB gzip) into the quiz and review pages.

export const REPORT_REASONS = ["wrong_answer", "unclear", "duplicate", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  wrong_answer: "The answer is wrong",
  unclear: "The question is unclear",
  duplicate: "It duplicates another question",
  other: "Something else",
};
export const REPORT_NOTE_MAX = 500;
