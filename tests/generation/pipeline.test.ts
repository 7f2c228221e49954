import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { segmentArticle } from "@/lib/domain/article/segment";
import {
  checkAnswerInEvidence,
  checkAnswerNotInOtherChoices,
  checkAnswerNotInStem,
  checkContentTerm,
  checkEvidenceVerbatim,
  checkNoUnresolvedPronoun,
  checkSingleBlank,
  checkStemLength,
  findNearDuplicates,
  generateQuestions,
  GENERATOR_VERSION,
  type GenerationResult,
} from "@/lib/domain/generation";
import { BankQuestionSchema } from "@/lib/domain/questions/bank-schema";

const ROOT = path.resolve(__dirname, "..", "..");
const SEED = path.join(ROOT, "seeds", "articles", "shusha-declaration.md");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "articles");
const GOLDEN = path.join(__dirname, "__golden__", "shusha-declaration.json");

function load(file: string): { slug: string; body: string; title?: string; date?: string } {
  const { meta, body } = parseArticleSource(readFileSync(file, "utf8"));
  const slug = meta.slug ?? path.basename(file).replace(/\.[^.]+$/, "");
  return { slug, body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) };
}

const seed = load(SEED);
const seedResult = generateQuestions(seed);
const active = (r: GenerationResult) => r.questions.filter((q) => q.status === "active");

/** Every check that can be re-run from the output alone, applied to each active question. */
function expectActiveQuestionsPassChecks(r: GenerationResult, body: string): void {
  for (const q of active(r)) {
    const ctx = `${q.key}: ${q.prompt}`;
    expect(checkEvidenceVerbatim(body, { text: q.evidenceText, start: q.evidenceStart, end: q.evidenceEnd }), ctx).toBeNull();
    expect(q.rejectReasons, ctx).toEqual([]);
    expect(q.generatorVersion).toBe(GENERATOR_VERSION);
    expect(q.key, ctx).toMatch(/^gen-[a-z0-9-]+-[a-z-]+-[0-9a-f]{8}(?:-\d+)?$/);
    if (q.kind === "cloze" || (q.kind === "flashcard" && q.prompt.includes("_____")) || (q.kind === "multiple_choice" && !q.prompt.endsWith("?"))) {
      expect(checkSingleBlank(q.prompt), ctx).toBeNull();
      expect(checkStemLength(q.prompt), ctx).toBeNull();
      expect(checkAnswerInEvidence(q.answer, q.evidenceText), ctx).toBeNull();
      expect(checkContentTerm(q.answer), ctx).toBeNull();
      expect(checkAnswerNotInStem(q.prompt, q.answer), ctx).toBeNull();
      expect(checkNoUnresolvedPronoun(q.prompt), ctx).toBeNull();
    }
    if (q.kind === "multiple_choice") {
      expect(q.choices, ctx).toHaveLength(4);
      expect(q.choices, ctx).toContain(q.answer);
      expect(checkAnswerNotInOtherChoices(q.answer, q.choices!), ctx).toBeNull();
    }
    if (q.kind === "true_false") {
      expect(["true", "false"]).toContain(q.answer);
      expect(checkNoUnresolvedPronoun(q.prompt), ctx).toBeNull();
    }
    if (q.kind === "ordering") {
      expect(q.items!.length, ctx).toBeGreaterThanOrEqual(3);
      expect(q.items!.length, ctx).toBeLessThanOrEqual(5);
    }
    if (q.kind === "short_answer") expect(checkAnswerInEvidence(q.answer, q.evidenceText), ctx).toBeNull();
    if (q.kind === "matching") {
      expect(q.pairs!.length, ctx).toBeGreaterThanOrEqual(3);
      expect(q.pairs!.length, ctx).toBeLessThanOrEqual(6);
    }
  }
  const dups = findNearDuplicates(active(r).map((q) => ({ kind: q.kind, prompt: q.prompt, answer: q.answer })));
  expect(dups.size).toBe(0);
  const keys = r.questions.map((q) => q.key);
  expect(new Set(keys).size).toBe(keys.length);
}

/** Active questions convert to the hand-written bank's schema (what the seed writes). */
function expectBankCompatible(r: GenerationResult): void {
  for (const q of active(r)) {
    const entry =
      q.kind === "true_false"
        ? { kind: q.kind, key: q.key, prompt: q.prompt, answer: q.answer === "true", explanation: q.explanation, evidence: q.evidenceText }
        : q.kind === "flashcard"
          ? { kind: q.kind, key: q.key, front: q.prompt, back: q.answer, explanation: q.explanation, evidence: q.evidenceText }
          : q.kind === "ordering"
            ? { kind: q.kind, key: q.key, prompt: q.prompt, items: q.items, explanation: q.explanation, evidence: q.evidenceText }
            : q.kind === "matching"
              ? { kind: q.kind, key: q.key, prompt: q.prompt, pairs: q.pairs, explanation: q.explanation, evidence: q.evidenceText }
              : q.kind === "multiple_choice"
                ? { kind: q.kind, key: q.key, prompt: q.prompt, answer: q.answer, choices: q.choices, explanation: q.explanation, evidence: q.evidenceText }
                : { kind: q.kind, key: q.key, prompt: q.prompt, answer: q.answer, accepted: q.acceptedAnswers, explanation: q.explanation, evidence: q.evidenceText };
    const parsed = BankQuestionSchema.safeParse(entry);
    expect(parsed.success, `${q.key}: ${parsed.success ? "" : parsed.error.issues[0]?.message}`).toBe(true);
  }
}

describe("seed article targets", () => {
  test("at least 60 active questions across all kinds", () => {
    expect(active(seedResult).length).toBeGreaterThanOrEqual(60);
    const s = seedResult.stats.activeByKind;
    for (const kind of ["cloze", "multiple_choice", "true_false", "short_answer", "ordering", "flashcard"] as const) {
      expect(s[kind], kind).toBeGreaterThan(0);
    }
  });

  test("every paragraph is used", () => {
    expect(seedResult.stats.paragraphsUsed).toBe(seedResult.stats.paragraphs);
    const used = new Set(active(seedResult).map((q) => segmentArticle(seed.body).find((p) => q.evidenceStart >= p.start && q.evidenceEnd <= p.end)!.index));
    expect(used.size).toBe(segmentArticle(seed.body).length);
  });

  test("at least 90% of fact sentences are covered", () => {
    expect(seedResult.stats.factCoverage).toBeGreaterThanOrEqual(0.9);
    expect(seedResult.stats.factSentences).toBeGreaterThanOrEqual(20);
  });

  test("zero active questions fail a check", () => {
    expectActiveQuestionsPassChecks(seedResult, seed.body);
    expectBankCompatible(seedResult);
  });

  test("failed questions are kept as drafts with reasons", () => {
    const drafts = seedResult.questions.filter((q) => q.status === "draft");
    expect(drafts.length).toBeGreaterThan(0);
    for (const q of drafts) expect(q.rejectReasons.length).toBeGreaterThan(0);
  });

  test("the main topic is never the answer, and no active question rests on a shared surname", () => {
    for (const q of active(seedResult)) {
      if (q.kind === "cloze" || q.kind === "multiple_choice" || q.kind === "flashcard") {
        expect(["Azerbaijan", "Türkiye", "Shusha Declaration"]).not.toContain(q.answer);
      }
      expect(q.answer).not.toBe("Aliyev");
    }
  });

  test("ordering resolves relative dates against the article's date", () => {
    const ordering = active(seedResult).find((q) => q.kind === "ordering");
    expect(ordering?.items).toBeTruthy();
    expect(ordering!.explanation).toContain("2021");
    expect(ordering!.explanation).toContain("2020");
    expect(ordering!.explanation).toContain("2025-06-15");
  });
});

describe("determinism", () => {
  test("two runs give byte-identical JSON", () => {
    const a = JSON.stringify(generateQuestions(seed));
    const b = JSON.stringify(generateQuestions(seed));
    expect(a).toBe(b);
  });

  test("the output does not depend on the clock", () => {
    const realNow = Date.now;
    try {
      Date.now = () => 0;
      const a = JSON.stringify(generateQuestions(seed));
      expect(a).toBe(JSON.stringify(seedResult));
    } finally {
      Date.now = realNow;
    }
  });
});

describe("golden output for the seed article", () => {
  test("matches tests/generation/__golden__/shusha-declaration.json (UPDATE_GOLDEN=1 to regenerate)", () => {
    // Active questions only: drafts churn with every rule change and nobody reads them in a diff.
    const current = `${JSON.stringify({ questions: active(seedResult), stats: seedResult.stats }, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === "1") {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, current);
    }
    // A missing golden file fails: writing it here would make the test pass without checking anything.
    expect(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1 and review the diff`).toBe(true);
    expect(current).toBe(readFileSync(GOLDEN, "utf8"));
  });
});

describe("the generator's version stamp follows its output", () => {
  // Each question records the generator version that made it (provenance). A stamp that stays put while the
  // rules change traces nothing: it read "gen-1.0.0" through every rule change since the first commit. The digest of what the
  // generator emits for the seed and the twelve corpus texts is kept beside the version; when the output
  // changes, the version must change with it.
  const STAMP = path.join(__dirname, "__golden__", "generator-version.json");
  const CORPUS = path.join(ROOT, "tests", "fixtures", "squad-dev");
  test("a change in what the generator emits comes with a new GENERATOR_VERSION (UPDATE_GOLDEN=1 records it)", () => {
    const texts = [seed, ...readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort().map((f) => load(path.join(CORPUS, f)))];
    const output = texts.map((t) => JSON.stringify((t === seed ? seedResult : generateQuestions(t)).questions.map(({ generatorVersion: _v, ...q }) => q))).join("\n");
    const digest = createHash("sha256").update(output).digest("hex");
    const stored = existsSync(STAMP) ? (JSON.parse(readFileSync(STAMP, "utf8")) as { version: string; digest: string }) : null;
    if (process.env.UPDATE_GOLDEN === "1" && (!stored || stored.version !== GENERATOR_VERSION)) writeFileSync(STAMP, `${JSON.stringify({ version: GENERATOR_VERSION, digest }, null, 2)}\n`);
    const now = JSON.parse(readFileSync(STAMP, "utf8")) as { version: string; digest: string };
    if (now.digest !== digest) {
      expect(now.version, `the generator's output changed: bump GENERATOR_VERSION in lib/domain/generation/version.ts (it is ${GENERATOR_VERSION}), then run with UPDATE_GOLDEN=1`).not.toBe(GENERATOR_VERSION);
      expect.fail(`the output changed and GENERATOR_VERSION is new (${GENERATOR_VERSION}): run with UPDATE_GOLDEN=1 to record it`);
    }
    expect(now.version).toBe(GENERATOR_VERSION);
  });
});

describe.each([
  { file: "science-deep-sea-vents.txt" },
  { file: "sport-marathon.md" },
  { file: "business-battery-plant.md" },
])("fixture article $file", ({ file }) => {
  const article = load(path.join(FIXTURES, file));
  const result = generateQuestions(article);

  test("has a date and reasonable counts", () => {
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const n = active(result).length;
    // (24: acronyms met in passing, "What does WHOI stand for?", are drafts since gen-1.40.0; the reads kept 2 of 10)
    // (22: a name met once that only modifies the noun after it, "The snail, named _____ pacifica", is a draft since gen-1.49.0;
    // the reads kept 7 of 39)
    expect(n).toBeGreaterThanOrEqual(22);
    expect(n).toBeLessThanOrEqual(article.body.split(/\s+/).length);
  });

  test("some of each main kind", () => {
    const s = result.stats.activeByKind;
    expect(s.cloze).toBeGreaterThanOrEqual(4);
    expect(s.multiple_choice).toBeGreaterThanOrEqual(4);
    // True/false is no longer a minimum here: with two forms per fact it often loses to the question
    // forms on these short news texts (issue 10 closing note).
    // At least one typed question: the marathon fixture's second and third were garbled ("How many hours did
    // Sofia Lindqvist of Sweden win in in the women's race?", "When have eleven world records been set on the
    // Berlin course since?") and are no longer formed.
    expect(s.flashcard + s.short_answer).toBeGreaterThanOrEqual(1);
  });

  test("covers most fact sentences", () => {
    expect(result.stats.factCoverage).toBeGreaterThanOrEqual(0.8);
  });

  test("every active question passes the checks", () => {
    expectActiveQuestionsPassChecks(result, article.body);
    expectBankCompatible(result);
  });
});

describe("scale", () => {
  test("a 20x article stays fast and keys stay unique", () => {
    const body = Array.from({ length: 20 }, () => seed.body).join("\n\n");
    const t0 = performance.now();
    const r = generateQuestions({ ...seed, body });
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(new Set(r.questions.map((q) => q.key)).size).toBe(r.questions.length);
    // Repeated text adds no new active questions.
    expect(active(r).length).toBeLessThanOrEqual(active(seedResult).length + 10);
  });
});

describe("odd input", () => {
  test.each([
    { label: "empty", body: "" },
    { label: "no punctuation", body: "no punctuation at all just words" },
    { label: "only quotes", body: "“”\"\"()" },
    { label: "initials", body: "A. B. C. D." },
    { label: "numbers only", body: "1 2 3 4 5 6 7 8 9 10" },
    { label: "pronouns only", body: "He said it. She said they. It is." },
    { label: "dates only", body: "On Sunday on Monday four years ago 20th century 1999 2001 2050 3000" },
    { label: "one long word", body: "X".repeat(10_000) },
    { label: "nested abbreviations", body: "Mr. Smith (MS) met Dr. Who (DW) of the United Nations (UN) in New York (NY) and Paris." },
  ])("$label: no throw, evidence still verbatim", ({ body }) => {
    const r = generateQuestions({ slug: "odd", body, date: "2025-06-15" });
    for (const q of r.questions) expect(body.slice(q.evidenceStart, q.evidenceEnd)).toBe(q.evidenceText);
    if (body === "") expect(r.questions).toEqual([]);
  });
});
