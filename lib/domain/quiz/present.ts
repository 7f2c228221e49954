// Owns what the browser may see of a question before it is answered: the
// prompt and the shuffled options, never the answer, the accepted answers,
// the explanation or the evidence (the evidence sentence contains the
// answer). The presented order is fixed per attempt and stored with the
// response row so a resumed quiz shows the same order; how each kind is
// shuffled is the kind's own (lib/domain/kinds).
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { presentQuestion as presentByKind, type Presented } from "@/lib/domain/kinds";
import { seedFrom } from "./shuffle";

export type { Presented };

export type QuestionForPresentation = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices: string[] | null;
  items: string[] | null;
  pairs: { left: string; right: string }[] | null;
};

export type PublicQuestion = {
  id: string;
  kind: QuestionKind;
  prompt: string;
  choices?: string[];
  items?: string[];
  lefts?: string[];
  rights?: string[];
};

export function presentQuestion(q: QuestionForPresentation, attemptSeed: number): Presented {
  return presentByKind(q, seedFrom(attemptSeed, q.id));
}

/** The only shape of an unanswered question that leaves the server. */
export function toPublicQuestion(q: Pick<QuestionForPresentation, "id" | "kind" | "prompt">, presented: Presented): PublicQuestion {
  const view: PublicQuestion = { id: q.id, kind: q.kind, prompt: q.prompt };
  if (presented.choices) view.choices = presented.choices;
  if (presented.items) view.items = presented.items;
  if (presented.lefts) view.lefts = presented.lefts;
  if (presented.rights) view.rights = presented.rights;
  return view;
}
