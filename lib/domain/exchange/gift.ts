// Owns Moodle's GIFT text format, both ways. The rules implemented here are
// Moodle's own (https://docs.moodle.org/en/GIFT_format, "Format symbols"):
//
//   "// text              Comment until end of line"
//   "::title::            Question title (optional)"
//   "[...format...]       The format of the following bit of text ([html], [moodle], [plain], [markdown])"
//   "{T} or {F}           True or False answer; also {TRUE} and {FALSE}"
//   "{ ... =right ... }   Correct answer for multiple choice ... or fill-in-the-blank"
//   "{ ... ~wrong ... }   Incorrect answer for multiple choice"
//   "{ ... =item -> match ... }  Answer for matching questions"
//   "#feedback text       Answer feedback for preceding multiple, fill-in-the-blank, or numeric answers"
//   "####general feedback General feedback"
//   "\character           Backslash escapes the special meaning of ~, =, #, {, }, and :"
//   "\n                   Places a newline in question text -- blank lines delimit questions"
//   Missing word: "place the answers where you want the line to appear in the sentence"
//   ("Grant is {~buried =entombed ~living} in Grant's tomb.").
//   $CATEGORY: lines name the category the following questions go to.
//
// What Recall writes and reads:
//   multiple choice  ::key::prompt{=right ~wrong ~wrong####explanation}
//   true / false     ::key::prompt{TRUE####explanation}
//   short answer     ::key::prompt{=answer =alternative####explanation}  (each accepted alternative is a further "=")
//   cloze            ::key::text before {=answer =alternative####explanation} text after  (missing-word format)
//   matching         ::key::prompt{=left -> right =left -> right####explanation}
//   ordering, flashcard: GIFT has no such type; the export leaves them out
//   with a // comment naming each, and says how many (JSON and Anki carry them).
// Recall's own extras (evidence, topics, difficulty, status) ride on a
// "// recall: {json}" comment line right above a question: Moodle ignores
// comments, and Recall reads it back. A title that is a valid Recall key is
// the question's key; any other title is only a title (a new key is made).
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { CLOZE_BLANK } from "@/lib/domain/questions/bank-schema";
import { blankQuestion, type ExchangeProblem, type ExchangeQuestion, type ExportResult, type ParseResult, type ParsedQuestion } from "./types";

export const GIFT_SPECIAL = ["~", "=", "#", "{", "}", ":"] as const;
const KEY_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
const META_PREFIX = "// recall:";
const GIFT_KINDS = new Set<QuestionKind>(["multiple_choice", "true_false", "short_answer", "cloze", "matching"]);

/** Backslash-escapes GIFT's special characters (and the backslash itself); a newline becomes \n. */
export function escapeGift(text: string): string {
  let out = "";
  for (const ch of text) {
    if (ch === "\\") out += "\\\\";
    else if ((GIFT_SPECIAL as readonly string[]).includes(ch)) out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") continue;
    else out += ch;
  }
  return out;
}

/** The reverse of escapeGift: \n is a newline, a backslash before any other character keeps that character. */
export function unescapeGift(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      const next = text[++i]!;
      out += next === "n" ? "\n" : next;
    } else out += ch;
  }
  return out;
}

type Meta = { evidence?: string; topics?: string[]; difficulty?: number; status?: string };

export function exportGift(article: { slug: string; title: string }, questions: ExchangeQuestion[]): ExportResult {
  const blocks: string[] = [];
  const skipped: ExportResult["skipped"] = [];
  const kept = questions.filter((q) => q.status === "active");
  for (const q of kept) {
    if (!GIFT_KINDS.has(q.kind)) {
      skipped.push({ key: q.key ?? "", kind: q.kind });
      continue;
    }
    blocks.push(giftQuestion(q));
  }
  const head = [
    `// Recall questions of "${article.title.replace(/\n/g, " ")}" (${article.slug}), Moodle GIFT format.`,
    "// Active questions only: drafts and retired questions are in the JSON export.",
    ...(skipped.length > 0
      ? [
          `// ${skipped.length} question${skipped.length === 1 ? "" : "s"} left out: GIFT has no ordering or flashcard type (the JSON and Anki exports carry them):`,
          ...skipped.map((s) => `//   ${s.key} (${s.kind})`),
        ]
      : []),
    "",
    `$CATEGORY: recall/${article.slug}`,
  ];
  return { text: `${[...head, "", blocks.join("\n\n")].join("\n")}\n`, included: blocks.length, skipped };
}

function giftQuestion(q: ExchangeQuestion): string {
  const meta: Meta = { evidence: q.evidenceText ?? undefined, topics: q.topics, difficulty: q.difficulty };
  const title = q.key ? `::${escapeGift(q.key)}::` : "";
  const feedback = q.explanation ? `####${escapeGift(q.explanation)}` : "";
  const alternatives = [q.answer, ...q.acceptedAnswers].map((a) => `=${escapeGift(a)}`).join(" ");
  let body: string;
  switch (q.kind) {
    case "multiple_choice":
      body = `${escapeGift(q.prompt)}{${(q.choices ?? []).map((c) => `${c === q.answer ? "=" : "~"}${escapeGift(c)}`).join(" ")}${feedback}}`;
      break;
    case "true_false":
      body = `${escapeGift(q.prompt)}{${q.answer === "true" ? "TRUE" : "FALSE"}${feedback}}`;
      break;
    case "short_answer":
      body = `${escapeGift(q.prompt)}{${alternatives}${feedback}}`;
      break;
    case "cloze": {
      const [before, after] = splitOnce(q.prompt, CLOZE_BLANK);
      body = `${escapeGift(before)}{${alternatives}${feedback}}${escapeGift(after)}`;
      // A gap at the very end would read back as a short answer: Moodle's missing-word needs text after the braces.
      if (after.trim() === "") body += " \\n";
      break;
    }
    case "matching":
      body = `${escapeGift(q.prompt)}{${(q.pairs ?? []).map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`).join(" ")}${feedback}}`;
      break;
    default:
      throw new Error(`GIFT has no ${q.kind} type`);
  }
  return `${META_PREFIX} ${JSON.stringify(meta)}\n${title}${body}`;
}

function splitOnce(text: string, pattern: RegExp): [string, string] {
  const re = new RegExp(pattern.source);
  const m = re.exec(text);
  if (!m) return [text, ""];
  return [text.slice(0, m.index), text.slice(m.index + m[0].length)];
}

/** Index of the first unescaped occurrence of `needle` in `text` at or after `from`, else -1. */
function findUnescaped(text: string, needle: string, from = 0): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits on unescaped occurrences of any of `chars` that start a token; returns [marker, text] pairs. */
function tokens(text: string, markers: string): { marker: string; text: string }[] {
  const out: { marker: string; text: string }[] = [];
  let current: { marker: string; text: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && i + 1 < text.length) {
      if (current) current.text += ch + text[i + 1]!;
      i++;
      continue;
    }
    if (markers.includes(ch)) {
      current = { marker: ch, text: "" };
      out.push(current);
    } else if (current) current.text += ch;
    else if (!/\s/.test(ch)) out.push((current = { marker: "", text: ch }));
  }
  return out;
}

type Block = { line: number; text: string; meta: string | null; metaLine: number };

/** Questions are separated by blank lines; comment lines are dropped, a "// recall:" comment is kept for the next question. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let current: Block | null = null;
  let pendingMeta: { text: string; line: number } | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "") {
      current = null;
      return;
    }
    if (trimmed.startsWith("//")) {
      if (trimmed.startsWith(META_PREFIX)) pendingMeta = { text: trimmed.slice(META_PREFIX.length).trim(), line };
      return;
    }
    if (!current && trimmed.startsWith("$CATEGORY:")) return;
    if (!current) {
      const meta: { text: string; line: number } | null = pendingMeta;
      current = { line, text: raw, meta: meta?.text ?? null, metaLine: meta?.line ?? line };
      pendingMeta = null;
      out.push(current);
    } else current.text += `\n${raw}`;
  });
  return out;
}

export function parseGift(text: string): ParseResult {
  const problems: ExchangeProblem[] = [];
  const questions: ParsedQuestion[] = [];
  for (const block of blocks(text)) {
    const result = parseBlock(block);
    if ("problem" in result) problems.push(result.problem);
    else questions.push({ line: block.line, question: result.question });
  }
  if (problems.length === 0 && questions.length === 0) problems.push({ line: 1, field: "file", message: "no GIFT questions found" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
}

function parseBlock(block: Block): { question: ExchangeQuestion } | { problem: ExchangeProblem } {
  const fail = (field: string, message: string) => ({ problem: { line: block.line, field, message } });
  let rest = block.text.trim();
  let title: string | null = null;
  if (rest.startsWith("::")) {
    const end = findUnescaped(rest, "::", 2);
    if (end < 0) return fail("title", "the ::title:: is not closed");
    title = unescapeGift(rest.slice(2, end)).trim();
    rest = rest.slice(end + 2).trimStart();
  }
  rest = rest.replace(/^\[(html|moodle|plain|markdown)\]/, "");
  const open = findUnescaped(rest, "{");
  if (open < 0) return fail("answer", "no answer block { … } (a description without a question cannot be imported)");
  const close = findUnescaped(rest, "}", open + 1);
  if (close < 0) return fail("answer", "the answer block { is not closed with }");
  const before = rest.slice(0, open);
  const after = rest.slice(close + 1);
  const missingWord = after.trim() !== "";
  let inside = rest.slice(open + 1, close);
  let explanation: string | null = null;
  const general = findUnescaped(inside, "####");
  if (general >= 0) {
    explanation = unescapeGift(inside.slice(general + 4)).trim() || null;
    inside = inside.slice(0, general);
  }
  const prompt = missingWord ? `${unescapeGift(before).trimStart()}___${unescapeGift(after.replace(/\s*\\n\s*$/, "")).trimEnd()}` : unescapeGift(before).trim();
  const meta = readMeta(block);
  if ("problem" in meta) return meta;

  const q: ExchangeQuestion = { ...blankQuestion("short_answer"), prompt, explanation, ...meta.fields };
  if (title && KEY_PATTERN.test(title)) q.key = title;
  const body = inside.trim();
  if (body === "") return fail("answer", "an empty answer block {} is an essay question, which Recall does not have");
  if (body.startsWith("#")) return fail("answer", "numerical questions ({#…}) are not supported");

  const tf = /^(TRUE|FALSE|T|F)(?=$|[\s#])/i.exec(body);
  if (tf) {
    if (missingWord) return fail("answer", "a true/false answer block must come after the question text");
    return { question: { ...q, kind: "true_false", answer: tf[1]!.toUpperCase().startsWith("T") ? "true" : "false" } };
  }
  const answers = tokens(body, "=~").map((t) => {
    const feedbackAt = findUnescaped(t.text, "#");
    const raw = (feedbackAt >= 0 ? t.text.slice(0, feedbackAt) : t.text).trim();
    const weight = /^%(-?\d+(?:\.\d+)?)%/.exec(raw);
    return { marker: t.marker, weight: weight ? Number(weight[1]) : null, raw: weight ? raw.slice(weight[0].length) : raw };
  });
  if (answers.some((a) => a.marker === "")) return fail("answer", "each answer must start with = (right) or ~ (wrong)");
  const right = answers.filter((a) => a.marker === "=" || (a.weight ?? 0) >= 100);
  const wrong = answers.filter((a) => !right.includes(a));

  if (answers.every((a) => a.marker === "=") && answers.some((a) => findUnescaped(a.raw, "->") >= 0)) {
    const pairs: { left: string; right: string }[] = [];
    for (const a of answers) {
      const arrow = findUnescaped(a.raw, "->");
      if (arrow < 0) return fail("pairs", `"${unescapeGift(a.raw)}" is not a pair (left -> right)`);
      pairs.push({ left: unescapeGift(a.raw.slice(0, arrow)).trim(), right: unescapeGift(a.raw.slice(arrow + 2)).trim() });
    }
    return { question: { ...q, kind: "matching", pairs, answer: pairs.map((p) => `${p.left} → ${p.right}`).join("; ") } };
  }
  if (wrong.length > 0) {
    if (right.length !== 1) return fail("choices", `a multiple choice question needs exactly one right answer (=), found ${right.length}`);
    const choices = answers.map((a) => unescapeGift(a.raw).trim());
    return { question: { ...q, kind: "multiple_choice", choices, answer: unescapeGift(right[0]!.raw).trim() } };
  }
  const [first, ...others] = answers.map((a) => unescapeGift(a.raw).trim());
  return { question: { ...q, kind: missingWord ? "cloze" : "short_answer", answer: first ?? "", acceptedAnswers: others } };
}

function readMeta(block: Block): { fields: Partial<ExchangeQuestion> } | { problem: ExchangeProblem } {
  if (!block.meta) return { fields: {} };
  let meta: Meta;
  try {
    meta = JSON.parse(block.meta) as Meta;
  } catch {
    return { problem: { line: block.metaLine, field: "recall", message: "the // recall: comment is not valid JSON" } };
  }
  const fields: Partial<ExchangeQuestion> = {};
  if (typeof meta.evidence === "string") fields.evidenceText = meta.evidence;
  if (Array.isArray(meta.topics) && meta.topics.every((t) => typeof t === "string")) fields.topics = meta.topics;
  if (typeof meta.difficulty === "number") fields.difficulty = meta.difficulty;
  if (meta.status === "active" || meta.status === "draft") fields.status = meta.status;
  return { fields };
}
