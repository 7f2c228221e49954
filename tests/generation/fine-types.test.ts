import { describe, expect, test } from "vitest";
import { fitsType, kindOfNoun, typeByAppositive, type FineRef } from "@/lib/domain/generation/fine-types";
import { knownRefs, knownTypeOf, typeByHead } from "@/lib/domain/generation/type-by-head";

const r = (type: FineRef["type"], subtype: string = type): FineRef => ({ type, subtype });
const SPORT = ["the", "match", "ended", "in", "a", "draw"];

describe("typeByHead: head words type an unknown name", () => {
  test.each([
    // Teams: always by "FC" and kin, by "United"/"City" only in a sports sentence.
    { name: "Leeds United", context: SPORT, expected: r("organisation", "team") },
    { name: "Leeds United", context: [], expected: null },
    { name: "Stoke City", context: SPORT, expected: r("organisation", "team") },
    { name: "Stoke City", context: [], expected: r("place", "city") },
    { name: "Mexico City", context: [], expected: r("place", "city") },
    { name: "Qarabağ FK", context: [], expected: r("organisation", "team") },
    { name: "Neftçi FC", context: [], expected: r("organisation", "team") },
    { name: "Bristol Rovers", context: [], expected: r("organisation", "team") },
    // Stadiums: "Stadium", "Arena" always; "Park" only in sport.
    { name: "Wembley Stadium", context: [], expected: r("place", "stadium") },
    { name: "Ülker Sports Arena", context: [], expected: r("place", "stadium") },
    { name: "Villa Park", context: SPORT, expected: r("place", "stadium") },
    { name: "Hyde Park", context: [], expected: null },
    // Broadcasters.
    { name: "BBC", context: [], expected: r("organisation", "broadcaster") },
    { name: "BBC Scotland", context: [], expected: r("organisation", "broadcaster") },
    { name: "Channel 4", context: [], expected: r("organisation", "broadcaster") },
    { name: "Granada Television", context: [], expected: r("organisation", "broadcaster") },
    { name: "Cartoon Network", context: [], expected: r("organisation", "broadcaster") },
    { name: "Talk Radio", context: [], expected: r("organisation", "broadcaster") },
    { name: "Radio Liberty", context: [], expected: r("organisation", "broadcaster") },
    // Documents.
    { name: "Treaty of Kars", context: [], expected: r("work", "document") },
    { name: "Scotland Act 1998", context: [], expected: r("work", "document") },
    { name: "Declaration of Arbroath", context: [], expected: r("work", "document") },
    { name: "Treaty on European Union", context: [], expected: r("work", "document") },
    // Places.
    { name: "River Tay", context: [], expected: r("place", "river") },
    { name: "Aare River", context: [], expected: r("place", "river") },
    { name: "Lake Toplitz", context: [], expected: r("place", "lake") },
    { name: "Mount Tarawera", context: [], expected: r("place", "mountain") },
    { name: "Glarus Alps", context: [], expected: r("place", "range") },
    { name: "Sea of Marmara", context: [], expected: r("place", "sea") },
    { name: "English Channel", context: [], expected: r("place", "sea") },
    { name: "Isle of Wight", context: [], expected: r("place", "island") },
    { name: "Guaymas Basin", context: [], expected: r("place", "region") },
    { name: "Maiden Tower", context: [], expected: r("place", "building") },
    // Events.
    { name: "Second Karabakh War", context: [], expected: r("event", "war") },
    { name: "Battle of Sarikamish", context: [], expected: r("event", "battle") },
    { name: "Glorious Revolution", context: [], expected: r("event") },
    { name: "Industrial Revolution", context: [], expected: r("event") },
    { name: "Battle of Stamford Bridge", context: [], expected: r("event", "battle") },
    { name: "City of Edinburgh Council", context: [], expected: r("organisation", "government") },
    { name: "General Assembly Hall", context: [], expected: r("place", "building") },
    { name: "Space Task Group", context: [], expected: r("organisation", "government") },
    { name: "Who", context: [], expected: null },
    { name: "WHO", context: [], expected: r("organisation", "international") },
    { name: "Treaty", context: [], expected: null },
    { name: "Siege of Vienna", context: [], expected: r("event", "battle") },
    { name: "1999 Izmit Earthquake", context: [], expected: r("event", "disaster") },
    { name: "Scottish Parliament election", context: [], expected: null },
    { name: "2026 Scottish Parliament Election", context: [], expected: r("event", "election") },
    { name: "Davis Cup", context: [], expected: r("event", "tournament") },
    // Works by disambiguator or quotes.
    { name: "Heroes (film)", context: [], expected: r("work", "film") },
    { name: "Solaris (novel)", context: [], expected: r("work", "book") },
    { name: "Survivors (TV series)", context: [], expected: r("work", "series") },
    { name: "“The Daleks”", context: ["the", "serial"], expected: r("work") },
    { name: "“Heroes”", context: ["on", "the", "album", "his", "song"], expected: r("work", "song") },
    { name: "“Heroes”", context: ["the", "album"], expected: r("work", "album") },
    // Organisations.
    { name: "Kilbrandon Commission", context: [], expected: r("organisation", "government") },
    { name: "Scottish National Party", context: [], expected: r("organisation", "party") },
    { name: "Ipopema Securities", context: [], expected: r("organisation", "company") },
    { name: "University of Stirling", context: [], expected: r("organisation", "university") },
    { name: "King's College London", context: [], expected: r("organisation", "university") },
    { name: "Central Bank of Ireland", context: [], expected: r("organisation", "central-bank") },
    { name: "Bank of Scotland", context: [], expected: r("organisation", "company") },
    { name: "Court of Session", context: [], expected: r("organisation", "court") },
    { name: "Royal Scots Guards", context: [], expected: r("organisation", "military") },
    { name: "Church of Scotland", context: [], expected: r("organisation", "religious") },
    { name: "St Giles' Church", context: [], expected: r("place", "building") },
    // First words.
    { name: "Apollo 11", context: [], expected: r("product", "spacecraft") },
    { name: "Voyager 2", context: [], expected: r("product", "spacecraft") },
    { name: "Boeing 737", context: [], expected: r("product", "aircraft") },
    { name: "HMS Belfast", context: [], expected: r("product", "vehicle") },
    { name: "Project Orion", context: [], expected: r("event", "programme") },
    { name: "Hurricane Sandy", context: [], expected: r("event", "disaster") },
    { name: "President Kennedy", context: [], expected: r("person", "head-of-state") },
    { name: "Prime Minister Wilson", context: [], expected: r("person", "politician") },
    { name: "King Harald", context: [], expected: r("person", "monarch") },
    { name: "General Wolfe", context: [], expected: r("person", "military") },
    // Nothing says what these are.
    { name: "Nordvolt", context: [], expected: null },
    { name: "Alviniconcha pacifica", context: [], expected: null },
    { name: "Doc Ricketts", context: [], expected: null },
    { name: "Louis XIX", context: [], expected: null },
  ])("$name ($context.length context words) -> $expected.type/$expected.subtype", ({ name, context, expected }) => {
    expect(typeByHead(name, context)).toEqual(expected);
  });

  test("a known name is typed by its list, whatever its head: Manchester United is a team without a match in sight", () => {
    expect(typeByHead("Manchester United", [])).toEqual(r("organisation", "team"));
    expect(typeByHead("General Electric", [])).toEqual(r("organisation", "company"));
    expect(typeByHead("Soviet Union", [])).toEqual(r("place", "country"));
  });

  test("the gazetteer types what the lists do not hold", () => {
    expect(knownTypeOf("Shusha")).toEqual(r("place", "city"));
    expect(knownTypeOf("Eurasia")).toEqual(r("place", "continent"));
    expect(knownTypeOf("Caucasus")).toEqual(r("place", "region"));
  });

  test("a name in two kinds is not typed by its lists alone, but knownRefs has both", () => {
    expect(knownTypeOf("French")).toBeNull();
    expect(knownRefs("French")).toHaveLength(2);
  });
});

describe("typeByAppositive: the noun just before a name", () => {
  test.each([
    { before: ["Swedish", "battery", "maker"], expected: r("organisation", "company") },
    { before: ["the", "investment", "firm"], expected: r("organisation", "company") },
    { before: ["Kenyan", "runner"], expected: r("person", "athlete") },
    { before: ["His", "coach", ","], expected: r("person", "coach") },
    { before: ["led", "by", "marine", "biologist"], expected: r("person", "scientist") },
    { before: ["the", "film"], expected: r("work", "film") },
    { before: ["the", "broadcaster"], expected: r("organisation", "broadcaster") },
    { before: ["a", "city", "on", "the", "river"], expected: r("place", "river") },
    { before: ["the", "river", "near", "the", "city"], expected: r("place", "city") },
    { before: ["the", "prime", "minister"], expected: r("person", "politician") },
    { before: ["the", "submersible"], expected: null },
    { before: [], expected: null },
  ])("$before -> $expected.type/$expected.subtype", ({ before, expected }) => {
    expect(typeByAppositive(before)).toEqual(expected);
  });
});

describe("kindOfNoun and fitsType", () => {
  test.each([
    { noun: "river", expected: r("place", "river") },
    { noun: "country", expected: r("place", "country") },
    { noun: "Stadium", expected: r("place", "stadium") },
    { noun: "mountain range", expected: r("place", "range") },
    { noun: "teapot", expected: null },
  ])("kindOfNoun($noun)", ({ noun, expected }) => {
    expect(kindOfNoun(noun)).toEqual(expected);
  });

  test.each([
    { label: "same kind", candidate: r("place", "river"), wanted: r("place", "river"), expected: true },
    { label: "a city is no country", candidate: r("place", "city"), wanted: r("place", "country"), expected: false },
    { label: "an organisation is no city", candidate: r("organisation", "international"), wanted: r("place", "city"), expected: false },
    { label: "an unknown kind of place may be a river", candidate: r("place"), wanted: r("place", "river"), expected: true },
    { label: "any place for 'where'", candidate: r("place", "lake"), wanted: r("place"), expected: true },
    { label: "a stadium is a building", candidate: r("place", "stadium"), wanted: r("place", "building"), expected: true },
    { label: "a palace is no stadium", candidate: r("place", "building"), wanted: r("place", "stadium"), expected: false },
    { label: "a mountain for a range and back", candidate: r("place", "mountain"), wanted: r("place", "range"), expected: true },
    { label: "a broadcaster is a company", candidate: r("organisation", "broadcaster"), wanted: r("organisation", "company"), expected: true },
    { label: "a general may be a king (Napoleon)", candidate: r("person", "military"), wanted: r("person", "monarch"), expected: true },
    { label: "an athlete and a coach share a sphere", candidate: r("person", "athlete"), wanted: r("person", "coach"), expected: true },
    { label: "an athlete is no politician", candidate: r("person", "athlete"), wanted: r("person", "politician"), expected: false },
    { label: "a nationality is no country", candidate: r("nationality"), wanted: r("place", "country"), expected: false },
  ])("$label", ({ candidate, wanted, expected }) => {
    expect(fitsType(candidate, wanted)).toBe(expected);
  });
});
