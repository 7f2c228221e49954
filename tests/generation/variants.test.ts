import { describe, expect, test } from "vitest";
import { ALL_LISTS } from "@/lib/domain/generation/lists";
import { hasVariantPair, isVariantOf } from "@/lib/domain/generation/variants";

describe("isVariantOf: pairs that must not stand as two choices", () => {
  test.each([
    // The examples: near-synonyms of one stem.
    { a: "Turkic", b: "Turkish", why: "same stem" },
    { a: "Turkic", b: "Turkey", why: "same stem" },
    { a: "Turkish", b: "Türkiye", why: "demonym of the country" },
    { a: "Turkey", b: "Türkiye", why: "gazetteer alias" },
    { a: "Turkic", b: "Türkiye", why: "same stem" },
    { a: "Mongol", b: "Mongolian", why: "same stem" },
    { a: "Mongol", b: "Mongolia", why: "same stem" },
    { a: "Mongolian", b: "Mongolia", why: "demonym of the country" },
    { a: "France", b: "French", why: "demonym of the country" },
    { a: "Netherlands", b: "Dutch", why: "demonym of the country" },
    { a: "Scotland", b: "Scottish", why: "demonym of a country the gazetteer lacks" },
    { a: "Turkic peoples", b: "Turkish people", why: "stem and plural, word by word" },
    // One inside the other.
    { a: "Rhine", b: "Upper Rhine", why: "one contains the other" },
    { a: "Lake Constance", b: "Constance", why: "one contains the other" },
    { a: "Ögedei", b: "Ögedei Khan", why: "one contains the other" },
    { a: "Mongol Empire", b: "Mongolia", why: "contains the stem" },
    // Acronyms.
    { a: "NATO", b: "North Atlantic Treaty Organization", why: "acronym" },
    { a: "OSCE", b: "Organization for Security and Co-operation in Europe", why: "acronym over a hyphenated word" },
    { a: "SNP", b: "Scottish National Party", why: "acronym" },
    { a: "U.S.", b: "United States", why: "dotted acronym" },
    { a: "TARDIS", b: "Time And Relative Dimension In Space", why: "acronym of every word" },
    { a: "USSR", b: "Soviet Union", why: "gazetteer alias" },
    // Spelling.
    { a: "Erdogan", b: "Erdoğan", why: "diacritics" },
    { a: "NAGORNO-KARABAKH", b: "Nagorno Karabakh", why: "case and hyphen" },
    { a: "Co-operation", b: "Cooperation", why: "hyphen inside a word" },
    { a: "the BBC", b: "BBC", why: "leading article" },
    { a: "chloroplast", b: "chloroplasts", why: "plural" },
    { a: "mitochondria", b: "mitochondrion", why: "Latin plural" },
    { a: "Aliev", b: "Aliyev", why: "one edit" },
    { a: "Tchaikovsky", b: "Tchaikowsky", why: "one edit" },
    // Other names of one thing.
    { a: "Iran", b: "Persia", why: "former name" },
    { a: "Genghis Khan", b: "Temüjin", why: "birth name" },
    { a: "Seven Years' War", b: "French and Indian War", why: "one is the other's theatre" },
    { a: "First World War", b: "World War I", why: "other name" },
  ])("$a ~ $b ($why)", ({ a, b }) => {
    expect(isVariantOf(a, b)).toBe(true);
    expect(isVariantOf(b, a)).toBe(true);
  });
});

describe("isVariantOf: different things that may stand together", () => {
  test.each([
    { a: "Patagonia", b: "Lombardy", why: "two regions" },
    { a: "Vladimir Putin", b: "Olaf Scholz", why: "two people" },
    { a: "Austria", b: "Australia", why: "known apart, though spelled alike" },
    { a: "Slovakia", b: "Slovenia", why: "known apart, though spelled alike" },
    { a: "Apollo 8", b: "Apollo 11", why: "numbers differ" },
    { a: "Scotland Act 1998", b: "Scotland Act 1978", why: "years differ" },
    { a: "Louis XIV", b: "Louis XVI", why: "numerals differ" },
    { a: "North Korea", b: "South Korea", why: "compass words differ" },
    { a: "Upper Rhine", b: "Lower Rhine", why: "modifiers differ" },
    { a: "Prussia", b: "Russia", why: "the lists know Prussia" },
    { a: "Danube", b: "Rhine", why: "two rivers" },
    { a: "Labour Party", b: "Conservative Party", why: "sharing a head word is not containing" },
    { a: "European Parliament", b: "European Commission", why: "sharing a word" },
    { a: "Berlin", b: "Bern", why: "short names: no edit distance" },
    { a: "Iran", b: "Iraq", why: "short names: no edit distance" },
    { a: "Cologne", b: "Constance", why: "two cities" },
    { a: "thylakoid", b: "stroma", why: "two structures" },
    { a: "ITV", b: "BBC", why: "two broadcasters" },
    { a: "", b: "Rhine", why: "an empty choice" },
  ])("$a ≁ $b ($why)", ({ a, b }) => {
    expect(isVariantOf(a, b)).toBe(false);
    expect(isVariantOf(b, a)).toBe(false);
  });
});

describe("hasVariantPair", () => {
  test.each([
    { choices: ["Turkic", "Patagonia", "Lombardy", "Turkish"], expected: true },
    { choices: ["Danube", "Rhine", "Elbe", "Main"], expected: false },
    { choices: ["Rhine"], expected: false },
  ])("$choices -> $expected", ({ choices, expected }) => {
    expect(hasVariantPair(choices)).toBe(expected);
  });
});

describe("variants inside one list are rare and deliberate", () => {
  // Pickers check every pair with isVariantOf; these pairs are real sub-kinds ("energy", "kinetic energy").
  test("fewer than one pair per fifty names", () => {
    let pairs = 0;
    let names = 0;
    for (const l of ALL_LISTS) {
      names += l.names.length;
      for (let i = 0; i < l.names.length; i++) for (let j = i + 1; j < l.names.length; j++) if (isVariantOf(l.names[i]!, l.names[j]!)) pairs++;
    }
    expect(pairs).toBeLessThan(names / 50);
  });
});
