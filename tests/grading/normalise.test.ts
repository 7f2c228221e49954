import { describe, expect, test } from "vitest";
import { editDistance, normaliseAnswer, numbersIn, typoAllowance } from "@/lib/domain/grading";

describe("normaliseAnswer", () => {
  test.each([
    { label: "case and umlaut", input: "TÜRKİYE", expected: "turkiye" },
    { label: "soft g", input: "Erdoğan", expected: "erdogan" },
    { label: "dotless ı", input: "Sırakaya", expected: "sirakaya" },
    { label: "dotted capital İ", input: "İlham", expected: "ilham" },
    { label: "cedillas", input: "Şuşa", expected: "susa" },
    { label: "Azerbaijani schwa", input: "Heydər Əliyev", expected: "heydar aliyev" },
    { label: "letters NFD does not decompose", input: "Øresund Łódź Đoković Straße Æsir Œuvre Þór", expected: "oresund lodz dokovic strasse aesir oeuvre thor" },
    { label: "curly apostrophe joins the word", input: "Azerbaijan’s", expected: "azerbaijans" },
    { label: "straight apostrophe joins the word", input: "Azerbaijan's", expected: "azerbaijans" },
    { label: "curly and straight quotes are dropped", input: "“Turkic gate” \"Nakhchivan\"", expected: "turkic gate nakhchivan" },
    { label: "punctuation and whitespace collapse", input: "  The New World Order:\tGlobal Challenges!  ", expected: "new world order global challenges" },
    { label: "hyphens separate words", input: "road-map", expected: "road map" },
    { label: "& reads as and", input: "North&South", expected: "north and south" },
    { label: "one leading article goes", input: "The Supreme Council", expected: "supreme council" },
    { label: "only one leading article goes", input: "The The", expected: "the" },
    { label: "a lone article stays", input: "the", expected: "the" },
    { label: "articles inside stay", input: "Organization of the Turkic States", expected: "organization of the turkic states" },
    { label: "thousands commas go", input: "1,000 troops", expected: "1000 troops" },
    { label: "decimal points stay", input: "3.5 percent.", expected: "3.5 percent" },
    { label: "parentheses", input: "(AK Party)", expected: "ak party" },
    { label: "full-width letters", input: "ＯＴＳ", expected: "ots" },
    { label: "nothing but punctuation", input: " ?!… ", expected: "" },
  ])("$label", ({ input, expected }) => {
    expect(normaliseAnswer(input)).toBe(expected);
  });
});

describe("typoAllowance counts letters, not digits or spaces", () => {
  test.each([
    { input: "east", expected: 0 },
    { input: "ots", expected: 0 },
    { input: "2009", expected: 0 },
    { input: "shusa", expected: 1 },
    { input: "sirakaya", expected: 1 },
    { input: "road map", expected: 1 },
    { input: "2 states", expected: 1 },
    { input: "nakhchivan", expected: 2 },
    { input: "zafer sirakaya", expected: 2 },
    { input: "organization of turkic states", expected: 2 },
  ])("$input → $expected", ({ input, expected }) => {
    expect(typoAllowance(input)).toBe(expected);
  });
});

describe("numbersIn", () => {
  test.each([
    { input: "2009", expected: ["2009"] },
    { input: "2nd karabakh war", expected: ["2"] },
    { input: "3.5 percent of 1000", expected: ["3.5", "1000"] },
    { input: "two states", expected: [] },
  ])("$input", ({ input, expected }) => {
    expect(numbersIn(input)).toEqual(expected);
  });
});

describe("editDistance (optimal string alignment)", () => {
  test.each([
    { a: "aliyev", b: "aliyev", expected: 0 },
    { a: "aliyve", b: "aliyev", expected: 1, why: "a swap of neighbours is one edit" },
    { a: "sirakya", b: "sirakaya", expected: 1 },
    { a: "pakestin", b: "pakistan", expected: 2 },
    { a: "ca", b: "abc", expected: 3, why: "OSA does not edit a swapped pair again" },
    { a: "", b: "ots", expected: 3 },
    { a: "kazakhstan", b: "kyrgyzstan", expected: 5 },
    { a: "şuşa", b: "susa", expected: 2, why: "code points, not bytes" },
  ])("$a ↔ $b = $expected", ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  test.each([
    { a: "kazakhstan", b: "kyrgyzstan", limit: 2, expected: 3 },
    { a: "ots", b: "organizationofturkicstates", limit: 2, expected: 3 },
    { a: "pakistin", b: "pakistan", limit: 1, expected: 1 },
  ])("with a limit: $a ↔ $b ≤ $limit?", ({ a, b, limit, expected }) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });
});
