// Owns the shape of a hand-written question bank file (seeds/questions/*.yaml):
// one zod schema per question kind, and the conversion of a validated entry
// into the row shape the seed writes. Pure: no I/O.
import { z } from "@/lib/domain/zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";

import { QUESTION_KINDS, type QuestionKind } from "./question-kinds";

export { QUESTION_KINDS, type QuestionKind };

/** A cloze prompt marks its one gap with three or more underscores. */
export const CLOZE_BLANK = /_{3,}/g;

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
const distinct = (label: string) => (list: string[]) =>
  new Set(list.map((s) => s.toLowerCase())).size === list.length || `${label} must be distinct`;

const common = {
  key: z
    .string()
    .regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, "key must be lowercase letters, digits and - _ ."),
  explanation: text(1000),
  evidence: text(2000),
  topics: z.array(text(60)).max(10).default([]),
  difficulty: z.number().int().min(1).max(3).default(2),
  status: z.enum(["active", "draft"]).default("active"),
  /**
   * The question's family (lib/domain/questions/fact-key.ts), when it is not the
   * evidence sentence and the answer: a true/false or a hand-written question
   * about the same span as a generated one can join that one's family.
   */
  factKey: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, "factKey must be letters, digits and . _ : - (at most 100)")
    .optional(),
};

const typed = {
  answer: text(200),
  accepted: z.array(text(200)).max(20).default([]),
};

export const BankQuestionSchema = z.discriminatedUnion("kind", [
  z
    .object({
      ...common,
      kind: z.literal("multiple_choice"),
      prompt: text(500),
      answer: text(200),
      choices: z.array(text(200)).min(3).max(6),
    })
    .refine((q) => q.choices.includes(q.answer), { message: "choices must include the answer", path: ["choices"] })
    .refine((q) => distinct("choices")(q.choices) === true, { message: "choices must be distinct", path: ["choices"] }),
  z.object({ ...common, kind: z.literal("true_false"), prompt: text(500), answer: z.boolean() }),
  z
    .object({ ...common, kind: z.literal("cloze"), prompt: text(500), ...typed })
    .refine((q) => (q.prompt.match(CLOZE_BLANK) ?? []).length === 1, {
      message: "a cloze prompt must contain exactly one blank (___)",
      path: ["prompt"],
    }),
  z.object({ ...common, kind: z.literal("short_answer"), prompt: text(500), ...typed }),
  z
    .object({
      ...common,
      kind: z.literal("ordering"),
      prompt: text(500),
      /** In their correct order. */
      items: z.array(text(200)).min(3).max(6),
    })
    .refine((q) => distinct("items")(q.items) === true, { message: "items must be distinct", path: ["items"] }),
  z
    .object({
      ...common,
      kind: z.literal("matching"),
      prompt: text(500),
      pairs: z.array(z.object({ left: text(200), right: text(200) })).min(3).max(6),
    })
    .refine((q) => distinct("left sides")(q.pairs.map((p) => p.left)) === true, {
      message: "left sides must be distinct",
      path: ["pairs"],
    })
    .refine((q) => distinct("right sides")(q.pairs.map((p) => p.right)) === true, {
      message: "right sides must be distinct",
      path: ["pairs"],
    }),
  z.object({ ...common, kind: z.literal("flashcard"), front: text(500), back: text(1000) }),
]);
export type BankQuestion = z.infer<typeof BankQuestionSchema>;

export const QuestionBankSchema = z
  .object({
    article: ArticleSlugSchema,
    questions: z.array(BankQuestionSchema).min(1),
  })
  .superRefine((bank, ctx) => {
    const seen = new Set<string>();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.key)) {
        ctx.addIssue({ code: "custom", message: `duplicate key "${q.key}"`, path: ["questions", i, "key"] });
      }
      seen.add(q.key);
    });
  });
export type QuestionBank = z.infer<typeof QuestionBankSchema>;

/** The columns a question row gets from a bank entry (article and evidence offsets come from the seed). */
export type QuestionContent = {
  key: string;
  kind: QuestionKind;
  prompt: string;
  answer: string;
  acceptedAnswers: string[];
  choices: string[] | null;
  items: string[] | null;
  pairs: { left: string; right: string }[] | null;
  explanation: string;
  evidenceText: string;
  topics: string[];
  difficulty: number;
  status: "active" | "draft";
  /** The family given by the source; absent: the evidence sentence and the answer make it (lib/domain/questions/family.ts). */
  factKey?: string | null;
};

export function toQuestionContent(q: BankQuestion): QuestionContent {
  const base = {
    key: q.key,
    kind: q.kind,
    explanation: q.explanation,
    evidenceText: q.evidence,
    topics: q.topics,
    difficulty: q.difficulty,
    status: q.status,
    ...(q.factKey ? { factKey: q.factKey } : {}),
    acceptedAnswers: [] as string[],
    choices: null,
    items: null,
    pairs: null,
  };
  switch (q.kind) {
    case "multiple_choice":
      return { ...base, prompt: q.prompt, answer: q.answer, choices: q.choices };
    case "true_false":
      return { ...base, prompt: q.prompt, answer: q.answer ? "true" : "false" };
    case "cloze":
    case "short_answer":
      return { ...base, prompt: q.prompt, answer: q.answer, acceptedAnswers: q.accepted };
    case "ordering":
      return { ...base, prompt: q.prompt, answer: q.items.join(" → "), items: q.items };
    case "matching":
      return {
        ...base,
        prompt: q.prompt,
        answer: q.pairs.map((p) => `${p.left} → ${p.right}`).join("; "),
        pairs: q.pairs,
      };
    case "flashcard":
      return { ...base, prompt: q.front, answer: q.back };
  }
}
