// Owns Anki's plain-text note format, both ways, following Anki's manual
// (https://docs.ankiweb.net/importing/text-files.html):
//
//   - "The files must be in UTF-8 format."
//   - File headers: lines at the top of the form "#key:value":
//       #separator:  "Comma, Semicolon, Tab, Space, Pipe, Colon, or the according literal characters"
//       #html:       "true, false" — "Determines whether the file is treated as HTML."
//       #notetype column / #deck column / #tags column / #guid column: "1, 2, 3, ..." —
//                    which column holds each note's notetype, deck, tags, GUID
//       #deck:       "Presets the deck"; #notetype: "Presets the notetype"; #tags: added to all notes
//   - With a notetype column, the other columns fill the note's fields in order.
//   - Quoting: fields may be put "in quotation marks" to hold newlines or the
//     separator, a quote inside doubled ("").
//   - With HTML on: "If you wish to use HTML for formatting your file but also
//     wish to include angle brackets or ampersands, you may use the following
//     replacements: < &lt; > &gt; & &amp;", and "this is<br>a two line answer".
//   - Updating: "If the file has a GUID column, notes with a matching GUID are updated".
//
// What Recall writes: tab-separated, HTML on, every active question as one
// note. Columns: GUID (the question key), notetype, field 1, field 2, tags.
// Cloze questions are "Cloze" notes (the gap as {{c1::answer}}), every other
// kind a "Basic" note: multiple choice lists its choices on the front,
// ordering shows its items alphabetically on the front and in order on the
// back, matching both columns on the front and the pairs on the back. The
// back ends with the explanation and the evidence quote. Our own markup
// (class="recall-…") lets the import read every kind back; the tags carry the
// topics plus recall::kind::<kind> and recall::difficulty::<n>. Fields are
// HTML-escaped (& < > " and tabs as entities, newlines as <br>), so no field
// needs quoting. A note from any other Anki file reads as a flashcard (Basic)
// or a fill-in-the-blank (Cloze, one deletion).
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { CLOZE_BLANK, QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { blankQuestion, type ExchangeProblem, type ExchangeQuestion, type ExportResult, type ParseResult, type ParsedQuestion } from "./types";

const KEY_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Field text for a file with #html:true. */
export function escapeAnkiHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\r?\n/g, "<br>");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** An HTML field as plain text: <br> and block ends are newlines, other tags dropped, entities decoded. */
export function ankiHtmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(div|p|li)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

const list = (tag: "ol" | "ul", cls: string, items: string[]) => `<${tag} class="recall-${cls}">${items.map((i) => `<li>${escapeAnkiHtml(i)}</li>`).join("")}</${tag}>`;
const alphabetical = (items: string[]) => [...items].sort((a, b) => a.localeCompare(b));
const tag = (text: string) => text.trim().replace(/\s+/g, "_");

function extras(q: ExchangeQuestion): string {
  return (
    (q.explanation ? `<div class="recall-explanation">${escapeAnkiHtml(q.explanation)}</div>` : "") +
    (q.evidenceText ? `<blockquote class="recall-evidence">${escapeAnkiHtml(q.evidenceText)}</blockquote>` : "")
  );
}

function fields(q: ExchangeQuestion): { notetype: "Basic" | "Cloze"; front: string; back: string } {
  const prompt = escapeAnkiHtml(q.prompt);
  const accepted = q.acceptedAnswers.length > 0 ? list("ul", "accepted", q.acceptedAnswers) : "";
  switch (q.kind) {
    case "multiple_choice":
      return { notetype: "Basic", front: prompt + list("ol", "choices", q.choices ?? []), back: escapeAnkiHtml(q.answer) + extras(q) };
    case "true_false":
      return { notetype: "Basic", front: `${prompt}<div class="recall-tf">True or false?</div>`, back: (q.answer === "true" ? "True" : "False") + extras(q) };
    case "cloze": {
      const m = new RegExp(CLOZE_BLANK.source).exec(q.prompt);
      const text = m
        ? `${escapeAnkiHtml(q.prompt.slice(0, m.index))}{{c1::${escapeAnkiHtml(q.answer)}}}${escapeAnkiHtml(q.prompt.slice(m.index + m[0].length))}`
        : prompt;
      return { notetype: "Cloze", front: text, back: accepted + extras(q) };
    }
    case "ordering":
      return { notetype: "Basic", front: prompt + list("ul", "items", alphabetical(q.items ?? [])), back: list("ol", "order", q.items ?? []) + extras(q) };
    case "matching": {
      const pairs = q.pairs ?? [];
      const front = prompt + list("ul", "lefts", pairs.map((p) => p.left)) + list("ul", "rights", alphabetical(pairs.map((p) => p.right)));
      const back = `<ul class="recall-pairs">${pairs
        .map((p) => `<li><span class="recall-left">${escapeAnkiHtml(p.left)}</span> → <span class="recall-right">${escapeAnkiHtml(p.right)}</span></li>`)
        .join("")}</ul>`;
      return { notetype: "Basic", front, back: back + extras(q) };
    }
    default:
      return { notetype: "Basic", front: prompt, back: escapeAnkiHtml(q.answer) + accepted + extras(q) };
  }
}

export const ANKI_COLUMNS = ["guid", "notetype", "field 1", "field 2", "tags"] as const;

/** The header lines Recall writes, in order (see the module comment for each rule). */
export function ankiHeaders(deck: string): string[] {
  return ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", `#deck:${deck.replace(/[\t\r\n]+/g, " ")}`, "#tags column:5"];
}

export function exportAnki(article: { slug: string; title: string }, questions: ExchangeQuestion[]): ExportResult {
  const kept = questions.filter((q) => q.status === "active");
  const rows = kept.map((q) => {
    const f = fields(q);
    const tags = [...q.topics.map(tag), `recall::kind::${q.kind}`, `recall::difficulty::${q.difficulty}`].join(" ");
    return [q.key ?? "", f.notetype, f.front, f.back, tags].join("\t");
  });
  const deck = `Recall::${article.title.trim() || article.slug}`;
  return { text: `${[...ankiHeaders(deck), ...rows].join("\n")}\n`, included: rows.length, skipped: [] };
}

// ── import ────────────────────────────────────────────────────────────────

type Headers = { separator: string; html: boolean; notetype: string | null; guid: number | null; notetypeCol: number | null; deckCol: number | null; tagsCol: number | null };
const SEPARATORS: Record<string, string> = { comma: ",", semicolon: ";", tab: "\t", space: " ", pipe: "|", colon: ":" };

/** Reads one row from `text` at `pos` (quotes may span lines); returns the fields and where the next row starts. */
function readRow(text: string, pos: number, sep: string): { fields: string[]; next: number; lines: number } {
  const fields: string[] = [];
  let field = "";
  let i = pos;
  let lines = 0;
  let quoted = false;
  let atStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      if (ch === "\n") lines++;
      field += ch;
      i++;
      continue;
    }
    if (atStart && ch === '"') {
      quoted = true;
      atStart = false;
      i++;
      continue;
    }
    if (ch === sep) {
      fields.push(field);
      field = "";
      atStart = true;
      i++;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      const next = ch === "\r" && text[i + 1] === "\n" ? i + 2 : i + 1;
      fields.push(field);
      return { fields, next, lines: lines + 1 };
    }
    field += ch;
    atStart = false;
    i++;
  }
  fields.push(field);
  return { fields, next: i, lines };
}

function readHeaders(lines: string[]): { headers: Headers; count: number } | { problem: ExchangeProblem } {
  const headers: Headers = { separator: "", html: false, notetype: null, guid: null, notetypeCol: null, deckCol: null, tagsCol: null };
  let count = 0;
  for (const raw of lines) {
    const m = /^#([a-z ]+):(.*)$/i.exec(raw.replace(/\r$/, ""));
    if (!m) break;
    count++;
    const key = m[1]!.trim().toLowerCase();
    const value = m[2]!;
    const column = () => {
      const n = Number(value.trim());
      return Number.isInteger(n) && n >= 1 ? n : null;
    };
    if (key === "separator") {
      const sep = SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : null);
      if (!sep) return { problem: { line: count, field: "#separator", message: `unknown separator "${value}"` } };
      headers.separator = sep;
    } else if (key === "html") headers.html = value.trim().toLowerCase() === "true";
    else if (key === "notetype") headers.notetype = value.trim();
    else if (key === "guid column") headers.guid = column();
    else if (key === "notetype column") headers.notetypeCol = column();
    else if (key === "deck column") headers.deckCol = column();
    else if (key === "tags column") headers.tagsCol = column();
    // #deck, #tags, #columns, #if matches: nothing for Recall to keep.
  }
  return { headers, count };
}

export function parseAnki(input: string): ParseResult {
  const text = input.replace(/^\uFEFF/, "");
  const lines = text.split("\n");
  const read = readHeaders(lines);
  if ("problem" in read) return { ok: false, problems: [read.problem] };
  const { headers } = read;
  let pos = lines.slice(0, read.count).reduce((n, l) => n + l.length + 1, 0);
  let line = read.count + 1;
  if (!headers.separator) {
    const first = lines[read.count] ?? "";
    headers.separator = first.includes("\t") ? "\t" : first.includes(";") ? ";" : first.includes(",") ? "," : "\t";
  }
  const special = new Set([headers.guid, headers.notetypeCol, headers.deckCol, headers.tagsCol].filter((n): n is number => n !== null));
  const problems: ExchangeProblem[] = [];
  const questions: ParsedQuestion[] = [];
  while (pos < text.length) {
    const row = readRow(text, pos, headers.separator);
    const rowLine = line;
    pos = row.next;
    line += Math.max(1, row.lines);
    if (row.fields.every((f) => f.trim() === "")) continue;
    const col = (n: number | null) => (n === null ? "" : (row.fields[n - 1] ?? "").trim());
    const noteFields = row.fields.filter((_, i) => !special.has(i + 1));
    const notetype = (headers.notetypeCol ? col(headers.notetypeCol) : headers.notetype) || "Basic";
    const result = readNote({
      notetype,
      front: noteFields[0] ?? "",
      back: noteFields[1] ?? "",
      guid: col(headers.guid),
      tags: col(headers.tagsCol).split(/\s+/).filter(Boolean),
      html: headers.html,
    });
    if ("problem" in result) problems.push({ line: rowLine, ...result.problem });
    else questions.push({ line: rowLine, question: result.question });
  }
  if (problems.length === 0 && questions.length === 0) problems.push({ line: 1, field: "file", message: "no notes found" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
}

type Note = { notetype: string; front: string; back: string; guid: string; tags: string[]; html: boolean };

/** Takes the first element of our markup with this class out of `html`: its inner HTML, and the rest. */
function takeMarked(html: string, cls: string): { inner: string | null; rest: string } {
  const re = new RegExp(`<(ol|ul|div|blockquote)[^>]*class="recall-${cls}"[^>]*>([\\s\\S]*?)</\\1>`, "i");
  const m = re.exec(html);
  if (!m) return { inner: null, rest: html };
  return { inner: m[2]!, rest: html.slice(0, m.index) + html.slice(m.index + m[0].length) };
}
const listItems = (inner: string | null) => (inner === null ? null : [...inner.matchAll(/<li>([\s\S]*?)<\/li>/gi)].map((m) => ankiHtmlToText(m[1]!)));

function readNote(note: Note): { question: ExchangeQuestion } | { problem: Omit<ExchangeProblem, "line"> } {
  const plain = (s: string) => (note.html ? ankiHtmlToText(s) : s.trim());
  const kindTag = note.tags.find((t) => t.startsWith("recall::kind::"))?.slice("recall::kind::".length);
  const difficultyTag = note.tags.find((t) => t.startsWith("recall::difficulty::"))?.slice("recall::difficulty::".length);
  const topics = note.tags.filter((t) => !t.startsWith("recall::")).map((t) => t.replace(/_/g, " "));
  const cloze = /cloze/i.test(note.notetype);
  if (!cloze && !/^basic/i.test(note.notetype)) return { problem: { field: "notetype", message: `notetype "${note.notetype}": only Basic and Cloze notes can be imported` } };
  if (kindTag !== undefined && !(QUESTION_KINDS as readonly string[]).includes(kindTag)) return { problem: { field: "tags", message: `unknown kind "${kindTag}"` } };
  const kind: QuestionKind = cloze ? "cloze" : ((kindTag as QuestionKind | undefined) ?? "flashcard");
  if (cloze && kindTag && kindTag !== "cloze") return { problem: { field: "notetype", message: `a Cloze note cannot be a ${kindTag} question` } };

  let back = note.back;
  const explanation = takeMarked(back, "explanation");
  back = explanation.rest;
  const evidence = takeMarked(back, "evidence");
  back = evidence.rest;
  const accepted = takeMarked(back, "accepted");
  back = accepted.rest;
  const q: ExchangeQuestion = {
    ...blankQuestion(kind),
    key: KEY_PATTERN.test(note.guid) ? note.guid : null,
    explanation: explanation.inner === null ? null : ankiHtmlToText(explanation.inner),
    evidenceText: evidence.inner === null ? null : ankiHtmlToText(evidence.inner),
    acceptedAnswers: listItems(accepted.inner) ?? [],
    topics,
    difficulty: difficultyTag && /^[1-3]$/.test(difficultyTag) ? Number(difficultyTag) : 2,
  };

  switch (kind) {
    case "cloze": {
      const deletions = [...note.front.matchAll(/\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g)];
      if (deletions.length !== 1) return { problem: { field: "Text", message: `a cloze note needs exactly one deletion {{c1::…}} for Recall's one gap, found ${deletions.length}` } };
      const d = deletions[0]!;
      const extra = plain(back);
      return {
        question: {
          ...q,
          prompt: plain(`${note.front.slice(0, d.index)}___${note.front.slice(d.index + d[0].length)}`),
          answer: plain(d[1]!),
          explanation: q.explanation ?? (extra || null),
        },
      };
    }
    case "multiple_choice": {
      const choices = takeMarked(note.front, "choices");
      const options = listItems(choices.inner);
      if (!options) return { problem: { field: "Front", message: "a multiple choice note lists its choices (<ol class=\"recall-choices\">)" } };
      return { question: { ...q, prompt: plain(choices.rest), choices: options, answer: plain(back) } };
    }
    case "true_false": {
      const answer = plain(back).toLowerCase();
      if (answer !== "true" && answer !== "false") return { problem: { field: "Back", message: `a true/false note's back is True or False, not "${plain(back)}"` } };
      return { question: { ...q, prompt: plain(takeMarked(note.front, "tf").rest), answer } };
    }
    case "ordering": {
      const order = listItems(takeMarked(back, "order").inner);
      if (!order) return { problem: { field: "Back", message: "an ordering note lists its items in order (<ol class=\"recall-order\">)" } };
      const front = takeMarked(note.front, "items").rest;
      return { question: { ...q, prompt: plain(front), items: order, answer: order.join(" → ") } };
    }
    case "matching": {
      const inner = takeMarked(back, "pairs").inner;
      if (inner === null) return { problem: { field: "Back", message: "a matching note lists its pairs (<ul class=\"recall-pairs\">)" } };
      const pairs = [...inner.matchAll(/<span class="recall-left">([\s\S]*?)<\/span>[\s\S]*?<span class="recall-right">([\s\S]*?)<\/span>/g)].map((m) => ({
        left: ankiHtmlToText(m[1]!),
        right: ankiHtmlToText(m[2]!),
      }));
      const front = takeMarked(takeMarked(note.front, "lefts").rest, "rights").rest;
      return { question: { ...q, prompt: plain(front), pairs, answer: pairs.map((p) => `${p.left} → ${p.right}`).join("; ") } };
    }
    default:
      return { question: { ...q, prompt: plain(note.front), answer: plain(back) } };
  }
}
