import { describe, expect, test } from "vitest";
import { mergeTopicTags } from "@/lib/domain/stats";

describe("mergeTopicTags", () => {
  test.each([
    { label: "no tags", tags: [], expected: {} },
    { label: "an irregular plural merges, under the plural", tags: ["person", "people"], expected: { person: "people", people: "people" } },
    { label: "a regular plural merges, under the plural", tags: ["role", "roles"], expected: { role: "roles", roles: "roles" } },
    { label: "the order the tags come in does not matter", tags: ["roles", "role"], expected: { role: "roles", roles: "roles" } },
    { label: "a singular alone stays as written", tags: ["person", "quotation"], expected: { person: "person", quotation: "quotation" } },
    { label: "-ies plurals", tags: ["city", "cities", "country"], expected: { city: "cities", cities: "cities", country: "country" } },
    { label: "-es after s, x, z, ch, sh", tags: ["address", "addresses", "box", "boxes", "church", "churches"], expected: { address: "addresses", addresses: "addresses", box: "boxes", boxes: "boxes", church: "churches", churches: "churches" } },
    { label: "plain -s after a silent e", tags: ["place", "places", "date", "dates"], expected: { place: "places", places: "places", date: "dates", dates: "dates" } },
    { label: "news, -ss, -us, -is and -ics words are not plurals", tags: ["news", "access", "status", "analysis", "politics", "new"], expected: { news: "news", access: "access", status: "status", analysis: "analysis", politics: "politics", new: "new" } },
    { label: "case and spaces are ignored; the tidy spelling is kept", tags: [" People ", "person"], expected: { " People ": "people", person: "people" } },
    { label: "unrelated tags stay apart", tags: ["diplomacy", "security", "turkic-world"], expected: { diplomacy: "diplomacy", security: "security", "turkic-world": "turkic-world" } },
  ])("$label", ({ tags, expected }) => {
    expect(Object.fromEntries(mergeTopicTags(tags))).toEqual(expected);
  });
});
