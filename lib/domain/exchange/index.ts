// Owns the exchange formats as one surface: export a list of questions in a
// format, read a file in a format (or guess which), with the caps of one import.
import { exportAnki, parseAnki } from "./anki";
import { exportGift, parseGift } from "./gift";
import { exportJson, parseJson } from "./json";
import type { ExchangeFormat, ExchangeQuestion, ExportResult, ParseResult } from "./types";

export * from "./types";
export { resolveQuestions, bestSentence, madeKey, type ResolvedQuestion } from "./resolve";

export function exportQuestions(format: ExchangeFormat, article: { slug: string; title: string }, questions: ExchangeQuestion[]): ExportResult {
  if (format === "json") return exportJson(article, questions);
  if (format === "gift") return exportGift(article, questions);
  return exportAnki(article, questions);
}

/** Which format a text is in: JSON starts with "{", Anki's headers or tab-separated rows, else GIFT. */
export function detectFormat(text: string): ExchangeFormat {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return "json";
  if (/^#(separator|html|notetype|deck|tags|columns|guid)\b[^:\n]*:/i.test(start)) return "anki";
  const firstLine = start.split("\n", 1)[0] ?? "";
  if (firstLine.includes("\t") && !firstLine.includes("{")) return "anki";
  return "gift";
}

export function parseQuestions(format: ExchangeFormat, text: string): ParseResult {
  if (format === "json") return parseJson(text);
  if (format === "gift") return parseGift(text);
  return parseAnki(text);
}
