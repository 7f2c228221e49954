// Owns typing a capitalised name the analyser does not know from its own
// words: its head word ("... FC", "Treaty of ...", "... Stadium"), a
// disambiguator ("(film)"), a first word ("Mount ...", "King ...", "Apollo 11"),
// quotes (a title), or its entry in the lists and the gazetteer.
import { kindOfNoun, ref, type FineRef } from "./fine-types";
import { lookupGazetteer } from "./gazetteer";
import { knownTypesOf } from "./lists";
import { foldDiacritics } from "./text";

/** Words that mark a sports context (for "United", "City", "Park" ...). */
const SPORT_CUES = new Set(
  `football soccer match matches league season club clubs goal goals scored striker midfielder defender goalkeeper
  manager coach player players team teams stadium fans supporters cup championship derby rugby cricket basketball
  baseball hockey tennis athletics race marathon olympic olympics tournament promoted relegated relegation fixture
  win won beat defeated draw drew final semi-final quarter-final transfer signed squad captain referee penalty
  nba nfl fifa uefa premier kick-off kickoff`.split(/\s+/),
);

export function hasSportContext(contextWords: readonly string[]): boolean {
  return contextWords.some((w) => SPORT_CUES.has(w.toLowerCase()));
}

type Head = { r: FineRef; sportOnly?: boolean; otherwise?: FineRef };
const HEADS: Record<string, Head> = {};
const heads = (r: FineRef, words: string, opts: Omit<Head, "r"> = {}) => {
  for (const w of words.split(/\s+/)) if (w) HEADS[w] = { r, ...opts };
};
// Teams: some heads are teams anywhere, some only in a sports text.
heads(ref("organisation", "team"), "FC AFC CF F.C. A.F.C. Rovers Wanderers Hotspur Albion");
heads(ref("organisation", "team"), "United Athletic Rangers", { sportOnly: true });
heads(ref("organisation", "team"), "City", { sportOnly: true, otherwise: ref("place", "city") });
heads(ref("organisation", "team"), "Town", { sportOnly: true });
heads(ref("organisation", "team"), "County", { sportOnly: true, otherwise: ref("place", "region") });
heads(ref("place", "stadium"), "Stadium Arena Stadion Stadio Estadio Estádio Velodrome Speedway Circuit Autodromo");
heads(ref("place", "stadium"), "Park Ground Field Garden Gardens", { sportOnly: true });
// a reserve is a place ("Pukaki Scientific Reserve" had been offered among the people who saw a moth, Discover; a bare
// "Park" outside sport stays untyped: "Hyde Park" may be a district)
heads(ref("place", "park"), "Reserve Sanctuary Preserve Refuge Wetlands Marsh Swamp");
heads(ref("organisation", "broadcaster"), "Television TV Broadcasting Broadcaster Radio Network Networks");
heads(ref("work", "document"), `Treaty Treaties Act Acts Declaration Charter Convention Agreement Accord Accords Protocol Pact
  Constitution Directive Proclamation Edict Statute Manifesto Covenant Concordat Doctrine Memorandum Bill`);
heads(ref("event", "war"), "War Wars Rebellion Uprising Revolt Invasion Crusade Conquest Insurrection");
// The French Revolution was fought, the Industrial Revolution was not: an event of unknown kind.
heads(ref("event"), "Revolution");
// ("the 1926 General Strike" had been offered as a person among Turing's relatives: blind28)
heads(ref("event", "strike"), "Strike Strikes Walkout Lockout Boycott Blockade Riots");
// a street is a place of its own kind ("20 Charles Road" had been typed a person: blind28)
heads(ref("place", "street"), "Road Street Avenue Lane Boulevard Terrace Crescent");
heads(ref("event", "battle"), "Battle Siege Operation Offensive");
heads(ref("event", "election"), "Election Elections Referendum Plebiscite");
heads(ref("event", "tournament"), "Cup Championship Championships Olympics Games Tournament Marathon Prix Trophy Olympiad Derby");
heads(ref("event", "tournament"), "Open Series Classic", { sportOnly: true });
heads(ref("event", "disaster"), "Earthquake Flood Famine Tsunami Eruption Disaster Spill Pandemic Epidemic Plague Meltdown");
heads(ref("event", "programme"), "Program Programme");
heads(ref("place", "river"), "River");
heads(ref("place", "lake"), "Lake Loch Reservoir");
heads(ref("place", "sea"), "Sea Ocean Gulf Bay Strait Channel Bight Lagoon");
heads(ref("place", "range"), "Mountains Range Hills Alps Highlands");
heads(ref("place", "mountain"), "Mountain Peak Volcano");
heads(ref("place", "island"), "Island Islands Isle Isles Archipelago Atoll");
heads(ref("place", "region"), `Province Region Canton Oblast Prefecture Governorate District Territory Peninsula Desert Valley
  Basin Plateau Plain Plains Lowlands Coast Riviera Steppe`);
heads(ref("place", "country"), "Empire Kingdom Republic Caliphate Khanate Sultanate Emirate Dynasty Principality Duchy Commonwealth");
heads(ref("place", "building"), `Palace Castle Cathedral Abbey Mosque Temple Basilica Chapel Tower Towers Bridge Building Museum
  Gallery Airport Station Cosmodrome Gate Wall Square Monastery Fort Fortress Library Opera Hall`);
heads(ref("organisation", "party"), "Party Democrats Republicans Greens Liberals Conservatives");
heads(ref("organisation", "company"), `Corporation Corp Corp. Inc Inc. Ltd Ltd. Limited plc PLC LLC AG GmbH S.A. SA NV N.V. Company Co.
  Group Holdings Industries Technologies Motors Airlines Airways Enterprises Pharmaceuticals Securities Bank Studios Records`);
heads(ref("organisation", "university"), "University College Polytechnic");
heads(ref("organisation", "institute"), "Institute Institution Laboratory Laboratories Lab Labs Observatory Academy Society Foundation");
heads(ref("organisation", "government"), `Ministry Department Agency Office Bureau Commission Council Assembly Parliament Congress Senate
  Cabinet Government Administration Authority Service Duma Majlis Knesset Bundestag Bundesrat`);
heads(ref("organisation", "court"), "Court Tribunal");
heads(ref("organisation", "international"), "Organization Organisation Nations");
heads(ref("organisation", "military"), "Army Navy Regiment Division Brigade Corps Legion Fleet Guard Guards Battalion Squadron");
heads(ref("organisation", "band"), "Band Orchestra Quartet Quintet Ensemble Choir");
heads(ref("organisation", "league"), "League Liga");

/** Two-word heads, checked before single words ("Air Force" is not a physical force). */
const HEADS2: Record<string, FineRef> = {
  "air force": ref("organisation", "military"),
  "central bank": ref("organisation", "central-bank"),
  "reserve bank": ref("organisation", "central-bank"),
  "federal reserve": ref("organisation", "central-bank"),
  "national bank": ref("organisation", "central-bank"),
  "space center": ref("place", "building"),
  "space centre": ref("place", "building"),
  "grand prix": ref("event", "tournament"),
  "world series": ref("event", "tournament"),
  "super bowl": ref("event", "tournament"),
  "treaty organization": ref("organisation", "international"),
  "space station": ref("product", "spacecraft"),
  "space telescope": ref("product", "spacecraft"),
  "supreme court": ref("organisation", "court"),
  "task group": ref("organisation", "government"),
  "working group": ref("organisation", "government"),
  "study group": ref("organisation", "government"),
  "advisory group": ref("organisation", "government"),
  "constitutional convention": ref("organisation", "government"),
  "national convention": ref("organisation", "government"),
};

/** First words that type what follows: "Mount Everest", "Lake Victoria", "HMS Victory", "Project Gemini". */
const PREFIXES: Record<string, FineRef> = {
  mount: ref("place", "mountain"), mt: ref("place", "mountain"), "mt.": ref("place", "mountain"), mont: ref("place", "mountain"),
  lake: ref("place", "lake"), loch: ref("place", "lake"), lac: ref("place", "lake"),
  // ("Fort York" had been typed a person and offered among Toronto's founders, blind46)
  fort: ref("place", "building"),
  river: ref("place", "river"), rio: ref("place", "river"),
  project: ref("event", "programme"), operation: ref("event", "battle"),
  hms: ref("product", "vehicle"), uss: ref("product", "vehicle"), rms: ref("product", "vehicle"), ss: ref("product", "vehicle"),
  hurricane: ref("event", "disaster"), typhoon: ref("event", "disaster"), cyclone: ref("event", "disaster"), storm: ref("event", "disaster"),
  radio: ref("organisation", "broadcaster"),
  president: ref("person", "head-of-state"), king: ref("person", "monarch"), queen: ref("person", "monarch"),
  emperor: ref("person", "monarch"), empress: ref("person", "monarch"), tsar: ref("person", "monarch"), czar: ref("person", "monarch"),
  sultan: ref("person", "monarch"), pharaoh: ref("person", "monarch"), shah: ref("person", "monarch"),
  general: ref("person", "military"), admiral: ref("person", "military"), marshal: ref("person", "military"), colonel: ref("person", "military"),
  senator: ref("person", "politician"), governor: ref("person", "politician"), chancellor: ref("person", "politician"),
  minister: ref("person", "politician"), mayor: ref("person", "politician"),
  pope: ref("person", "religious"), bishop: ref("person", "religious"), archbishop: ref("person", "religious"),
  cardinal: ref("person", "religious"), rabbi: ref("person", "religious"), imam: ref("person", "religious"), ayatollah: ref("person", "religious"),
  coach: ref("person", "coach"), professor: ref("person", "scientist"), prof: ref("person", "scientist"), "prof.": ref("person", "scientist"),
};

/** Spacecraft series named with a number: "Apollo 11", "Vostok 1", "Voyager 2". */
const SPACECRAFT_SERIES = new Set(
  `apollo gemini mercury vostok voskhod soyuz sputnik voyager pioneer luna lunokhod mariner viking explorer salyut
  shenzhou chandrayaan artemis venera zond surveyor ranger tiangong`.split(/\s+/),
);
/** Makers whose name followed by a model names a product. */
const MAKERS: Record<string, FineRef> = {};
for (const m of `boeing airbus lockheed cessna tupolev antonov embraer bombardier sukhoi mikoyan douglas mcdonnell ilyushin
  messerschmitt supermarine sopwith`.split(/\s+/)) MAKERS[m] = ref("product", "aircraft");
for (const m of `ford toyota volkswagen tesla bmw mercedes-benz fiat renault peugeot citroën citroen honda nissan chevrolet
  audi porsche ferrari volvo škoda skoda hyundai kia`.split(/\s+/)) MAKERS[m] = ref("product", "vehicle");
for (const m of "iphone ipad ipod macbook playstation xbox nintendo kindle galaxy pixel".split(/\s+/)) MAKERS[m] = ref("product", "device");

/** Disambiguators in parentheses, as encyclopedias write them: "Heroes (song)". */
const QUALIFIERS: Record<string, FineRef> = {
  film: ref("work", "film"), movie: ref("work", "film"), "tv series": ref("work", "series"), series: ref("work", "series"),
  "tv programme": ref("work", "series"), "tv program": ref("work", "series"), sitcom: ref("work", "series"),
  novel: ref("work", "book"), book: ref("work", "book"), novella: ref("work", "book"), album: ref("work", "album"),
  song: ref("work", "song"), single: ref("work", "song"), painting: ref("work", "painting"), band: ref("organisation", "band"),
  river: ref("place", "river"), lake: ref("place", "lake"), mountain: ref("place", "mountain"), island: ref("place", "island"),
  country: ref("place", "country"), city: ref("place", "city"), state: ref("place", "region"), company: ref("organisation", "company"),
  spacecraft: ref("product", "spacecraft"), rocket: ref("product", "rocket"), ship: ref("product", "vehicle"),
  software: ref("product", "software"), footballer: ref("person", "athlete"), politician: ref("person", "politician"),
};

const QUOTED = /^["“‘'«](.+)["”’'»]$/u;
const TRAILING_NUMBER = /^(\d{1,4}|[IVX]+)$/;

function gazetteerRef(name: string): FineRef | null {
  const g = lookupGazetteer(name);
  if (!g) return null;
  // An acronym matches only in capitals: "Who" (Doctor Who) is not the WHO.
  const folded = foldDiacritics(name).toLowerCase();
  const matched = [g.name, ...(g.aliases ?? [])].filter((a) => foldDiacritics(a).toLowerCase() === folded);
  if (matched.length && matched.every((a) => /^[A-Z.]{2,}$/.test(a) && a !== name)) return null;
  if (g.type === "country" || g.type === "city") return ref("place", g.type);
  if (g.type === "region") return ref("place", g.subtype === "continent" ? "continent" : "region");
  if (g.type === "person") return ref("person", g.subtype ?? "person");
  const org: Record<string, string> = { agency: "government", bank: "central-bank", sport: "international", club: "team" };
  return ref("organisation", org[g.subtype ?? ""] ?? g.subtype ?? "organisation");
}

/** The one fine type the lists and the gazetteer give a name, or null if none or they disagree. */
export function knownTypeOf(name: string): FineRef | null {
  const all = knownRefs(name);
  return all.length === 1 ? all[0]! : null;
}

/** Every fine type the lists and the gazetteer give a name ("French": a nationality and a language). */
export function knownRefs(name: string): FineRef[] {
  const out = [...knownTypesOf(name)];
  const g = gazetteerRef(name);
  if (g && !out.some((r) => r.type === g.type && r.subtype === g.subtype)) out.push(g);
  return out;
}

function headOf(word: string): Head | undefined {
  return Object.hasOwn(HEADS, word) ? HEADS[word] : undefined;
}

function applyHead(h: Head | undefined, sport: boolean): FineRef | null {
  if (!h) return null;
  if (h.sportOnly && !sport) return h.otherwise ?? null;
  return h.r;
}

/**
 * The fine type of a capitalised name from its own words: a disambiguator,
 * a known list or gazetteer entry, quotes (a title), the head word before "of"
 * ("Battle of Hastings", "University of Oxford"), the last word ("Wembley
 * Stadium", "Scotland Act 1998"), then a first word ("Mount Everest",
 * "President Kennedy", "Apollo 11"). `contextWords` are words around the name
 * (its sentence is enough): they decide heads that are teams only in sport
 * ("Manchester City") and the kind of a quoted title ("the song “Heroes”").
 * Null when nothing in the name says what it is.
 */
export function typeByHead(name: string, contextWords: readonly string[]): FineRef | null {
  let n = name.trim().replace(/\s+/g, " ");
  const qual = /^(.*\S)\s*\(([^)]+)\)$/.exec(n);
  if (qual) {
    const q = QUALIFIERS[qual[2]!.trim().toLowerCase()];
    if (q) return q;
    n = qual[1]!;
  }
  const known = knownTypeOf(n);
  if (known) return known;
  const quoted = QUOTED.exec(n);
  if (quoted) {
    for (let i = contextWords.length - 1; i >= 0; i--) {
      const k = kindOfNoun(contextWords[i]!);
      if (k?.type === "work") return k;
    }
    return ref("work");
  }
  const sport = hasSportContext(contextWords);
  const all = n.split(" ");
  const lowerAll = all.map((w) => foldDiacritics(w).toLowerCase());
  if (all.length >= 2 && /^\d+$/.test(all.at(-1)!)) {
    // "Apollo 11", "Voyager 2"; "Channel 4" (while "English Channel" is a sea).
    if (SPACECRAFT_SERIES.has(lowerAll[0]!)) return ref("product", "spacecraft");
    if (lowerAll[0] === "channel") return ref("organisation", "broadcaster");
    // "Boeing 737", "Fiat 500": a maker and a model number.
    const maker = MAKERS[lowerAll[0]!];
    if (maker && all.length === 2) return maker;
  }
  // Trailing years and numerals are not heads: "Scotland Act 1998", "Louis XIV".
  const words = [...all];
  while (words.length > 1 && TRAILING_NUMBER.test(words[words.length - 1]!)) words.pop();
  const lower = lowerAll.slice(0, words.length);
  const cut = words.findIndex((w, i) => i > 0 && (w === "of" || w === "on" || w === "for"));
  const last = words[words.length - 1]!;
  const lastHead = (): FineRef | null => {
    if (words.length < 2) return null;
    const two = HEADS2[`${lower[lower.length - 2]} ${lower[lower.length - 1]}`];
    if (two) return two;
    if (last === "Church") return /['’]s\b|^(?:St\.?|Saint)\s/.test(n) ? ref("place", "building") : ref("organisation", "religious");
    return applyHead(headOf(last), sport);
  };
  // "X of Y": the head is the word before "of" ("Battle of Hastings", "University of Oxford"). An event or
  // a document there wins ("Battle of Stamford Bridge"); other kinds yield to a head at the end
  // ("City of Edinburgh Council").
  if (cut > 0) {
    const two = cut >= 2 ? HEADS2[`${lower[cut - 2]} ${lower[cut - 1]}`] : undefined;
    const before = words[cut - 1]!;
    const ofHead =
      two ??
      (before === "Bank"
        ? countryLike(words.slice(cut + 1).join(" ")) ? ref("organisation", "central-bank") : ref("organisation", "company")
        : applyHead(headOf(before), sport));
    if (ofHead && (ofHead.type === "event" || ofHead.type === "work")) return ofHead;
    const end = lastHead();
    if (end || ofHead) return end ?? ofHead;
  }
  if (words.length >= 2) {
    const h = lastHead();
    if (h) return h;
    // "King's College London", "Imperial College London": an institution's head inside the name.
    for (const w of words.slice(1, -1)) if (MID_HEADS.has(w)) return HEADS[w]!.r;
    const first = lower[0]!;
    if (first === "prime" && lower[1] === "minister") return ref("person", "politician");
    if (first === "field" && lower[1] === "marshal") return ref("person", "military");
    const maker = MAKERS[first];
    if (maker) return maker;
    const p = PREFIXES[first];
    if (p && !words.slice(1).some((w) => headOf(w) || MID_HEADS.has(w))) return p;
    // "BBC One", "CNN International": a known broadcaster starts the name.
    const firstKnown = knownTypeOf(words[0]!);
    if (firstKnown?.subtype === "broadcaster") return firstKnown;
  }
  const single = MAKERS[lower[0]!];
  if (words.length === 1 && single?.subtype === "device") return single;
  return null;
}

const MID_HEADS = new Set(["University", "College", "Institute", "Polytechnic"]);

function countryLike(name: string): boolean {
  const g = lookupGazetteer(name);
  return g?.type === "country" || g?.type === "region";
}
