// Quantities in sentences: finding them (numbers, amounts, dates as numbers),
// and making wrong values for them, for multiple-choice and true/false
// questions. Pure and deterministic: no randomness, no clock.
export { findQuantities } from "./find";
export type { Bound, LabelReason, NumberStyle, Quantity, QuantityKind, Span } from "./types";
export { falseQuantity, numericDistractors, planNumericChoices, sameKindValues } from "./choices";
export type { FalseQuantity, NumericChoice, NumericOptions, NumericPlan } from "./choices";
export { formatQuantityValue } from "./format";
export { countRanks, openPlans, surveyArticle } from "./survey";
export type { RankCounts, SurveyedQuantity } from "./survey";
