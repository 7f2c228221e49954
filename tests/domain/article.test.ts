import { describe, expect, test } from "vitest";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { countWords, segmentArticle, splitParagraphs, splitSentences } from "@/lib/domain/article/segment";
import { sentenceHref } from "@/lib/domain/article/anchors";

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  test.each([
    { label: "plain sentences", input: "One. Two! Three?", expected: ["One.", "Two!", "Three?"] },
    {
      label: "a quotation that ends the sentence",
      input: "“It is of exceptional importance,” he said. Aliyev said more.",
      expected: ["“It is of exceptional importance,” he said.", "Aliyev said more."],
    },
    {
      label: "closing quote after the period",
      input: "He called it “a road map.” Then he left.",
      expected: ["He called it “a road map.”", "Then he left."],
    },
    {
      label: "a title with a colon inside straight quotes",
      input: 'They held "The New World Order: Global Challenges in Shusha," an event. It was held on Sunday.',
      expected: ['They held "The New World Order: Global Challenges in Shusha," an event.', "It was held on Sunday."],
    },
    { label: "honorific abbreviations", input: "Dr. Smith met Mr. Jones. They talked.", expected: ["Dr. Smith met Mr. Jones.", "They talked."] },
    { label: "initials", input: "J. K. Rowling wrote it. It sold well.", expected: ["J. K. Rowling wrote it.", "It sold well."] },
    { label: "decimals", input: "Growth was 3.5 percent. Prices rose.", expected: ["Growth was 3.5 percent.", "Prices rose."] },
    { label: "dotted acronyms", input: "The U.S. Senate voted. It passed.", expected: ["The U.S. Senate voted.", "It passed."] },
    { label: "lowercase after a period is not a boundary", input: "It cost approx. ten dollars. Fine.", expected: ["It cost approx. ten dollars.", "Fine."] },
    { label: "non-ASCII capitals start sentences", input: "They met. Türkiye agreed. Ülker paid.", expected: ["They met.", "Türkiye agreed.", "Ülker paid."] },
    { label: "a final sentence without a period", input: "First one. Second one", expected: ["First one.", "Second one"] },
  ])("$label", ({ input, expected }) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe("splitParagraphs and segmentArticle", () => {
  test("paragraphs are separated by blank lines and offsets index the body", () => {
    const body = "First para. Still first.\n\n  Second para.\n\n\nThird.";
    const spans = splitParagraphs(body);
    expect(spans.map((p) => body.slice(p.start, p.end))).toEqual(["First para. Still first.", "Second para.", "Third."]);
  });

  test("sentence indexes run through the article and offsets index the body", () => {
    const body = "A one. A two.\n\nB one.";
    const paragraphs = segmentArticle(body);
    expect(paragraphs.map((p) => p.sentences.map((s) => [s.index, s.paragraphIndex, s.indexInParagraph, body.slice(s.start, s.end)]))).toEqual([
      [
        [0, 0, 0, "A one."],
        [1, 0, 1, "A two."],
      ],
      [[2, 1, 0, "B one."]],
    ]);
  });
});

describe("parseArticleSource", () => {
  test.each([
    {
      label: "the plain-text date header of the shared seed",
      input: " date 2025-06-15 Four years ago, Türkiye acted.\n\nNext.",
      expected: { meta: { date: "2025-06-15" }, body: "Four years ago, Türkiye acted.\n\nNext." },
    },
    {
      label: "front matter",
      input: '---\nslug: my-piece\ntitle: "A: title"\ndate: 2024-01-02\nsource: Somewhere\n---\nBody text.',
      expected: { meta: { slug: "my-piece", title: "A: title", date: "2024-01-02", source: "Somewhere" }, body: "Body text." },
    },
    { label: "no header at all", input: "Just text.\r\n\r\nMore.", expected: { meta: {}, body: "Just text.\n\nMore." } },
  ])("$label", ({ input, expected }) => {
    expect(parseArticleSource(input)).toEqual(expected);
  });

  test.each([
    { label: "an impossible date", input: "---\ndate: 2024-02-31\n---\nText." },
    { label: "a slug with spaces", input: "---\nslug: Not A Slug\n---\nText." },
  ])("refuses $label", ({ input }) => {
    expect(() => parseArticleSource(input)).toThrow();
  });
});

describe("countWords and anchors", () => {
  test.each([
    { input: "Erdoğan and Sırakaya met in Türkiye.", expected: 6 },
    { input: "Azerbaijan’s short-lived independence in the 20th century", expected: 7 },
    { input: "", expected: 0 },
  ])("countWords($input) = $expected", ({ input, expected }) => {
    expect(countWords(input)).toBe(expected);
  });

  test("sentenceHref points the reader at a sentence and highlights it", () => {
    expect(sentenceHref("shusha-declaration", 12)).toBe("/articles/shusha-declaration?s=12#s-12");
  });
});
