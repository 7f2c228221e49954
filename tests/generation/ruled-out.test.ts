import { describe, expect, test } from "vitest";
import type { FineRef } from "@/lib/domain/generation/fine-types";
import { kindAskedFor, ruledOutByStem } from "@/lib/domain/generation/ruled-out";

const r = (type: FineRef["type"], subtype: string = type): FineRef => ({ type, subtype });
const RIVER = r("place", "river");
const COUNTRY = r("place", "country");
const CITY = r("place", "city");

describe("kindAskedFor", () => {
  test.each([
    { stem: "Which country signed the declaration?", expected: COUNTRY },
    { stem: "In which European country is Shusha?", expected: COUNTRY },
    { stem: "What city hosted the summit?", expected: CITY },
    { stem: "The river _____ flows into the North Sea.", expected: RIVER },
    { stem: "It is the city of _____ that hosted the summit.", expected: CITY },
    { stem: "The summit was held in the capital, _____.", expected: CITY },
    { stem: "Cologne is a city on the _____.", expected: null },
    { stem: "Which team won the cup in 1999?", expected: r("organisation", "team") },
    { stem: "Who signed the Shusha Declaration?", expected: r("person") },
    { stem: "Where was the declaration signed?", expected: r("place") },
    { stem: "When was the declaration signed?", expected: null },
    { stem: "Erdoğan and Aliyev signed the _____ Declaration.", expected: null },
  ])("$stem", ({ stem, expected }) => {
    expect(kindAskedFor(stem)).toEqual(expected);
  });
});

describe("ruledOutByStem", () => {
  test.each([
    // The stem asks for a kind the choice is not.
    { label: "a city for 'which country'", stem: "Which country hosted the summit?", choice: "Baku", key: COUNTRY, expected: true },
    { label: "a country for 'which country'", stem: "Which country hosted the summit?", choice: "Armenia", key: COUNTRY, expected: false },
    { label: "a demonym for 'which country'", stem: "Which country hosted the summit?", choice: "Turkish", key: COUNTRY, expected: true },
    { label: "a city for 'the river'", stem: "The river _____ flows into the North Sea.", choice: "Munich", key: RIVER, expected: true },
    { label: "a lake for 'the river'", stem: "The river _____ flows into the North Sea.", choice: "Lake Geneva", key: RIVER, expected: true },
    { label: "a river for 'the river'", stem: "The river _____ flows into the North Sea.", choice: "Elbe", key: RIVER, expected: false },
    { label: "an organisation for 'which city'", stem: "Which city hosted the summit?", choice: "NATO", key: CITY, expected: true },
    { label: "a sea for 'which country' (the issue's oceans for a nationality)", stem: "Which country joined the alliance?", choice: "Pacific Ocean", key: COUNTRY, expected: true },
    { label: "a politician for 'who'", stem: "Who signed the declaration?", choice: "Vladimir Putin", key: r("person", "head-of-state"), expected: false },
    { label: "a city for 'who'", stem: "Who signed the declaration?", choice: "Ankara", key: r("person", "head-of-state"), expected: true },
    { label: "a team for 'which team'", stem: "Which team won the cup?", choice: "Real Madrid", key: r("organisation", "team"), expected: false },
    { label: "a stadium for 'which team'", stem: "Which team won the cup?", choice: "Wembley Stadium", key: r("organisation", "team"), expected: true },
    // Unknown choices are never ruled out by kind.
    { label: "an unknown name", stem: "Which country hosted the summit?", choice: "Zubrowka", key: COUNTRY, expected: false },
    // A kind the key itself does not fit is a misreading of the stem.
    { label: "the key is no river", stem: "The river _____ was crossed at Shusha.", choice: "Baku", key: CITY, expected: false },
    // The stem names the choice.
    { label: "the stem names it", stem: "Erdoğan met Aliyev in Shusha; _____ hosted the summit.", choice: "Shusha", key: CITY, expected: true },
    { label: "the stem names it without accents", stem: "Erdogan met _____ in Baku.", choice: "Erdoğan", key: r("person"), expected: true },
    { label: "the stem names it by an alias", stem: "The UK and _____ signed the treaty.", choice: "United Kingdom", key: COUNTRY, expected: true },
    { label: "a word inside a longer word is no name", stem: "The Aliyevs met _____ in Baku.", choice: "Aliyev", key: r("person"), expected: false },
    { label: "no kind asked, not named", stem: "_____ signed the declaration in 2021.", choice: "Ilham Aliyev", key: r("person"), expected: false },
  ])("$label", ({ stem, choice, key, expected }) => {
    expect(ruledOutByStem(stem, choice, key)).toBe(expected);
  });
});
