// Owns the fine-grained types a choice can have (a person's role family, a
// place's kind, an organisation's kind ...), which kinds may stand for which,
// and the common nouns that name a kind ("the film", "which river", "striker").
// Wrong answers are drawn like for like, so a type here is a promise about
// which list a name belongs to. Typing a name by its own words: type-by-head.ts.

export const FINE_TYPES = {
  person: [
    "politician", "head-of-state", "monarch", "military", "scientist", "engineer", "economist", "jurist",
    "athlete", "coach", "writer", "artist", "actor", "musician", "business", "religious", "astronaut",
  ],
  organisation: [
    "company", "party", "team", "league", "broadcaster", "university", "institute", "international",
    "government", "court", "central-bank", "military", "band", "religious",
  ],
  place: [
    "country", "city", "region", "continent", "river", "lake", "mountain", "range", "sea", "island",
    "building", "stadium", "battle-site", "celestial",
  ],
  work: ["book", "film", "series", "song", "album", "painting", "document", "case"],
  event: ["war", "battle", "election", "tournament", "disaster", "programme"],
  product: ["vehicle", "aircraft", "spacecraft", "rocket", "device", "software"],
  nationality: [],
  language: [],
  religion: [],
  /** Lower-case terms; their subtypes are open (organelle, force, particle, unit ...). */
  concept: [],
} as const satisfies Record<string, readonly string[]>;

export type FineType = keyof typeof FINE_TYPES;

/**
 * A fine type. `subtype` is one of FINE_TYPES[type], a concept family for
 * concepts, or the type itself when the kind within the type is unknown.
 */
export type FineRef = { type: FineType; subtype: string };

export const ref = (type: FineType, subtype: string = type): FineRef => ({ type, subtype });

export function isFineType(s: string): s is FineType {
  return Object.hasOwn(FINE_TYPES, s);
}

/** The subtype is "any kind of <type>". */
export function isGenericSubtype(r: FineRef): boolean {
  return r.subtype === r.type || r.subtype === "";
}

/**
 * Subtypes that include others: the building cue accepts a stadium, a company
 * cue a broadcaster. Wider -> narrower ones it contains.
 */
const SUBSUMES: Record<string, readonly string[]> = {
  "place:building": ["stadium"],
  "place:mountain": ["range"],
  "place:range": ["mountain"],
  "organisation:company": ["broadcaster"],
  "organisation:government": ["court", "central-bank"],
  "event:war": ["battle"],
};

/**
 * People's roles are soft (a president may be a general; Napoleon was both): a
 * role only excludes another from a different sphere of life.
 */
const PERSON_SPHERE: Record<string, string> = {
  politician: "public", "head-of-state": "public", monarch: "public", military: "public",
  scientist: "science", engineer: "science", economist: "science", astronaut: "science",
  athlete: "sport", coach: "sport",
  writer: "arts", artist: "arts", actor: "arts", musician: "arts",
  business: "business", religious: "religion", jurist: "law",
};

/** A choice of type `candidate` could stand where a `wanted` one is expected. */
export function fitsType(candidate: FineRef, wanted: FineRef): boolean {
  if (candidate.type !== wanted.type) return false;
  if (isGenericSubtype(candidate) || isGenericSubtype(wanted)) return true;
  if (candidate.subtype === wanted.subtype) return true;
  if (wanted.type === "person") {
    const a = PERSON_SPHERE[candidate.subtype];
    const b = PERSON_SPHERE[wanted.subtype];
    return a === undefined || b === undefined || a === b;
  }
  return (SUBSUMES[`${wanted.type}:${wanted.subtype}`] ?? []).includes(candidate.subtype);
}

// ---------------------------------------------------------------------------
// Common nouns that name a kind: "the film X", "which river", "striker X".
// One table, read both by appositive typing and by the stem check.

const KIND_NOUNS: Record<string, FineRef> = {};
const kinds = (r: FineRef, words: string) => {
  for (const w of words.split(/\s*,\s*/)) if (w) KIND_NOUNS[w] = r;
};
kinds(ref("work", "film"), "film, movie, documentary");
kinds(ref("work", "book"), "novel, book, novella, memoir, biography, textbook");
kinds(ref("work", "series"), "series, tv series, television series, programme, program, sitcom, soap opera, show");
kinds(ref("work", "album"), "album, lp");
kinds(ref("work", "song"), "song, single, anthem, hymn, ballad");
kinds(ref("work", "painting"), "painting, portrait, fresco, mural, canvas");
kinds(ref("work", "document"), "treaty, act, declaration, charter, convention, agreement, accord, constitution, statute, directive, protocol, pact");
kinds(ref("work", "case"), "case, lawsuit, ruling, judgment");
kinds(ref("place", "river"), "river, tributary, stream");
kinds(ref("place", "lake"), "lake, loch, reservoir");
kinds(ref("place", "mountain"), "mountain, peak, volcano, summit");
kinds(ref("place", "range"), "range, mountain range, massif");
kinds(ref("place", "sea"), "sea, ocean, gulf, bay, strait");
kinds(ref("place", "island"), "island, isle, archipelago, atoll");
kinds(ref("place", "city"), "city, town, capital, port, village, municipality, metropolis");
kinds(ref("place", "country"), "country, nation, kingdom, republic, empire");
kinds(ref("place", "region"), "region, province, canton, county, territory, oblast, prefecture, district");
kinds(ref("place", "continent"), "continent");
kinds(ref("place", "stadium"), "stadium, arena, venue, ground, circuit");
kinds(ref("place", "building"), "building, palace, castle, cathedral, mosque, temple, church, tower, bridge, museum, monument");
kinds(ref("place", "celestial"), "planet, moon, star, comet, asteroid, galaxy, dwarf planet");
kinds(ref("organisation", "team"), "team, club, side, franchise");
kinds(ref("organisation", "band"), "band, rock band, orchestra, quartet");
kinds(ref("organisation", "broadcaster"), "broadcaster, channel, network, tv channel, television channel, radio station");
kinds(ref("organisation", "company"), "company, firm, maker, manufacturer, carmaker, automaker, retailer, corporation, conglomerate, startup, airline, insurer, bank, lender, publisher, studio, label");
kinds(ref("organisation", "party"), "party, political party");
kinds(ref("organisation", "university"), "university, college");
kinds(ref("organisation", "institute"), "institute, laboratory, observatory, think tank");
kinds(ref("organisation", "government"), "agency, ministry, department, parliament, legislature, assembly, government");
kinds(ref("organisation", "court"), "court, tribunal");
kinds(ref("organisation", "central-bank"), "central bank");
kinds(ref("organisation", "international"), "alliance, bloc, international organisation, international organization");
kinds(ref("organisation", "league"), "league");
kinds(ref("product", "spacecraft"), "spacecraft, probe, capsule, lander, rover, satellite, space station, module, space telescope");
kinds(ref("product", "rocket"), "rocket, launcher, launch vehicle, booster");
kinds(ref("product", "aircraft"), "aircraft, plane, airliner, jet, fighter, bomber, airship, helicopter");
kinds(ref("product", "vehicle"), "car, locomotive, ship, vessel, train, tank, submarine, truck, lorry, bus");
kinds(ref("product", "device"), "phone, smartphone, computer, device, console, tablet, laptop, gadget");
kinds(ref("product", "software"), "software, app, application, browser, operating system");
kinds(ref("event", "war"), "war, conflict, revolution, rebellion, uprising, invasion");
kinds(ref("event", "battle"), "battle, siege, skirmish, offensive");
kinds(ref("event", "election"), "election, referendum, vote, plebiscite");
kinds(ref("event", "tournament"), "tournament, race, cup, championship, marathon, grand prix, competition, league season");
kinds(ref("event", "disaster"), "earthquake, hurricane, typhoon, flood, famine, tsunami, eruption, disaster, pandemic, epidemic");
kinds(ref("event", "programme"), "mission, space programme, space program, project");
kinds(ref("person", "head-of-state"), "president, head of state");
kinds(ref("person", "monarch"), "king, queen, emperor, empress, khan, sultan, tsar, czar, pharaoh, monarch, ruler, shah, caliph");
kinds(ref("person", "military"), "general, admiral, commander, colonel, marshal, field marshal, warlord");
kinds(ref("person", "politician"), "senator, minister, prime minister, governor, mayor, politician, chancellor, premier, first minister, mp, lawmaker, statesman");
kinds(ref("person", "scientist"), "physicist, chemist, biologist, scientist, mathematician, astronomer, botanist, geologist, geochemist, researcher, zoologist, geneticist");
kinds(ref("person", "engineer"), "engineer, inventor");
kinds(ref("person", "economist"), "economist");
kinds(ref("person", "jurist"), "judge, lawyer, jurist, barrister, attorney");
kinds(ref("person", "athlete"), "striker, midfielder, defender, goalkeeper, footballer, player, runner, sprinter, athlete, swimmer, cyclist, boxer, grandmaster, tennis player, driver, racing driver");
kinds(ref("person", "coach"), "coach, head coach, trainer");
kinds(ref("person", "writer"), "writer, novelist, author, poet, playwright, screenwriter");
kinds(ref("person", "artist"), "painter, sculptor, artist, architect");
kinds(ref("person", "actor"), "actor, actress");
kinds(ref("person", "musician"), "singer, composer, musician, guitarist, pianist, rapper, songwriter");
kinds(ref("person", "business"), "businessman, businesswoman, entrepreneur, ceo, chief executive, founder, investor, executive, tycoon");
kinds(ref("person", "religious"), "bishop, archbishop, priest, pope, imam, rabbi, monk, prophet, saint, cardinal, ayatollah");
kinds(ref("person", "astronaut"), "astronaut, cosmonaut");
kinds(ref("language"), "language, dialect, tongue");
kinds(ref("religion"), "religion, faith");
kinds(ref("person"), "person, man, woman, leader, figure");
kinds(ref("nationality"), "nationality");

/** The kind a common noun (or two-word noun) names, if any. */
export function kindOfNoun(noun: string): FineRef | null {
  return KIND_NOUNS[noun.toLowerCase()] ?? null;
}

const SKIPPED_BEFORE_NAME = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "’s", "'s"]);

/**
 * Type a name by the common noun just before it: "the film Jaws", "striker
 * Harry Kane", "the investment firm Ipopema Securities". `wordsBefore` are the
 * words of the sentence before the name, in order; only the nearest noun
 * counts, so "the river near the city X" is read as a city.
 */
export function typeByAppositive(wordsBefore: readonly string[]): FineRef | null {
  const words = wordsBefore.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}’'-]+/gu, "")).filter(Boolean);
  while (words.length && SKIPPED_BEFORE_NAME.has(words[words.length - 1]!)) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const two = words.length >= 2 ? `${words[words.length - 2]} ${last}` : "";
  return (two && KIND_NOUNS[two]) || KIND_NOUNS[last] || null;
}
