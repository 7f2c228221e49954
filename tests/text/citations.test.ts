import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { findCitationMarks, hasCitationDebris, stripCitations } from "@/lib/domain/text";

const CORPUS = path.resolve(__dirname, "..", "fixtures", "squad-dev");

describe("stripCitations on sentences from the corpus (tests/fixtures/squad-dev)", () => {
  test.each([
    {
      label: "doctor-who: a note mark after the full stop",
      input: "Writer Anthony Coburn, story editor David Whitaker and initial producer Verity Lambert also heavily contributed to the development of the series.[note 1]",
      expected: "Writer Anthony Coburn, story editor David Whitaker and initial producer Verity Lambert also heavily contributed to the development of the series.",
    },
    {
      label: "rhine: two notes between a comma and the next word",
      input: "It is the second-longest river in Central and Western Europe (after the Danube), at about 1,230 km (760 mi),[note 2][note 1] with an average discharge of about 2,900 m3/s (100,000 cu ft/s).",
      expected: "It is the second-longest river in Central and Western Europe (after the Danube), at about 1,230 km (760 mi), with an average discharge of about 2,900 m3/s (100,000 cu ft/s).",
    },
    {
      label: "rhine: a note after a comma inside the sentence",
      input: "The diphthong in modern German Rhein (also adopted in Romansh Rein, Rain) is a Central German development of the early modern period, the Alemannic name Rī(n) retaining the older vocalism,[note 4] as does Ripuarian Rhing, while Palatine has diphthongized Rhei, Rhoi.",
      expected: "The diphthong in modern German Rhein (also adopted in Romansh Rein, Rain) is a Central German development of the early modern period, the Alemannic name Rī(n) retaining the older vocalism, as does Ripuarian Rhing, while Palatine has diphthongized Rhei, Rhoi.",
    },
    {
      label: "force: bare page marks after the full stop",
      input: "Only four main interactions are known: in order of decreasing strength, they are: strong, electromagnetic, weak, and gravitational.:2–10:79",
      expected: "Only four main interactions are known: in order of decreasing strength, they are: strong, electromagnetic, weak, and gravitational.",
    },
    {
      label: "prime-number: a maintenance tag before a comma",
      input: "As of January 2016[update], the largest known prime number has 22,338,618 decimal digits.",
      expected: "As of January 2016, the largest known prime number has 22,338,618 decimal digits.",
    },
    {
      label: "economic-inequality: a question-mark tag, twice",
      input: "the Oxfam report finds that there are more poor people in the United States and Western Europe than in China (due to a greater tendency to take on debts).[unreliable source?][unreliable source?]",
      expected: "the Oxfam report finds that there are more poor people in the United States and Western Europe than in China (due to a greater tendency to take on debts).",
    },
    {
      label: "european-union-law: [vague]",
      input: "The TEU provides that commitments entered into by the member states between themselves before the treaty was signed no longer apply.[vague]",
      expected: "The TEU provides that commitments entered into by the member states between themselves before the treaty was signed no longer apply.",
    },
    {
      label: "genghis-khan: [citation needed] in a cloze stem",
      input: "He was able to escape from the ger (yurt) in the middle of the night by hiding in a _____ crevice.[citation needed]",
      expected: "He was able to escape from the ger (yurt) in the middle of the night by hiding in a _____ crevice.",
    },
  ])("$label", ({ input, expected }) => {
    expect(hasCitationDebris(input)).toBe(true);
    expect(stripCitations(input)).toBe(expected);
    expect(hasCitationDebris(stripCitations(input))).toBe(false);
  });
});

describe("stripCitations: every kind of mark, and what is not a mark", () => {
  test.each([
    { label: "a numbered reference", input: "Shusha was liberated in 2020.[12]", expected: "Shusha was liberated in 2020." },
    { label: "a run of references", input: "Shusha was liberated in 2020.[12][13] It is in Karabakh.", expected: "Shusha was liberated in 2020. It is in Karabakh." },
    { label: "a reference with a space before it", input: "the word [3].", expected: "the word." },
    { label: "a reference between two words", input: "the word [3] next", expected: "the word next" },
    { label: "a range of references", input: "signed in 2021[4–6] in Shusha", expected: "signed in 2021 in Shusha" },
    { label: "a lettered note", input: "Sir Isaac Newton[a] was an English polymath.", expected: "Sir Isaac Newton was an English polymath." },
    { label: "[clarification needed]", input: "The treaty applies[clarification needed] to both states.", expected: "The treaty applies to both states." },
    { label: "[when?]", input: "The road was later[when?] rebuilt.", expected: "The road was later rebuilt." },
    { label: "[by whom?]", input: "It was described[by whom?] as a road map.", expected: "It was described as a road map." },
    { label: "[dubious – discuss]", input: "It is the oldest bridge[dubious – discuss] in the city.", expected: "It is the oldest bridge in the city." },
    { label: "page marks after a word", input: "Temüjin:121,154 was born in 1162.", expected: "Temüjin was born in 1162." },
    { label: "a single page mark", input: "the city of Shusha:5 in Karabakh", expected: "the city of Shusha in Karabakh" },
    { label: "a reference with its page", input: "the declaration[1]:23 was signed", expected: "the declaration was signed" },
    { label: "a reference with spaced pages (blind31)", input: "marketing it as Altair BASIC.[14]: 108, 112–114 Gates and Allen established Microsoft", expected: "marketing it as Altair BASIC. Gates and Allen established Microsoft" },
    { label: "a reference inside parentheses leaves none behind", input: "the declaration ([7]) was signed", expected: "the declaration was signed" },
    { label: "a mark opening the string", input: "[3] The declaration was signed.", expected: "The declaration was signed." },
    {
      label: "Old Style dates become parenthesised; the notes around them go",
      input: "Sir Isaac Newton[a] (4 January [O.S. 25 December] 1643 – 31 March [O.S. 20 March] 1727)[b] was an English polymath.[5]",
      expected: "Sir Isaac Newton (4 January (O.S. 25 December) 1643 – 31 March (O.S. 20 March) 1727) was an English polymath.",
    },
    { label: "a New Style date", input: "born on 5 March [N.S. 16 March] 1840", expected: "born on 5 March (N.S. 16 March) 1840" },
    { label: "Turkish and Azerbaijani letters survive", input: "Heydər Əliyev[12] met Recep Tayyip Erdoğan in Şuşa (Shusha).[note 3] Sırakaya, Gökçe, Ölçü.", expected: "Heydər Əliyev met Recep Tayyip Erdoğan in Şuşa (Shusha). Sırakaya, Gökçe, Ölçü." },
  ])("$label", ({ input, expected }) => {
    expect(stripCitations(input)).toBe(expected);
    expect(hasCitationDebris(stripCitations(input))).toBe(false);
  });

  test.each([
    { label: "an aside that is content", input: "The rules are listed (see below)." },
    { label: "an editor's insertion in a quotation (doctor-who)", input: "because Donald [Wilson] was so adamant that we shouldn't make it" },
    { label: "[sic]", input: "He wrote that the treaty was “signed in Shusa [sic]”." },
    { label: "an elision", input: "“We had a bit of a crisis […] of confidence.”" },
    { label: "clock times (doctor-who)", input: "It first appeared on BBC TV at 17:16:20 GMT, eighty seconds after the scheduled programme time, 5:15 pm." },
    { label: "a verse and a score", input: "John 3:16 is quoted; the score was 3:2." },
    { label: "a ratio after a one-letter name", input: "The ratio x:1 was kept." },
    { label: "a bracketed year", input: "the plan [of 2009] was revised" },
    { label: "a colon and a space before a number", input: "The count: 5 states." },
    { label: "an Old Style date is content, not debris", input: "born on 9 June [O.S. 30 May] 1672" },
  ])("keeps $label", ({ input }) => {
    expect(hasCitationDebris(input)).toBe(false);
    if (!input.includes("[O.S.")) expect(stripCitations(input)).toBe(input);
  });
});

describe("the corpus", () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt"));

  test("the fixture copy is all there", () => {
    expect(files).toHaveLength(12);
  });

  test("findCitationMarks finds the thirteen runs of marks SQuAD kept, and nothing else", () => {
    const found = files.flatMap((f) => {
      const text = readFileSync(path.join(CORPUS, f), "utf8");
      return findCitationMarks(text).map((m) => `${f.replace(/\.txt$/, "")} ${text.slice(m.start, m.end)}`);
    });
    expect(found).toEqual([
      "doctor-who [note 1]",
      "economic-inequality [unreliable source?][unreliable source?]",
      "european-union-law [vague]",
      "force :2–10:79",
      "genghis-khan [citation needed]",
      "prime-number [update]",
      "rhine [note 2][note 1]",
      "rhine [note 3]",
      "rhine [note 4]",
      "rhine [note 7]",
      "rhine [note 1]",
      "steam-engine [citation needed]",
      "steam-engine [citation needed]",
    ]);
  });
});
