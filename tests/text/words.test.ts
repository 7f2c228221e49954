import { describe, expect, test } from "vitest";
import { foldDiacritics, headNoun, wordCount } from "@/lib/domain/text";
import { foldDiacritics as generatorFold, wordCount as generatorWordCount } from "@/lib/domain/generation/text";
import { normaliseAnswer } from "@/lib/domain/grading";

describe("foldDiacritics keeps case and folds what NFKD leaves", () => {
  test.each([
    { label: "Turkish soft g and umlaut", input: "Erdoğan Türkiye", expected: "Erdogan Turkiye" },
    { label: "Turkish and Azerbaijani letters", input: "ı İ ğ Ğ ş Ş ç Ç ö Ö ü Ü ə Ə", expected: "i I g G s S c C o O u U a A" },
    { label: "Azerbaijani schwa, which the generator's old table lacked", input: "Heydər Əliyev", expected: "Heydar Aliyev" },
    { label: "dotless ı", input: "Sırakaya", expected: "Sirakaya" },
    { label: "stroke, bar and eth letters", input: "Øresund Łódź Đoković Ðuro Ħamrun Ŧ", expected: "Oresund Lodz Dokovic Duro Hamrun T" },
    { label: "ligatures and thorn", input: "Straße STRAẞE Æsir æther Œuvre œuvre Þór þorn", expected: "Strasse STRASSE Aesir aether Oeuvre oeuvre Thor thorn" },
    { label: "compatibility forms", input: "ＯＴＳ ﬁnal", expected: "OTS final" },
    { label: "plain ASCII is untouched", input: "Shusha Declaration, 2021.", expected: "Shusha Declaration, 2021." },
  ])("$label", ({ input, expected }) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  test("the generator and grading use this one implementation", () => {
    expect(generatorFold).toBe(foldDiacritics);
    expect(normaliseAnswer("Heydər Əliyev")).toBe(foldDiacritics("heydər əliyev"));
  });
});

describe("wordCount", () => {
  test.each([
    { input: "Erdoğan and Sırakaya met in Türkiye.", expected: 6 },
    { input: "Azerbaijan’s short-lived independence in the 20th century", expected: 7 },
    { input: "The U.S. economy grew 3.5 percent at AT&T.", expected: 8 },
    { input: "Heydər Əliyev şəhəri", expected: 3 },
    { input: "Cafe\u0301 au lait", expected: 3 }, // a decomposed é stays inside its word
    { input: "", expected: 0 },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(wordCount(input)).toBe(expected);
  });

  test("the generator's wordCount is this one", () => {
    expect(generatorWordCount).toBe(wordCount);
  });
});

describe("headNoun", () => {
  test.each([
    { input: "Organization of Turkic States", expected: "Organization" },
    { input: "the old stone bridge", expected: "bridge" },
    { input: "Justice and Development Party", expected: "Party" },
    { input: "Supreme Council of the Republic of Azerbaijan", expected: "Council" },
    { input: "Organization of Turkic States (OTS)", expected: "Organization" },
    { input: "Azerbaijan’s short-lived independence", expected: "independence" },
    { input: "the king’s", expected: "king" },
    { input: "World War II", expected: "War" },
    { input: "Apollo 11", expected: "Apollo" },
    { input: "1,230 km", expected: "km" },
    { input: "the Franco–Prussian War", expected: "War" },
    { input: "Zafer Sırakaya, deputy chair of the party", expected: "Sırakaya" },
    { input: "Heydər Əliyev", expected: "Əliyev" },
    { input: "the alliance that they signed", expected: "alliance" },
    { input: "2009", expected: "2009" },
    { input: "", expected: "" },
  ])("$input -> $expected", ({ input, expected }) => {
    expect(headNoun(input)).toBe(expected);
  });
});
