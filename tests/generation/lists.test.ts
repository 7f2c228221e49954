import { describe, expect, test } from "vitest";
import { DISCIPLINES, DOMAINS, type Discipline, type Domain } from "@/lib/domain/generation/domains";
import { FINE_TYPES } from "@/lib/domain/generation/fine-types";
import { ALL_LISTS, canonicalsOf, fallbackNames, knownTypesOf } from "@/lib/domain/generation/lists";

describe("the lists' shape", () => {
  test("every list is filed under a known domain, type and subtype (concepts' families are open)", () => {
    for (const l of ALL_LISTS) {
      expect(DOMAINS).toContain(l.domain);
      expect(Object.keys(FINE_TYPES)).toContain(l.type);
      const subs: readonly string[] = FINE_TYPES[l.type];
      if (subs.length > 0) expect(subs, `${l.domain}/${l.type}/${l.subtype}`).toContain(l.subtype);
      else if (l.type !== "concept") expect(l.subtype).toBe(l.type);
      if (l.discipline) {
        expect(l.domain).toBe("sport");
        expect(DISCIPLINES).toContain(l.discipline);
      }
    }
  });

  test("every list holds at least twelve names (continents: all of them), none twice, none blank", () => {
    for (const l of ALL_LISTS) {
      const label = `${l.domain}/${l.type}/${l.subtype}/${l.discipline ?? ""}`;
      expect(l.names.length, label).toBeGreaterThanOrEqual(l.subtype === "continent" ? 7 : 12);
      expect(new Set(l.names).size, label).toBe(l.names.length);
      for (const n of l.names) expect(n.trim(), label).toBe(n);
      for (const n of l.names) expect(n, label).not.toMatch(/\s{2,}|^$/);
    }
  });

  test("concepts are lower-case terms, except names inside them (Calvin cycle, Newton's first law) and abbreviations", () => {
    for (const l of ALL_LISTS.filter((x) => x.type === "concept")) {
      for (const n of l.names) {
        // The first word is lower-case, an abbreviation (ATP, RuBisCO), or a person's name in a term (Hooke's law, Calvin cycle).
        const first = n.split(" ")[0]!;
        const ok = /^[\p{Ll}\d]/u.test(first) || (first.match(/\p{Lu}/gu) ?? []).length >= 2 || n.includes(" ");
        expect(ok, `${l.subtype}: ${n}`).toBe(true);
      }
    }
  });
});

type Args = readonly [type: string, subtype: string, domain: Domain, discipline?: Discipline];
const names = (a: Args) => fallbackNames(a[0], a[1], a[2], a[3]);

describe("fallbackNames", () => {
  test.each([
    { label: "a chess coach gets chess coaches only", args: ["person", "coach", "sport", "chess"], has: "Mark Dvoretsky", hasNot: "Alex Ferguson" },
    { label: "a football coach gets football coaches", args: ["person", "coach", "sport", "football"], has: "Alex Ferguson", hasNot: "Mark Dvoretsky" },
    { label: "a nationality gets demonyms, never oceans", args: ["nationality", "nationality", "politics"], has: "Turkish", hasNot: "Pacific Ocean" },
    { label: "a team in sport", args: ["organisation", "team", "sport", "football"], has: "Real Madrid", hasNot: "Chicago Bulls" },
    { label: "a stadium in sport", args: ["place", "stadium", "sport", "football"], has: "Wembley Stadium", hasNot: "Silverstone Circuit" },
    { label: "a broadcaster in culture", args: ["organisation", "broadcaster", "culture"], has: "BBC", hasNot: "Pacific Ocean" },
    { label: "a series in culture", args: ["work", "series", "culture"], has: "Star Trek", hasNot: "Casablanca" },
    { label: "a physicist", args: ["person", "scientist", "physics"], has: "Isaac Newton", hasNot: "Lionel Messi" },
    { label: "a mathematician", args: ["person", "scientist", "mathematics"], has: "Euclid", hasNot: "Usain Bolt" },
    { label: "an organelle", args: ["concept", "organelle", "biology"], has: "mitochondrion", hasNot: "Paris" },
    { label: "a force", args: ["concept", "force", "physics"], has: "friction", hasNot: "newton" },
    { label: "a unit", args: ["concept", "unit", "physics"], has: "newton", hasNot: "friction" },
    { label: "a spacecraft", args: ["product", "spacecraft", "space"], has: "Vostok 1", hasNot: "Boeing 747" },
    { label: "an astronaut", args: ["person", "astronaut", "space"], has: "Yuri Gagarin", hasNot: "Isaac Newton" },
    { label: "a battle", args: ["event", "battle", "history"], has: "Battle of Hastings", hasNot: "Seven Years' War" },
    { label: "a war", args: ["event", "war", "history"], has: "Seven Years' War", hasNot: "Battle of Hastings" },
    { label: "a party", args: ["organisation", "party", "politics"], has: "Labour Party", hasNot: "NATO" },
    { label: "an international body", args: ["organisation", "international", "politics"], has: "United Nations", hasNot: "Labour Party" },
    { label: "a company", args: ["organisation", "company", "business"], has: "Unilever", hasNot: "United Nations" },
    { label: "a treaty in law", args: ["work", "document", "law"], has: "Treaty of Lisbon", hasNot: "Battle of Hastings" },
    { label: "a court", args: ["organisation", "court", "law"], has: "International Court of Justice", hasNot: "European Commission" },
    { label: "a river", args: ["place", "river", "geography"], has: "Danube", hasNot: "Alps" },
    { label: "a range", args: ["place", "range", "geography"], has: "Alps", hasNot: "Danube" },
    { label: "a country", args: ["place", "country", "geography"], has: "Azerbaijan", hasNot: "Baku" },
    { label: "a city", args: ["place", "city", "politics"], has: "Baku", hasNot: "Azerbaijan" },
  ] satisfies { label: string; args: Args; has: string; hasNot: string }[])("$label", ({ args, has, hasNot }) => {
    expect(names(args)).toContain(has);
    expect(names(args)).not.toContain(hasNot);
  });

  test("the text's domain comes first: a scientist in biology is a biologist before a physicist", () => {
    const names = fallbackNames("person", "scientist", "biology");
    expect(names).toContain("Charles Darwin");
    // biology reads no other domain's lists: a physicist is the wrong kind of scientist there
    expect(names).not.toContain("Werner Heisenberg");
    expect(names.slice(0, 10)).not.toContain("Isaac Newton");
  });

  test("related domains before shared lists: history's politicians before today's", () => {
    const names = fallbackNames("person", "politician", "history");
    expect(names.indexOf("Otto von Bismarck")).toBeLessThan(names.indexOf("Olaf Scholz"));
  });

  test("an exact kind is not borrowed from an unrelated domain: no economist list for a politics text, no space agency for a politics text", () => {
    expect(fallbackNames("person", "economist", "politics")).toEqual([]);
    expect(fallbackNames("organisation", "government", "politics")).not.toContain("European Space Agency");
    expect(fallbackNames("organisation", "government", "space")).toContain("European Space Agency");
  });

  test.each([
    { label: "a person in a sport text is an athlete", args: ["person", "person", "sport"], first: "Lionel Messi" },
    { label: "a person in a space text is an astronaut", args: ["person", "person", "space"], first: "Neil Armstrong" },
    { label: "a person in a history text is a ruler first", args: ["person", "person", "history"], first: "Genghis Khan" },
    { label: "an empty subtype reads as unknown", args: ["person", "", "business"], first: "Warren Buffett" },
  ] satisfies { label: string; args: Args; first: string }[])("the domain's default kind: $label", ({ args, first }) => {
    expect(names(args)[0]).toBe(first);
  });

  test.each([
    { label: "an unknown type", args: ["gadget", "thing", "sport"] },
    { label: "an unknown subtype", args: ["place", "crater", "geography"] },
    { label: "a generic place (no default kind)", args: ["place", "place", "geography"] },
  ] satisfies { label: string; args: Args }[])("nothing rather than the wrong kind: $label", ({ args }) => {
    expect(names(args)).toEqual([]);
  });

  test("a known discipline never reads another discipline's list", () => {
    const names = fallbackNames("person", "athlete", "sport", "chess");
    expect(names).toContain("Magnus Carlsen");
    for (const n of ["Lionel Messi", "Usain Bolt", "Roger Federer", "Michael Jordan", "Lewis Hamilton"]) expect(names).not.toContain(n);
  });

  test("without a discipline, all sports are read in list order", () => {
    const names = fallbackNames("person", "athlete", "sport");
    expect(names[0]).toBe("Lionel Messi");
    expect(names).toContain("Magnus Carlsen");
  });

  test("no name twice, even across lists (Tesla is a business and a technology company)", () => {
    const names = fallbackNames("organisation", "company", "business");
    expect(new Set(names).size).toBe(names.length);
  });

  test("deterministic", () => {
    expect(fallbackNames("place", "river", "geography")).toEqual(fallbackNames("place", "river", "geography"));
  });
});

describe("knownTypesOf and canonicalsOf", () => {
  test.each([
    { name: "Real Madrid", expected: [{ type: "organisation", subtype: "team" }] },
    { name: "Danube", expected: [{ type: "place", subtype: "river" }] },
    { name: "mount everest", expected: [{ type: "place", subtype: "mountain" }] },
    { name: "Gravity", expected: [{ type: "work", subtype: "film" }] },
    { name: "gravity", expected: [{ type: "concept", subtype: "force" }] },
    { name: "Nordvolt", expected: [] },
  ])("$name", ({ name, expected }) => {
    expect(knownTypesOf(name)).toEqual(expected);
  });

  test("a name in two kinds of list has both kinds (French: a nationality and a language)", () => {
    expect(knownTypesOf("French")).toEqual(
      expect.arrayContaining([
        { type: "nationality", subtype: "nationality" },
        { type: "language", subtype: "language" },
      ]),
    );
  });

  test.each([
    { a: "France", b: "French" },
    { a: "Scotland", b: "Scottish" },
    { a: "Iran", b: "Persia" },
    { a: "UK", b: "United Kingdom" },
    { a: "Temüjin", b: "Genghis Khan" },
  ])("$a and $b are one thing", ({ a, b }) => {
    const ca = canonicalsOf(a);
    expect([...canonicalsOf(b)].some((c) => ca.has(c))).toBe(true);
  });
});
