import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { generateQuestions } from "@/lib/domain/generation";
import { parseArticleSource } from "@/lib/domain/article/parse";
import { DOMAINS, GENERAL_FLOOR, disciplineOf, domainOf } from "@/lib/domain/generation/domains";

const ROOT = path.resolve(__dirname, "..", "..");
const body = (...parts: string[]) => parseArticleSource(readFileSync(path.join(ROOT, ...parts), "utf8")).body;

describe("domainOf: the corpus texts, the seed and the fixtures", () => {
  test.each([
    { file: "apollo-program.txt", expected: "space" },
    { file: "chloroplast.txt", expected: "biology" },
    { file: "doctor-who.txt", expected: "culture" },
    { file: "economic-inequality.txt", expected: "business" },
    { file: "european-union-law.txt", expected: "law" },
    { file: "force.txt", expected: "physics" },
    { file: "french-and-indian-war.txt", expected: "history" },
    { file: "genghis-khan.txt", expected: "history" },
    { file: "prime-number.txt", expected: "mathematics" },
    { file: "rhine.txt", expected: "geography" },
    { file: "scottish-parliament.txt", expected: "politics" },
    { file: "steam-engine.txt", expected: "technology" },
  ])("squad-dev/$file is $expected", ({ file, expected }) => {
    const v = domainOf(body("tests", "fixtures", "squad-dev", file));
    expect(v.domain).toBe(expected);
    // A clear win, not a coin toss: the winner has at least twice the runner-up's points.
    const others = Object.entries(v.scores).filter(([d]) => d !== expected && d !== "general").map(([, s]) => s);
    expect(v.scores[v.domain]).toBeGreaterThanOrEqual(2 * Math.max(...others));
  });

  test.each([
    { parts: ["seeds", "articles", "shusha-declaration.md"], expected: "politics" },
    { parts: ["tests", "fixtures", "articles", "business-battery-plant.md"], expected: "business" },
    { parts: ["tests", "fixtures", "articles", "science-deep-sea-vents.txt"], expected: "biology" },
    { parts: ["tests", "fixtures", "articles", "sport-marathon.md"], expected: "sport" },
  ])("$parts.2 is $expected", ({ parts, expected }) => {
    expect(domainOf(body(...parts)).domain).toBe(expected);
  });
});

describe("domainOf: the rules", () => {
  test("every domain has a score, and general holds the floor", () => {
    const v = domainOf("The river flows into the lake.");
    expect(Object.keys(v.scores).sort()).toEqual([...DOMAINS].sort());
    expect(v.scores.general).toBe(GENERAL_FLOOR);
  });

  test.each([
    { label: "empty", text: "", expected: "general" },
    { label: "no topic words", text: "She walked home and made a cup of tea before bed.", expected: "general" },
    { label: "one weak word", text: "The company was small.", expected: "general" },
  ])("$label text is general", ({ text, expected }) => {
    expect(domainOf(text).domain).toBe(expected);
  });

  test("a phrase consumes its words: the prime minister is no prime number", () => {
    const v = domainOf("The prime minister met the prime minister of Italy; the prime minister spoke.");
    expect(v.scores.mathematics).toBe(0);
    expect(v.scores.politics).toBeGreaterThan(0);
  });

  test("a keyword counts at most four times", () => {
    const once = domainOf("marathon");
    const many = domainOf(Array.from({ length: 20 }, () => "marathon").join(" "));
    expect(many.scores.sport).toBe(4 * once.scores.sport);
  });

  test("known names count for their domain, once each", () => {
    const v = domainOf("Isaac Newton studied velocity, momentum and inertia. Later Isaac Newton wrote on optics.");
    expect(v.domain).toBe("physics");
    expect(v.evidence.filter((e) => e === "name:isaac newton")).toHaveLength(1);
    expect(domainOf("Isaac Newton and Isaac Newton.").scores.physics).toBe(domainOf("Isaac Newton.").scores.physics);
  });

  test("the evidence names the words that won", () => {
    const v = domainOf(body("tests", "fixtures", "squad-dev", "scottish-parliament.txt"));
    expect(v.evidence.slice(0, 10).join(" ")).toMatch(/referendum|devolution|parliament/);
  });

  test("deterministic", () => {
    const t = body("tests", "fixtures", "squad-dev", "rhine.txt");
    expect(domainOf(t)).toEqual(domainOf(t));
  });
});

describe("disciplineOf", () => {
  test.each([
    { label: "the marathon fixture", text: body("tests", "fixtures", "articles", "sport-marathon.md"), expected: "athletics" },
    { label: "chess", text: "The grandmaster won the chess olympiad with a gambit; FIDE confirmed the result.", expected: "chess" },
    { label: "football", text: "The striker beat the goalkeeper; the midfielder was booked.", expected: "football" },
    { label: "tennis", text: "She won Wimbledon, her fourth Grand Slam title in tennis.", expected: "tennis" },
    { label: "golf", text: "Watney made three straight birdies and a bogey at the par-5 fifth; his caddie read the putt.", expected: "golf" },
    { label: "a space text's national goal", text: body("tests", "fixtures", "squad-dev", "apollo-program.txt"), expected: undefined },
    { label: "ATP in a cell", text: body("tests", "fixtures", "squad-dev", "chloroplast.txt"), expected: undefined },
  ])("$label -> $expected", ({ text, expected }) => {
    expect(disciplineOf(text)).toBe(expected);
  });

  test("domainOf names the discipline of a sports text only", () => {
    expect(domainOf(body("tests", "fixtures", "articles", "sport-marathon.md")).discipline).toBe("athletics");
    expect(domainOf(body("seeds", "articles", "shusha-declaration.md")).discipline).toBeUndefined();
  });
});

test("a golf report's tournament is offered golf tournaments and its players golfers (not the Africa Cup of Nations or a Grand Prix)", () => {
  const text =
    "Nick Watney shot a 66 to take a three-shot lead at the PGA Championship. He made six birdies and one bogey, and his caddie read every putt on the par-5 holes. Tiger Woods, who needs a top finish to make the Ryder Cup team, shot a 72. Rory McIlroy won the Quail Hollow Championship this year with a closing 62. Watney birdied the fairway-side par-4 after a long putt.";
  const qs = generateQuestions({ slug: "golf", body: text }).questions.filter((q) => q.kind === "multiple_choice" && q.choices && /Cup|Championship/.test(q.answer));
  expect(qs.length).toBeGreaterThan(0);
  for (const q of qs) for (const c of q.choices!) expect(/Grand Prix|Nations|FIFA|UEFA|Marathon|Olympic|Rugby|Stanley|Bislett|Games/.test(c), `${q.prompt}: ${c}`).toBe(false);
});
