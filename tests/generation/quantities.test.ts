import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseArticleSource } from "@/lib/domain/article/parse";
import {
  countRanks,
  falseQuantity,
  findQuantities,
  formatQuantityValue,
  numericDistractors,
  openPlans,
  planNumericChoices,
  surveyArticle,
  type Quantity,
} from "@/lib/domain/generation/quantities";
import { parseCardinalWords } from "@/lib/domain/generation/quantities/words";
import { generateQuestions } from "@/lib/domain/generation";

const CORPUS = path.join(__dirname, "..", "fixtures", "squad-dev");
const SEED_ARTICLE = path.join(__dirname, "..", "..", "seeds", "articles", "shusha-declaration.md");

/** The one quantity of `sentence` whose phrase is `text`. */
function quantity(sentence: string, text: string): Quantity {
  const found = findQuantities(sentence).filter((q) => q.text === text);
  if (found.length !== 1) throw new Error(`expected one quantity "${text}" in: ${sentence}\nfound: ${findQuantities(sentence).map((q) => q.text).join(" | ")}`);
  return found[0]!;
}

const seeds = (n: number, prefix = "seed") => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe("findQuantities: real sentences", () => {
  test.each([
    {
      label: "a count with a hedge (Rhine)",
      sentence: "The Rhine drains an area with a population of more than 1,050,000 people.",
      text: "1,050,000 people",
      expected: { kind: "count", value: 1_050_000, unit: "people", form: "digits", number: "1,050,000", hedge: "more than", bound: "lower" },
    },
    {
      label: "a length with a conversion after it (Rhine)",
      sentence: "It is the second-longest river in Central and Western Europe (after the Danube), at about 1,230 km (760 mi),[note 2][note 1] with an average discharge of about 2,900 m3/s (100,000 cu ft/s).",
      text: "1,230 km",
      expected: { kind: "measure", value: 1230, unit: "km", form: "digits", number: "1,230", hedge: "about", bound: "approximate" },
    },
    {
      label: "a flow in m3/s",
      sentence: "It has an average discharge of about 2,900 m3/s (100,000 cu ft/s).",
      text: "2,900 m3/s",
      expected: { kind: "measure", value: 2900, unit: "m3/s", form: "digits", number: "2,900", hedge: "about", bound: "approximate" },
    },
    {
      label: "money with a scale word (economic inequality)",
      sentence: 'The combined wealth of the "10 million dollar millionaires" grew to nearly $41 trillion in 2008.',
      text: "$41 trillion",
      expected: { kind: "money", value: 41e12, unit: "$", form: "digits", number: "41", hedge: "nearly", bound: "approximate" },
    },
    {
      label: "a scaled count",
      sentence: "The bottom 50% of the world's population, or about 3.5 billion people, own as much.",
      text: "3.5 billion people",
      expected: { kind: "count", value: 3.5e9, unit: "people", form: "digits", number: "3.5", hedge: "about", bound: "approximate" },
    },
    {
      label: "a percentage in words",
      sentence: 'According to the Institute for Policy Studies, "over 60 percent" of the Forbes richest 400 Americans grew up in substantial privilege.',
      text: "60 percent",
      expected: { kind: "percent", value: 60, unit: "%", form: "digits", number: "60", hedge: "over", bound: "lower" },
    },
    {
      label: "a percentage with a decimal (Scottish Parliament)",
      sentence: "Although the vote was 51.6% in favour of a Scottish Assembly, this figure did not equal the 40% of the total electorate threshold.",
      text: "51.6%",
      expected: { kind: "percent", value: 51.6, unit: "%", form: "digits", number: "51.6", hedge: null, bound: null },
    },
    {
      label: "per cent, two words",
      sentence: "Turnout was 45 per cent.",
      text: "45 per cent",
      expected: { kind: "percent", value: 45, unit: "%", form: "digits", number: "45", hedge: null, bound: null },
    },
    {
      label: "euros with a scale word",
      sentence: "The plant cost €3.2 billion to build.",
      text: "€3.2 billion",
      expected: { kind: "money", value: 3.2e9, unit: "€", form: "digits", number: "3.2", hedge: null, bound: null },
    },
    {
      label: "a count in words with adjectives before its noun (Force)",
      sentence: "Only four main interactions are known: in order of decreasing strength, they are: strong, electromagnetic, weak, and gravitational.",
      text: "four main interactions",
      expected: { kind: "count", value: 4, unit: "interactions", form: "words", number: "four", hedge: null, bound: null },
    },
    {
      label: "a compound number in words",
      sentence: "Twenty-one guns were fired.",
      text: "Twenty-one guns",
      expected: { kind: "count", value: 21, unit: "guns", form: "words", number: "Twenty-one", hedge: null, bound: null },
    },
    {
      label: "a dozen",
      sentence: "She bought a dozen eggs.",
      text: "a dozen eggs",
      expected: { kind: "count", value: 12, unit: "eggs", form: "words", number: "a dozen", hedge: null, bound: null },
    },
    {
      label: "words with a scale (Genghis Khan)",
      sentence: "Toghrul's vassal Jamukha came with an army of thirty thousand troops.",
      text: "thirty thousand troops",
      expected: { kind: "count", value: 30_000, unit: "troops", form: "words", number: "thirty thousand", hedge: null, bound: null },
    },
    {
      label: "three million",
      sentence: "Three million people watched the final.",
      text: "Three million people",
      expected: { kind: "count", value: 3e6, unit: "people", form: "words", number: "Three million", hedge: null, bound: null },
    },
    {
      label: "digits and a scale word (French and Indian War)",
      sentence: "The British colonists had a population of about 1.5 million ranged along the eastern coast.",
      text: "1.5 million",
      expected: { kind: "count", value: 1.5e6, unit: null, form: "digits", number: "1.5", hedge: "about", bound: "approximate" },
    },
    {
      label: "a duration in words (Force)",
      sentence: "Isaac Newton formulated laws of motion that were not improved-on for nearly three hundred years.",
      text: "three hundred years",
      expected: { kind: "measure", value: 300, unit: "years", form: "words", number: "three hundred", hedge: "nearly", bound: "approximate" },
    },
    {
      label: "a hyphenated count (Apollo)",
      sentence: "Apollo was first conceived as a three-man spacecraft to follow the one-man Project Mercury.",
      text: "three-man",
      expected: { kind: "count", value: 3, unit: "man", form: "words", number: "three", hedge: null, bound: null },
    },
    {
      label: "an age (French and Indian War)",
      sentence: "Virginians under the command of 22-year-old George Washington ambushed a French patrol.",
      text: "22-year-old",
      expected: { kind: "measure", value: 22, unit: "year-old", form: "digits", number: "22", hedge: null, bound: null },
    },
    {
      label: "almost half",
      sentence: "Almost half of voters agreed.",
      text: "half",
      expected: { kind: "fraction", value: 0.5, unit: null, form: "words", number: "half", hedge: "Almost", bound: "approximate" },
    },
    {
      label: "two-thirds",
      sentence: "The bill needs two-thirds of the votes.",
      text: "two-thirds",
      expected: { kind: "fraction", value: 2 / 3, unit: null, form: "words", number: "two-thirds", hedge: null, bound: null },
    },
    {
      label: "a fifth (Rhine)",
      sentence: "The Aare provides more than a fifth of the discharge at the Dutch border.",
      text: "a fifth",
      expected: { kind: "fraction", value: 0.2, unit: null, form: "words", number: "a fifth", hedge: "more than", bound: "lower" },
    },
    {
      label: "an ordinal in words (Apollo): the ranked noun is its unit, outside the phrase",
      sentence: "The Apollo program was the third United States human spaceflight program.",
      text: "third",
      expected: { kind: "ordinal", value: 3, unit: null, form: "words", number: "third", hedge: null, bound: null },
    },
    {
      label: "an ordinal in digits (Doctor Who)",
      sentence: "The BBC declined to commission a planned 27th series of the show.",
      text: "27th",
      expected: { kind: "ordinal", value: 27, unit: "series", form: "digits", number: "27th", hedge: null, bound: null },
    },
    {
      label: "a hyphenated ordinal (Rhine)",
      sentence: "It is the second-longest river in Central and Western Europe.",
      text: "second-longest",
      expected: { kind: "ordinal", value: 2, unit: "longest", form: "words", number: "second", hedge: null, bound: null },
    },
    {
      label: "a year (Apollo)",
      sentence: "The first manned flight of Apollo was in 1968.",
      text: "1968",
      expected: { kind: "year", value: 1968, unit: null, form: "digits", number: "1968", hedge: null, bound: null },
    },
    {
      label: "a year after a treaty's name (EU law)",
      sentence: "The main Treaties are now the Treaty on European Union and the Treaty of Rome 1957.",
      text: "1957",
      expected: { kind: "year", value: 1957, unit: null, form: "digits", number: "1957", hedge: null, bound: null },
    },
    {
      label: "a year before Christ with a hedge (prime numbers)",
      sentence: "Euclid's Elements (circa 300 BC) contain important theorems about primes.",
      text: "300 BC",
      expected: { kind: "year", value: -300, unit: null, form: "digits", number: "300", hedge: "circa", bound: "approximate" },
    },
    {
      label: "a year bound (Scottish Parliament)",
      sentence: "Plans to introduce home rule to Scotland were made before 1914.",
      text: "1914",
      expected: { kind: "year", value: 1914, unit: null, form: "digits", number: "1914", hedge: "before", bound: "upper" },
    },
    {
      label: "a decade",
      sentence: "Demand for a Scottish Parliament grew throughout the 1980s.",
      text: "1980s",
      expected: { kind: "decade", value: 1980, unit: null, form: "digits", number: "1980s", hedge: null, bound: null },
    },
    {
      label: "a short decade after a long one (steam engine)",
      sentence: "In the 1840s and 50s, there were attempts to overcome this problem.",
      text: "50s",
      expected: { kind: "decade", value: 1850, unit: null, form: "digits", number: "50s", hedge: null, bound: null },
    },
    {
      label: "a century in digits (prime numbers)",
      sentence: "In the mid-18th century Christian Goldbach listed 1 as the first prime.",
      text: "18th century",
      expected: { kind: "century", value: 18, unit: "century", form: "digits", number: "18th", hedge: null, bound: null },
    },
    {
      label: "a century before Christ in words",
      sentence: "The temple was built in the fifth century BC.",
      text: "fifth century BC",
      expected: { kind: "century", value: -5, unit: "century", form: "words", number: "fifth", hedge: null, bound: null },
    },
    {
      label: "a ratio (French and Indian War)",
      sentence: "The British colonists outnumbered the French 20 to 1 with a population of about 1.5 million.",
      text: "20 to 1",
      expected: { kind: "ratio", value: 20, unit: "to 1", form: "digits", number: "20", hedge: null, bound: null },
    },
    {
      label: "a temperature below zero",
      sentence: "At night it falls to −5 °C.",
      text: "−5 °C",
      expected: { kind: "measure", value: -5, unit: "°C", form: "digits", number: "−5", hedge: null, bound: null },
    },
  ])("$label", ({ sentence, text, expected }) => {
    const q = quantity(sentence, text);
    expect({
      kind: q.kind,
      value: q.value,
      unit: q.unit,
      form: q.form,
      number: q.number.text,
      hedge: q.hedge?.text ?? null,
      bound: q.hedge?.bound ?? null,
    }).toEqual(expected);
    expect(sentence.slice(q.start, q.end)).toBe(q.text);
    expect(sentence.slice(q.number.start, q.number.end)).toBe(q.number.text);
    if (q.hedge) expect(sentence.slice(q.hedge.start, q.hedge.end)).toBe(q.hedge.text);
  });

  test("vague magnitudes are marked vague", () => {
    const q = quantity("Hundreds of people came.", "Hundreds");
    expect(q).toMatchObject({ kind: "count", value: 100, vague: true, form: "words" });
  });

  test("a conversion in brackets is a label, and the measure before it says so", () => {
    const s = "The river is about 1,230 km (760 mi) long.";
    const qs = findQuantities(s);
    expect(qs.map((q) => [q.text, q.kind, q.labelReason ?? null])).toEqual([
      ["1,230 km", "measure", null],
      ["760 mi", "label", "conversion"],
    ]);
    expect(qs[0]!.conversion?.text).toBe("760 mi");
  });

  test("a range of years sets limits on each end", () => {
    const [from, to] = findQuantities("Apollo ran from 1961 to 1972, and was supported by Gemini.");
    expect(from).toMatchObject({ value: 1961, limits: { below: 1972 } });
    expect(to).toMatchObject({ value: 1972, limits: { above: 1961 } });
  });
});

describe("findQuantities: numbers that are not quantities to ask about are labels", () => {
  test.each([
    { label: "a score", sentence: "The team won 3–1 in the final.", text: "3–1", reason: "range" },
    { label: "a range of years (French and Indian War)", sentence: "The French and Indian War (1754–1763) was the North American theater.", text: "1754–1763", reason: "range" },
    { label: "a short range (Apollo)", sentence: "Project Mercury was followed by the two-man Project Gemini (1962–66).", text: "1962–66", reason: "range" },
    { label: "a page mark", sentence: "It was reported in the press.:121,154 Later it was confirmed.", text: ":121,154", reason: "citation" },
    { label: "a page mark with a range (Force)", sentence: "They are: strong, electromagnetic, weak, and gravitational.:2–10:79 High-energy particle physics followed.", text: ":2–10:79", reason: "citation" },
    { label: "a citation mark", sentence: "The river is long.[12] It flows north.", text: "[12]", reason: "citation" },
    { label: "a note mark (Rhine)", sentence: "Its length is 1,230 km,[note 2] with a large discharge.", text: "[note 2]", reason: "citation" },
    { label: "a mission name (Apollo)", sentence: "Apollo 11 landed on the Moon.", text: "11", reason: "name" },
    { label: "an aircraft", sentence: "The airline bought a Boeing 747 last year.", text: "747", reason: "name" },
    { label: "an article of a treaty", sentence: "The United Kingdom invoked Article 50 in 2017.", text: "50", reason: "name" },
    { label: "a code with a hyphen (Doctor Who)", sentence: "It was followed by K-9 and Company.", text: "K-9", reason: "name" },
    { label: "a title in title case (Doctor Who)", sentence: "He said so in the documentary Doctor Who: More Than 30 Years in the TARDIS.", text: "30", reason: "name" },
    { label: "a war's name (French and Indian War)", sentence: "It was part of the worldwide Seven Years' War.", text: "Seven", reason: "name" },
    { label: "an ordinal in a name (Shusha)", sentence: "He stated that the Second Karabakh War ensured security.", text: "Second", reason: "name" },
    { label: "a formula with a power", sentence: "Numbers of the form 2^n − 1 are called Mersenne numbers.", text: "2", reason: "formula" },
    { label: "a formula as flattened text (prime numbers)", sentence: "Fermat conjectured that all numbers of the form 22n + 1 are prime.", text: "22n", reason: "formula" },
    { label: "a formula with an equals sign", sentence: "He verified this up to n = 4 (or 216 + 1).", text: "4", reason: "formula" },
    { label: "a time of day (Doctor Who)", sentence: "Doctor Who first appeared on BBC TV at 17:16:20 GMT, eighty seconds after the scheduled time.", text: "17:16:20 GMT", reason: "time" },
    { label: "a coordinate (Rhine)", sentence: "The lake is located at approximately 47°39′N 9°19′E.", text: "47°39′N", reason: "coordinate" },
    { label: "the day of a date (Apollo)", sentence: "He proposed it in a May 25, 1961, address to Congress.", text: "25", reason: "date" },
    { label: "the day before a month (Doctor Who)", sentence: "It was shown on Saturday, 23 November 1963.", text: "23", reason: "date" },
  ])("$label", ({ sentence, text, reason }) => {
    const q = quantity(sentence, text);
    expect(q.kind).toBe("label");
    expect(q.labelReason).toBe(reason);
    expect(numericDistractors(q, "any")).toEqual([]);
    expect(falseQuantity(q, "any", sentence)).toBeNull();
  });

  test.each([
    { label: "one as a pronoun", sentence: "Chloroplasts are one of many types of organelles." },
    { label: "first as an adverb", sentence: "First conceived during Eisenhower's administration, it was later dedicated to Kennedy's goal." },
    { label: "half in a compound", sentence: "Temüjin killed his half-brother Begter." },
    { label: "zero inside non-zero", sentence: "Rest is indistinguishable from non-zero constant velocity." },
    { label: "at first", sentence: "The water at first doesn't mix." },
  ])("nothing in: $label", ({ sentence }) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  test("a year in a date is still a year", () => {
    expect(quantity("He proposed it in a May 25, 1961, address to Congress.", "1961").kind).toBe("year");
  });
});

describe("formatQuantityValue writes another value like the key", () => {
  test.each([
    { sentence: "It lasted one year.", text: "one year", value: 3, expected: "three years" },
    { sentence: "It lasted four years.", text: "four years", value: 1, expected: "one year" },
    { sentence: "It cost $12 million.", text: "$12 million", value: 8e6, expected: "$8 million" },
    { sentence: "The plant cost €3.2 billion.", text: "€3.2 billion", value: 2.4e9, expected: "€2.4 billion" },
    { sentence: "Turnout was 45 per cent.", text: "45 per cent", value: 60, expected: "60 per cent" },
    { sentence: "It had more than 1,050,000 people.", text: "1,050,000 people", value: 700_000, expected: "700,000 people" },
    { sentence: "It had 129 MSPs.", text: "129 MSPs", value: 1, expected: "1 MSP" },
    { sentence: "The three richest people own more.", text: "three richest people", value: 1, expected: "one richest person" },
    { sentence: "They own the bottom half of the wealth.", text: "half", value: 1 / 3, expected: "third" },
    { sentence: "They own nearly half of the wealth.", text: "half", value: 1 / 3, expected: "a third" },
    { sentence: "It was restored in the 19th century.", text: "19th century", value: 17, expected: "17th century" },
    { sentence: "It was built in the fifth century BC.", text: "fifth century BC", value: -7, expected: "seventh century BC" },
    { sentence: "It grew in the 1960s.", text: "1960s", value: 1980, expected: "1980s" },
    { sentence: "In the 1840s and 50s, there were attempts.", text: "50s", value: 1870, expected: "70s" },
    { sentence: "Euclid (circa 300 BC) wrote it.", text: "300 BC", value: -500, expected: "500 BC" },
    { sentence: "It lies at 1036.20 km.", text: "1036.20 km", value: 828.96, expected: "828.96 km" },
    { sentence: "It had 22,338,618 decimal digits.", text: "22,338,618 decimal digits", value: 14_892_412, expected: "14,892,412 decimal digits" },
  ])("$text -> $expected", ({ sentence, text, value, expected }) => {
    expect(formatQuantityValue(quantity(sentence, text), value)).toBe(expected);
  });
});

describe("numericDistractors", () => {
  const WORD = /^[A-Za-z]+(?:-[a-z]+)?$/;
  test.each([
    {
      label: "words stay words",
      sentence: "Only four main interactions are known.",
      text: "four main interactions",
      check: (d: string) => {
        const [num] = d.split(" main ");
        return WORD.test(num!) && parseCardinalWords(num!) !== null && /^[a-z-]+ main interactions?$/.test(d);
      },
    },
    { label: "percentages stay percentages within 0-100", sentence: "It won 45% of the vote.", text: "45%", check: (d: string) => /^\d+%$/.test(d) && Number(d.slice(0, -1)) > 0 && Number(d.slice(0, -1)) <= 100 },
    { label: "money keeps its currency and scale word", sentence: "It cost $12 million.", text: "$12 million", check: (d: string) => /^\$\d+ million$/.test(d) },
    { label: "euros keep one decimal", sentence: "The plant cost €3.2 billion.", text: "€3.2 billion", check: (d: string) => /^€\d+\.\d billion$/.test(d) },
    { label: "grouped digits stay grouped", sentence: "It had more than 1,050,000 people.", text: "1,050,000 people", check: (d: string) => /^\d{1,3}(?:,\d{3})+ people$/.test(d) },
    { label: "centuries stay ordinal centuries", sentence: "It was restored in the 19th century.", text: "19th century", check: (d: string) => /^\d+(?:st|nd|rd|th) century$/.test(d) },
    { label: "centuries BC stay BC", sentence: "It was built in the fifth century BC.", text: "fifth century BC", check: (d: string) => /^[a-z-]+ century BC$/.test(d) },
    { label: "years before Christ stay BC", sentence: "Euclid (circa 300 BC) wrote it.", text: "300 BC", check: (d: string) => /^\d+ BC$/.test(d) },
    { label: "fractions stay fractions in words", sentence: "The bill needs two-thirds of the votes.", text: "two-thirds", check: (d: string) => /^(?:a |an )?[a-z]+(?:-[a-z]+)?$/.test(d) },
    { label: "hyphenated counts keep their noun", sentence: "It was a three-man spacecraft.", text: "three-man", check: (d: string) => /^[a-z]+-man$/.test(d) },
    { label: "the counted noun agrees", sentence: "Apollo would carry three astronauts.", text: "three astronauts", check: (d: string) => /^(?:one astronaut|[a-z-]+ astronauts)$/.test(d) },
  ])("$label", ({ sentence, text, check }) => {
    const q = quantity(sentence, text);
    for (const seed of seeds(200)) {
      const ds = numericDistractors(q, seed);
      expect(ds).toHaveLength(3);
      expect(new Set([q.text, ...ds]).size).toBe(4);
      for (const d of ds) expect(check(d), `${d} (seed ${seed})`).toBe(true);
    }
  });

  test("round keys get round neighbours: 1,200 never gives 1,199", () => {
    const q = quantity("The hall seats 1,200 people.", "1,200 people");
    const values = new Set(seeds(400).flatMap((s) => planNumericChoices(q, s)!.distractors.map((d) => d.value)));
    for (const v of values) expect(v % 100, String(v)).toBe(0);
    for (const v of values) expect(v >= 300 && v <= 4800, String(v)).toBe(true);
  });

  test("a small whole count is offered the article's near counts (a round of 69: 67, 70, 72), not far multiples or far article figures", () => {
    const q = quantity("Zach Johnson shot a 69 on Saturday.", "69");
    for (const seed of seeds(200)) {
      const plan = planNumericChoices(q, seed, { articleValues: [63, 67, 70, 72, 80, 21, 141, 208] })!;
      for (const d of plan.distractors) expect(d.value >= 46 && d.value <= 103, `${d.text} (${seed})`).toBe(true);
      expect(plan.distractors.filter((d) => d.fromArticle).length, seed).toBeGreaterThanOrEqual(2);
    }
  });

  test("never a value within 10% of the key (no variants of it)", () => {
    const q = quantity("It was cited as 1,232 kilometres long.", "1,232 kilometres");
    for (const seed of seeds(300)) {
      for (const d of planNumericChoices(q, seed, { articleValues: [1230, 1250, 760, 2900] })!.distractors) {
        expect(Math.abs(d.value - q.value) / q.value).toBeGreaterThanOrEqual(0.1);
      }
    }
  });

  test("years never go past the article's year, and the rank falls back when they cannot", () => {
    const q = quantity("The law was passed in 2024.", "2024");
    let forced = 0;
    for (const seed of seeds(400)) {
      const plan = planNumericChoices(q, seed, { articleDate: "2025-06-15" })!;
      for (const d of plan.distractors) expect(d.value).toBeLessThanOrEqual(2025);
      if (plan.forced) forced++;
      expect(plan.forced === null).toBe(plan.keyRank === plan.plannedRank);
    }
    expect(forced).toBeGreaterThan(0); // ranks 0 and 1 (two or three later years) are impossible
  });

  test("years of the first century never reach year 0 or before", () => {
    const q = quantity("The town was founded in AD 5.", "AD 5");
    for (const seed of seeds(200)) for (const d of planNumericChoices(q, seed)!.distractors) expect(d.value).toBeGreaterThanOrEqual(1);
  });

  test("values stated elsewhere in the article come first when they fit the rank plan", () => {
    const q = quantity("The first manned flight of Apollo was in 1969.", "1969");
    const article = [1961, 1966, 1972, 1975];
    for (const seed of seeds(200)) {
      const plan = planNumericChoices(q, seed, { articleValues: article })!;
      const r = plan.plannedRank;
      const fromArticle = plan.distractors.filter((d) => d.fromArticle).length;
      expect(fromArticle).toBe(Math.min(r, 2) + Math.min(3 - r, 2));
    }
  });

  test("a value stated elsewhere in the same sentence is never offered", () => {
    const s = "Apollo ran from 1961 to 1972, and Gemini from 1962 to 1966.";
    const q = quantity(s, "1961");
    for (const seed of seeds(200)) {
      const values = planNumericChoices(q, seed)!.distractors.map((d) => d.value);
      for (const v of [1962, 1966, 1972]) expect(values).not.toContain(v);
      for (const v of values) expect(v).toBeLessThan(1972); // the range's other end
    }
  });

  test("after 'more than N' no distractor completes a true sentence, unless asked", () => {
    const q = quantity("The basin has more than 1,050,000 people.", "1,050,000 people");
    for (const seed of seeds(100)) {
      const plan = planNumericChoices(q, seed)!;
      for (const d of plan.distractors) expect(d.value).toBeGreaterThan(q.value);
      expect(plan.keyRank).toBe(0);
      expect(plan.forced).toBe(plan.plannedRank === 0 ? null : "bound");
      const open = planNumericChoices(q, seed, { allowOpenSide: true })!;
      expect(open.keyRank).toBe(open.plannedRank);
    }
  });

  test("three or none: a bound with too little room gives no distractors rather than a true one", () => {
    const q = quantity("The race was won in under two hours.", "two hours");
    expect(planNumericChoices(q, "s")!.distractors.map((d) => d.text)).toEqual(["one hour"]);
    expect(numericDistractors(q, "s")).toEqual([]);
  });

  test("after 'up to N' every distractor is below N", () => {
    const q = quantity("The number of chloroplasts per cell varies from 1 in algae up to 100 in plants.", "100");
    for (const seed of seeds(100)) for (const d of planNumericChoices(q, seed)!.distractors) expect(d.value).toBeLessThan(100);
  });
});

describe("the key's rank among the four sorted choices is uniform", () => {
  test.each([
    { sentence: "The hall seats 1,200 people.", text: "1,200 people", opts: {} },
    { sentence: "Only four main interactions are known.", text: "four main interactions", opts: {} },
    { sentence: "The first manned flight of Apollo was in 1969.", text: "1969", opts: { articleDate: "2025-06-15" } },
    { sentence: "It won 45% of the vote.", text: "45%", opts: {} },
    { sentence: "It cost $12 million.", text: "$12 million", opts: {} },
    { sentence: "It was restored in the 17th century.", text: "17th century", opts: { articleDate: "2025-06-15" } },
    { sentence: "The bill needs two-thirds of the votes.", text: "two-thirds", opts: {} },
    { sentence: "About 3.5 billion people own as much.", text: "3.5 billion people", opts: {} },
  ])("$text: each rank 25% ± 3% over 4,000 seeds, form and unit kept", ({ sentence, text, opts }) => {
    const q = quantity(sentence, text);
    const ranks = [0, 0, 0, 0];
    const unitText = q.text.slice(q.number.end - q.start);
    for (const seed of seeds(4000, text)) {
      const plan = planNumericChoices(q, seed, opts)!;
      expect(plan.forced).toBeNull();
      expect(plan.choices.map((c) => c.value)).toEqual([...plan.choices.map((c) => c.value)].sort((a, b) => a - b));
      ranks[plan.keyRank]!++;
      for (const d of plan.distractors) {
        expect(d.text.startsWith(q.prefix)).toBe(true);
        if (!q.noun) expect(d.text.endsWith(unitText)).toBe(true);
      }
    }
    for (const n of ranks) expect(Math.abs(n / 4000 - 0.25), ranks.join(",")).toBeLessThanOrEqual(0.03);
  });
});

describe("falseQuantity", () => {
  test.each([
    {
      label: "more than N becomes fewer than M <= N, never a halved 'more than'",
      sentence: "The Rhine basin has more than 1,050,000 people.",
      text: "1,050,000 people",
      check: (f: { statement: string; value: number }) => /has fewer than [\d,]+ people\.$/.test(f.statement) && f.value <= 1_050_000,
    },
    {
      label: "at least N% becomes less than M%",
      sentence: "The rule required at least 40% of the electorate.",
      text: "40%",
      check: (f: { statement: string; value: number }) => /required less than \d+% of/.test(f.statement) && f.value <= 40,
    },
    {
      label: "under N becomes more than M >= N",
      sentence: "The base is under 5 km away.",
      text: "5 km",
      check: (f: { statement: string; value: number }) => /is more than \d+ km away/.test(f.statement) && f.value >= 5,
    },
    {
      label: "an exact year moves at least three years",
      sentence: "The first manned flight of Apollo was in 1968.",
      text: "1968",
      check: (f: { statement: string; value: number }) => Math.abs(f.value - 1968) >= 3 && f.statement.includes(String(f.value)),
    },
    {
      label: "an exact count moves at least 20%",
      sentence: "The Parliament has 129 MSPs.",
      text: "129 MSPs",
      check: (f: { value: number }) => Math.abs(f.value - 129) / Math.max(f.value, 129) >= 0.2,
    },
    {
      label: "an approximate figure moves by half as much again or a third less, hedge kept",
      sentence: "The Rhine is about 1,230 km long.",
      text: "1,230 km",
      check: (f: { statement: string; value: number }) => (f.value <= 820 || f.value >= 1845) && f.statement.includes("about "),
    },
    {
      label: "almost half becomes a clearly different fraction",
      sentence: "Almost half of voters agreed.",
      text: "half",
      check: (f: { statement: string; value: number }) => Math.abs(f.value - 0.5) >= 0.2 - 1e-9 && f.statement.startsWith("Almost "),
    },
    {
      label: "a count in words stays in words",
      sentence: "Temüjin had three brothers.",
      text: "three brothers",
      check: (f: { text: string; value: number }) => /^[a-z]+ brothers?$/.test(f.text) && f.value !== 3,
    },
  ])("$label", ({ sentence, text, check }) => {
    const q = quantity(sentence, text);
    for (const seed of seeds(100)) {
      const f = falseQuantity(q, seed, sentence);
      expect(f, seed).not.toBeNull();
      expect(check(f!), `${f!.statement} (${seed})`).toBe(true);
      expect(f!.statement).toBe(sentence.slice(0, f!.start) + f!.text + sentence.slice(f!.end));
    }
  });

  test.each([
    { label: "up to N", sentence: "The number varies from 1 in algae up to 100 in plants.", text: "100" },
    { label: "a year bound", sentence: "Plans were made before 1914.", text: "1914" },
    { label: "by a year", sentence: "By 1883, engines that could provide 10,000 hp had become feasible.", text: "1883" },
    { label: "a vague magnitude", sentence: "Hundreds of people came.", text: "Hundreds" },
  ])("no safe false value: $label", ({ sentence, text }) => {
    expect(falseQuantity(quantity(sentence, text), "s", sentence)).toBeNull();
  });
});

describe("the corpus: every quantity in every text", () => {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const articles = [
    ...files.map((f) => ({ slug: f.replace(/\.txt$/, ""), ...parseArticleSource(readFileSync(path.join(CORPUS, f), "utf8")) })),
    { slug: "shusha-declaration", ...parseArticleSource(readFileSync(SEED_ARTICLE, "utf8")) },
  ];
  const surveyed = articles.flatMap((a) => surveyArticle(a.body, a.slug, a.meta.date));

  test("the fixtures are all there", () => {
    expect(files).toHaveLength(12);
    expect(articles.every((a) => a.body.length > 1000)).toBe(true);
  });

  test("facts the texts state are found", () => {
    const texts = new Set(surveyed.map((s) => `${s.quantity.kind}:${s.quantity.text}`));
    for (const fact of [
      "measure:1,230 km",
      "count:1,050,000 people",
      "year:1969",
      "year:1972",
      "measure:10,000 hp",
      "percent:51.6%",
      "count:thirty thousand troops",
      "century:19th century",
      "decade:1960s",
      "ratio:20 to 1",
      "label:1754–1763",
      "label:[note 1]",
      "measure:one year",
      "year:2009",
    ]) {
      expect(texts.has(fact), fact).toBe(true);
    }
  });

  test("every quantity gets three distinct distractors written like it, none equal to the key", () => {
    let planned = 0;
    for (const { quantity: q, plan, sentence } of surveyed) {
      if (q.kind === "label") {
        expect(plan).toBeNull();
        continue;
      }
      expect(plan, `${q.text} in: ${sentence}`).not.toBeNull();
      planned++;
      const texts = plan!.distractors.map((d) => d.text);
      expect(texts, `${q.text} in: ${sentence}`).toHaveLength(3);
      expect(new Set([q.text, ...texts].map((t) => t.toLowerCase())).size).toBe(4);
      for (const d of plan!.distractors) {
        expect(d.text.startsWith(q.prefix)).toBe(true);
        expect(/\d/.test(d.text.slice(q.prefix.length, q.prefix.length + 1))).toBe(q.form === "digits");
      }
    }
    expect(planned).toBeGreaterThan(300);
  });

  test("where a key could take any rank, the ranks are spread evenly; elsewhere the fallback is recorded", () => {
    const open = countRanks(openPlans(surveyed));
    const total = open.ranks.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(150);
    for (const n of open.ranks) expect(Math.abs(n / total - 0.25), open.ranks.join(",")).toBeLessThan(0.07);
    const all = countRanks(surveyed);
    expect(all.short).toBe(0);
    for (const { plan } of surveyed) {
      if (!plan) continue;
      expect(plan.feasibleRanks).toContain(plan.keyRank);
      expect(plan.forced === null).toBe(plan.keyRank === plan.plannedRank);
    }
  });

  test("false values differ from the key and keep the sentence around them", () => {
    for (const { quantity: q, falseValue: f, sentence } of surveyed) {
      if (!f) continue;
      // either the figure changed, or the bound was turned round ("more than N" -> "fewer than N")
      if (f.start === q.start) expect(f.value).not.toBe(q.value);
      else expect(f.start).toBe(q.hedge!.start);
      expect(f.statement).not.toBe(sentence);
    }
  });
});

test("a year after the article's date is a forecast: its wrong years come after the article's year too", () => {
  const q = findQuantities("Interest payments will overtake Medicaid in 2020, the budget office said.").find((x) => x.text === "2020")!;
  for (let i = 0; i < 24; i++) {
    const plan = planNumericChoices(q, `seed ${i}`, { articleDate: "2018-09-25" });
    // (the generator offers choices only when the key can take any of the four ranks)
    const offered = plan && plan.feasibleRanks.length === 4 && !plan.forced ? plan.distractors : [];
    expect(offered.filter((d) => Number(d.text) <= 2018)).toEqual([]);
  }
  // a past year in the same story still takes years up to the article's
  const past = findQuantities("The agency was founded in 1974 in Washington.").find((x) => x.text === "1974")!;
  for (const d of planNumericChoices(past, "seed", { articleDate: "2018-09-25" })?.distractors ?? []) expect(Number(d.text)).toBeLessThanOrEqual(2018);
});

describe("the generator's numeric questions: the key is as often the smallest choice as the largest", () => {
  // Each seed alone drew its rank at random: over the corpus the active questions had the key smallest 30
  // times and largest 13 ("pick the smallest" won a third of the time). Now each article deals its ranks.
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const value = (x: string) => (/\d/.test(x) ? parseFloat(x.replace(/[^\d.]/g, "")) : (parseCardinalWords(x.toLowerCase().trim()) ?? Number.NaN));
  const cache = new Map<string, { ranks: number[]; unsorted: string[] }>();
  const ranksOf = (f: string) => {
    if (!cache.has(f)) {
      const { meta, body } = parseArticleSource(readFileSync(path.join(CORPUS, f), "utf8"));
      const slug = f.replace(/\.txt$/, "");
      const { questions } = generateQuestions({ slug, body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) });
      const ranks = [0, 0, 0, 0];
      const unsorted: string[] = [];
      for (const q of questions) {
        if (q.status !== "active" || q.kind !== "multiple_choice" || !q.choices || Number.isNaN(value(q.answer))) continue;
        if (q.choices.some((c) => Number.isNaN(value(c)))) continue;
        const values = q.choices.map(value);
        if (values.some((v, i) => i > 0 && v < values[i - 1]!)) unsorted.push(q.choices.join("; "));
        ranks[q.choices.indexOf(q.answer)]!++;
      }
      cache.set(f, { ranks, unsorted });
    }
    return cache.get(f)!;
  };
  test.each(files)("%s: the counts of the four ranks differ by at most one, and the choices are shown smallest first", (f) => {
    const { ranks, unsorted } = ranksOf(f);
    expect(Math.max(...ranks) - Math.min(...ranks), ranks.join(" ")).toBeLessThanOrEqual(1);
    expect(unsorted).toEqual([]);
  });
  test("pooled over the corpus, every rank holds 25% ± 5% of the keys", () => {
    const pooled = [0, 1, 2, 3].map((r) => files.reduce((n, f) => n + ranksOf(f).ranks[r]!, 0));
    const total = pooled.reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(60);
    for (const n of pooled) expect(Math.abs(n / total - 0.25), pooled.join(" ")).toBeLessThanOrEqual(0.05);
  });
});

describe("true and false statements in balance", () => {
  // A false statement needs a figure or a name to swap, so an article makes fewer of them; a sentence's true
  // statement gives its place to a false one of the same sentence while the article has more true ones.
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(CORPUS, f))
    .concat(SEED_ARTICLE);
  test.each(files.map((f) => [path.basename(f), f]))("%s: no false statement that passed every check waits in drafts beside an active true one while the true ones outnumber the false by two or more", (_, file) => {
    const { meta, body } = parseArticleSource(readFileSync(file, "utf8"));
    const { questions } = generateQuestions({ slug: path.basename(file).replace(/\.\w+$/, ""), body, ...(meta.title ? { title: meta.title } : {}), ...(meta.date ? { date: meta.date } : {}) });
    const tf = questions.filter((q) => q.kind === "true_false");
    const active = (answer: string) => tf.filter((q) => q.status === "active" && q.answer === answer);
    if (active("true").length <= active("false").length + 1) return;
    const waiting = tf.filter(
      (q) =>
        q.status !== "active" &&
        q.answer === "false" &&
        q.rejectReasons.every((r) => r === "sibling" || r === "not-selected") &&
        questions.filter((x) => x.status === "active" && x.factKey === q.factKey).length < 2 &&
        !questions.some((x) => x.status === "active" && x.factKey === q.factKey && x.kind === "true_false") &&
        active("true").some((t) => t.evidenceStart === q.evidenceStart),
    );
    expect(waiting.map((q) => q.prompt)).toEqual([]);
  });
});
