import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { segmentArticle } from "@/lib/domain/article/segment";
import { citationRunEnd } from "@/lib/domain/text";

// Every real text the repository holds, segmented: the SQuAD corpus copy,
// the seed article and the generator's fixture articles.
const ROOT = path.resolve(__dirname, "..", "..");
const CORPUS = path.join(ROOT, "tests", "fixtures", "squad-dev");
const texts = [
  ...readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(CORPUS, f)),
  path.join(ROOT, "seeds", "articles", "shusha-declaration.md"),
  ...readdirSync(path.join(ROOT, "tests", "fixtures", "articles")).map((f) => path.join(ROOT, "tests", "fixtures", "articles", f)),
].map((file) => {
  const { body } = parseArticleSource(readFileSync(file, "utf8"));
  const sentences = segmentArticle(body).flatMap((p) => p.sentences.map((s) => body.slice(s.start, s.end)));
  return { name: path.basename(file).replace(/\.[^.]+$/, ""), sentences };
});

/** Brackets opened in a sentence and not closed in it; a stray closer is ignored. */
function unclosedBrackets(sentence: string): string {
  const open: string[] = [];
  for (const ch of sentence) {
    if (ch === "(" || ch === "[") open.push(ch);
    else if (ch === ")" || ch === "]") {
      const k = open.lastIndexOf(ch === ")" ? "(" : "[");
      if (k >= 0) open.length = k;
    }
  }
  return open.join("");
}

/**
 * Sentences that break a rule below on purpose. Empty: the one text that had
 * one ("The Daleks (a.k.a." in doctor-who) is fixed. rhine's "Dutch Rijn
 * (formerly also spelled Rhijn))" closes one bracket more than it opens; that
 * is in the source and breaks no rule here.
 */
const EXCEPTIONS: string[] = [];

describe("segmenting every real text", () => {
  test("reads all sixteen texts", () => {
    expect(texts).toHaveLength(16);
  });

  test.each(texts)("$name: no sentence starts with a lower-case letter, a closing bracket or a citation mark", ({ sentences }) => {
    const bad = sentences.filter((s) => !EXCEPTIONS.includes(s) && (/^[\p{Ll})\]]/u.test(s) || citationRunEnd(s, 0) > 0));
    expect(bad).toEqual([]);
  });

  test.each(texts)("$name: no sentence ends inside an open bracket", ({ sentences }) => {
    const bad = sentences.filter((s) => !EXCEPTIONS.includes(s) && unclosedBrackets(s) !== "");
    expect(bad).toEqual([]);
  });

  // The counts pin the segmentation that evidence offsets depend on: a change
  // here moves questions' sentence anchors, so it should be a deliberate one.
  // Before issue 10 the SQuAD texts gave 536 sentences; the fix split six
  // sentences at a citation mark after the full stop (doctor-who, european-
  // union-law, force, genghis-khan, rhine twice) and joined one that had been
  // split inside "(a.k.a. The Mutants)" (doctor-who).
  test("sentence counts", () => {
    expect(Object.fromEntries(texts.map((t) => [t.name, t.sentences.length]))).toEqual({
      "apollo-program": 40,
      chloroplast: 50,
      "doctor-who": 46,
      "economic-inequality": 43,
      "european-union-law": 41,
      force: 42,
      "french-and-indian-war": 44,
      "genghis-khan": 51,
      "prime-number": 48,
      rhine: 45,
      "scottish-parliament": 40,
      "steam-engine": 51,
      "shusha-declaration": 30,
      "business-battery-plant": 16,
      "science-deep-sea-vents": 15,
      "sport-marathon": 15,
    });
  });
});
