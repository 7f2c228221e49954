// The exchange codecs (lib/domain/exchange): Recall JSON round-trips every
// field of every kind; GIFT round-trips the kinds it carries and escapes its
// special characters; real Moodle-style GIFT reads; Anki text has the
// documented headers, escapes HTML, tabs and newlines, writes cloze as
// {{c1::…}}; every problem names its line and field.
import { describe, expect, test } from "vitest";
import { detectFormat, exportQuestions, parseQuestions, type ExchangeQuestion } from "@/lib/domain/exchange";
import { escapeGift, exportGift, parseGift, unescapeGift } from "@/lib/domain/exchange/gift";
import { ankiHeaders, ankiHtmlToText, escapeAnkiHtml, exportAnki, parseAnki } from "@/lib/domain/exchange/anki";
import { exportJson, parseJson, questionLines } from "@/lib/domain/exchange/json";
import { EVERY_KIND } from "./fixtures";

const article = { slug: "tiny", title: "A tiny article" };
const parsedOk = (r: ReturnType<typeof parseJson>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.questions.map((p) => p.question);
};

describe("Recall JSON", () => {
  test.each(EVERY_KIND.map((q) => ({ kind: q.kind, q })))("round-trips every field of a $kind question", ({ q }) => {
    const text = exportJson(article, [q]).text;
    expect(parsedOk(parseJson(text))).toEqual([q]);
  });

  test("names the line each question starts on", () => {
    const text = exportJson(article, EVERY_KIND).text;
    const lines = text.split("\n");
    const starts = questionLines(text);
    expect(starts).toHaveLength(EVERY_KIND.length);
    starts.forEach((line, i) => expect(lines[line]).toContain(`"key": "${EVERY_KIND[i]!.key}"`));
  });

  test.each([
    { label: "broken JSON", text: '{\n  "format": "recall-questions",\n  oops\n}', line: 3, field: "file" },
    { label: "another format", text: '{"format": "x", "version": 1, "questions": []}', line: 1, field: "format" },
    {
      label: "an unknown kind",
      text: '{\n"format": "recall-questions",\n"version": 1,\n"questions": [\n{"kind": "essay", "prompt": "x"}\n]}',
      line: 5,
      field: "kind",
    },
  ])("refuses $label naming line $line and field $field", ({ text, line, field }) => {
    const r = parseJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line, field });
  });
});

describe("Moodle GIFT", () => {
  const carried = EVERY_KIND.filter((q) => !["ordering", "flashcard"].includes(q.kind)).map((q) => ({ ...q, origin: null }));

  test.each(carried.map((q) => ({ kind: q.kind, q })))("round-trips a $kind question", ({ q }) => {
    const back = parsedOk(parseGift(exportGift(article, [q]).text));
    expect(back).toEqual([{ ...q, evidenceStart: null }]);
  });

  test("leaves out ordering, flashcard, drafts and retired questions, and says which", () => {
    const out = exportGift(article, [...EVERY_KIND, { ...EVERY_KIND[0]!, key: "t-old", status: "retired" }]);
    expect(out.skipped.map((s) => s.kind)).toEqual(["ordering"]);
    expect(out.included).toBe(5);
    expect(out.text).toContain("//   t-order (ordering)");
    expect(out.text).not.toContain("t-old");
    expect(out.text).not.toContain("t-card");
  });

  test.each(["~", "=", "#", "{", "}", ":", "\\"])("escapes %s in prompts, answers and feedback and reads it back", (ch) => {
    const text = `a ${ch} b`;
    expect(escapeGift(text)).toBe(`a \\${ch} b`);
    expect(unescapeGift(escapeGift(text))).toBe(text);
    const q: ExchangeQuestion = {
      ...EVERY_KIND[3]!,
      origin: null,
      evidenceStart: null,
      prompt: `Which ${ch} city?`,
      answer: `Lon${ch}don`,
      acceptedAnswers: [`L${ch}`],
      explanation: `Because ${ch}.`,
    };
    expect(parsedOk(parseGift(exportGift(article, [q]).text))).toEqual([q]);
  });

  test("a cloze whose gap ends the sentence stays a cloze (missing-word needs text after the braces)", () => {
    const q = { ...EVERY_KIND[2]!, origin: null, evidenceStart: null, prompt: "Ada worked with ___" };
    expect(parsedOk(parseGift(exportGift(article, [q]).text))).toEqual([q]);
  });

  test("reads Windows line endings", () => {
    const r = parseGift("// c\r\n::q1::Two plus {=two} equals four.\r\n\r\n::q2::Sure?{F}\r\n");
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.questions.map((p) => [p.line, p.question.key, p.question.kind])).toEqual([
      [2, "q1", "cloze"],
      [4, "q2", "true_false"],
    ]);
  });

  test("a newline in a field is written as \\n and read back", () => {
    expect(escapeGift("one\ntwo")).toBe("one\\ntwo");
    expect(unescapeGift("one\\ntwo and \\\\n")).toBe("one\ntwo and \\n");
  });

  test("reads real Moodle-style GIFT: comments, categories, titles, feedback, weights, multiline, missing word", () => {
    const text = [
      "// question: 1 name: Grant",
      "$CATEGORY: $course$/Tombs",
      "",
      "::Grant's tomb::Who's buried in Grant's tomb?{~Grant#No ~Jefferson =no one#Right!####Nobody is buried there.}",
      "",
      "// true/false",
      "::Q1:: 1+1\\=2 {T}",
      "",
      "Grant is {~buried =entombed ~living} in Grant's tomb.",
      "",
      "Two plus {=two =2} equals four.",
      "",
      "::Q4:: Which animal eats which food? {",
      "  =cat -> cat food",
      "  =dog -> dog food",
      "  =cow -> grass",
      "}",
      "",
      "::q5::[html]Where was Jesus Christ from?{",
      "  ~Jerusalem",
      "  ~%25%Bethlehem",
      "  =Nazareth",
      "}",
    ].join("\n");
    const r = parseGift(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.questions.map((p) => p.line)).toEqual([4, 7, 9, 11, 13, 19]);
    const [mc, tf, missing, cloze, match, weighted] = r.questions.map((p) => p.question);
    expect(mc).toMatchObject({ key: null, kind: "multiple_choice", prompt: "Who's buried in Grant's tomb?", answer: "no one", choices: ["Grant", "Jefferson", "no one"], explanation: "Nobody is buried there." });
    expect(tf).toMatchObject({ kind: "true_false", prompt: "1+1=2", answer: "true", key: null });
    expect(missing).toMatchObject({ kind: "multiple_choice", prompt: "Grant is ___ in Grant's tomb.", answer: "entombed" });
    expect(cloze).toMatchObject({ kind: "cloze", prompt: "Two plus ___ equals four.", answer: "two", acceptedAnswers: ["2"] });
    expect(match).toMatchObject({ kind: "matching", pairs: [{ left: "cat", right: "cat food" }, { left: "dog", right: "dog food" }, { left: "cow", right: "grass" }] });
    expect(weighted).toMatchObject({ key: "q5", kind: "multiple_choice", answer: "Nazareth", choices: ["Jerusalem", "Bethlehem", "Nazareth"] });
  });

  test.each([
    { label: "a description", text: "Just some text.", field: "answer" },
    { label: "an unclosed block", text: "\n\nQuestion {=a", field: "answer", line: 3 },
    { label: "a numerical question", text: "When? {#1822:5}", field: "answer" },
    { label: "an essay", text: "Write. {}", field: "answer" },
    { label: "two right choices", text: "Pick {=a =b ~c}", field: "choices" },
    { label: "bad metadata", text: "// recall: {nope\nQ {=a}", field: "recall" },
  ])("refuses $label with its line and field", ({ text, field, line }) => {
    const r = parseGift(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ field, line: line ?? 1 });
  });
});

describe("Anki text", () => {
  test("starts with the documented file headers, exactly", () => {
    const text = exportAnki(article, EVERY_KIND).text;
    expect(text.split("\n").slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#guid column:1",
      "#notetype column:2",
      "#deck:Recall::A tiny article",
      "#tags column:5",
    ]);
    expect(ankiHeaders("x\ty")).toContain("#deck:x y");
  });

  test("writes every active kind as one row of five tab-separated columns, cloze as a Cloze note", () => {
    const rows = exportAnki(article, EVERY_KIND).text.trimEnd().split("\n").slice(6);
    expect(rows).toHaveLength(6); // the draft flashcard is left out
    for (const row of rows) expect(row.split("\t")).toHaveLength(5);
    const cloze = rows.find((r) => r.startsWith("t-cloze\t"))!.split("\t");
    expect(cloze[1]).toBe("Cloze");
    expect(cloze[2]).toBe("Ada worked with Charles {{c1::Babbage}}.");
    expect(rows.filter((r) => r.split("\t")[1] === "Basic")).toHaveLength(5);
    expect(rows.find((r) => r.startsWith("t-mc\t"))).toContain('<ol class="recall-choices"><li>1843</li><li>1833</li>');
    expect(cloze[4]).toBe("people early_computing recall::kind::cloze recall::difficulty::3");
  });

  test.each([
    { label: "a tab", input: "a\tb", output: "a&#9;b" },
    { label: "a newline", input: "a\nb", output: "a<br>b" },
    { label: "HTML", input: '<b>x</b> & "y"', output: "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;" },
  ])("escapes $label in a field and reads it back", ({ input, output }) => {
    expect(escapeAnkiHtml(input)).toBe(output);
    expect(ankiHtmlToText(escapeAnkiHtml(input))).toBe(input);
  });

  test("a prompt with tabs, newlines and HTML stays in its column", () => {
    const q = { ...EVERY_KIND[6]!, status: "active" as const, prompt: "Tab\there\nand <i>tags</i>", answer: "a\tb" };
    const row = exportAnki(article, [q]).text.trimEnd().split("\n")[6]!;
    expect(row.split("\t")).toHaveLength(5);
    const back = parseAnki(exportAnki(article, [q]).text);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.questions[0]!.question).toMatchObject({ prompt: "Tab\there\nand <i>tags</i>", answer: "a\tb" });
  });

  test.each(EVERY_KIND.map((q) => ({ kind: q.kind, q: { ...q, status: "active" as const } })))("reads its own $kind note back", ({ q }) => {
    const r = parseAnki(exportAnki(article, [q]).text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.questions[0]!.question).toEqual({ ...q, origin: null, generatorVersion: null, score: null, rejectReasons: null, evidenceStart: null });
  });

  test("reads a plain Anki file: Basic notes are flashcards, a Cloze note a fill-in-the-blank, quoted fields span lines", () => {
    const text = ["#separator:semicolon", "#notetype column:1", "Basic;Engine;\"Babbage's\nmachine\"", "Cloze;Ada worked with {{c1::Babbage::who?}} in London;"].join("\n");
    const r = parseAnki(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.questions.map((p) => p.line)).toEqual([3, 5]);
    expect(r.questions[0]!.question).toMatchObject({ kind: "flashcard", prompt: "Engine", answer: "Babbage's\nmachine", key: null });
    expect(r.questions[1]!.question).toMatchObject({ kind: "cloze", prompt: "Ada worked with ___ in London", answer: "Babbage" });
  });

  test.each([
    { label: "an unknown notetype", text: "#separator:tab\n#notetype column:1\nImage Occlusion\tx\ty", line: 3, field: "notetype" },
    { label: "two cloze deletions", text: "#separator:tab\n#notetype:Cloze\n{{c1::a}} and {{c2::b}}\t", line: 3, field: "Text" },
    { label: "a true/false back that is neither", text: "#separator:tab\n#tags column:3\nIs it?\tmaybe\trecall::kind::true_false", line: 3, field: "Back" },
    { label: "an unknown separator", text: "#separator:Nope\nx", line: 1, field: "#separator" },
  ])("refuses $label naming line $line and field $field", ({ text, line, field }) => {
    const r = parseAnki(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line, field });
  });
});

describe("formats", () => {
  test.each([
    { format: "json" as const },
    { format: "gift" as const },
    { format: "anki" as const },
  ])("an export in $format is detected as $format", ({ format }) => {
    expect(detectFormat(exportQuestions(format, article, EVERY_KIND).text)).toBe(format);
  });
  test("parseQuestions reads each format's export", () => {
    for (const format of ["json", "gift", "anki"] as const) expect(parseQuestions(format, exportQuestions(format, article, EVERY_KIND).text).ok).toBe(true);
  });
});
