// Owns the survey of an article's quantities that the tests and
// scripts/measure/numeric-ranks.ts share: every quantity found, sentence by
// sentence, with its multiple-choice plan and its false value, and the key's
// rank counts over all of them.
import { segmentArticle } from "@/lib/domain/article/segment";
import { falseQuantity, planNumericChoices, sameKindValues, type FalseQuantity, type NumericPlan } from "./choices";
import { findQuantities } from "./find";
import type { Quantity } from "./types";

export type SurveyedQuantity = {
  sentence: string;
  quantity: Quantity;
  /** Null for labels. */
  plan: NumericPlan | null;
  falseValue: FalseQuantity | null;
};

export type RankCounts = {
  /** How many keys ended at rank 0..3 among their sorted choices. */
  ranks: [number, number, number, number];
  /** How many plans were asked for each rank by their seed. */
  planned: [number, number, number, number];
  forcedByDomain: number;
  forcedByBound: number;
  /** Plans with fewer than three distractors. */
  short: number;
};

/** Every quantity of an article (body text, paragraphs separated by blank lines), each with its plan made from `slug`-based seeds. */
export function surveyArticle(body: string, slug: string, articleDate?: string): SurveyedQuantity[] {
  const sentences = segmentArticle(body).flatMap((p) => p.sentences.map((s) => body.slice(s.start, s.end)));
  const found = sentences.map((sentence) => ({ sentence, quantities: findQuantities(sentence) }));
  const all = found.flatMap((f) => f.quantities);
  const out: SurveyedQuantity[] = [];
  found.forEach(({ sentence, quantities }, si) => {
    quantities.forEach((quantity, qi) => {
      const seed = `${slug}|${si}|${qi}`;
      const plan =
        quantity.kind === "label"
          ? null
          : planNumericChoices(quantity, seed, { articleValues: sameKindValues(quantity, all), ...(articleDate ? { articleDate } : {}) });
      out.push({ sentence, quantity, plan, falseValue: falseQuantity(quantity, seed, sentence) });
    });
  });
  return out;
}

/** Plans whose key could take any of the four ranks: over these the rank should be uniform. */
export function openPlans(surveyed: readonly SurveyedQuantity[]): SurveyedQuantity[] {
  return surveyed.filter((s) => s.plan && s.plan.feasibleRanks.length === 4);
}

export function countRanks(surveyed: readonly SurveyedQuantity[]): RankCounts {
  const counts: RankCounts = { ranks: [0, 0, 0, 0], planned: [0, 0, 0, 0], forcedByDomain: 0, forcedByBound: 0, short: 0 };
  for (const { plan } of surveyed) {
    if (!plan) continue;
    if (plan.distractors.length < 3) {
      counts.short++;
      continue;
    }
    counts.ranks[plan.keyRank as 0 | 1 | 2 | 3]++;
    counts.planned[plan.plannedRank as 0 | 1 | 2 | 3]++;
    if (plan.forced === "domain") counts.forcedByDomain++;
    if (plan.forced === "bound") counts.forcedByBound++;
  }
  return counts;
}
