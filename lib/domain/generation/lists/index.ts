// Owns the fallback name lists: for a fine type and the text's domain, the
// real names a teacher would offer as wrong answers when the article has too
// few of its own, and the reverse look-up (which lists hold a name, which names
// are one thing). Data lives in the sibling modules; the gazetteer supplies
// countries, cities, continents and demonyms.
import type { Discipline, Domain } from "../domains";
import { isFineType, type FineRef, type FineType } from "../fine-types";
import { GAZETTEER } from "../gazetteer";
import { foldDiacritics } from "../text";
import { CONCEPTS } from "./concepts";
import { EVENTS } from "./events";
import { ALIAS_GROUPS, EXTRA_COUNTRIES, IDENTITIES } from "./identities";
import { list, type NameList } from "./list";
import { ORGANISATIONS } from "./organisations";
import { PEOPLE } from "./people";
import { PLACES } from "./places";
import { PRODUCTS } from "./products";
import { WORKS } from "./works";

export type { NameList } from "./list";

const join = (names: readonly string[]) => names.join(" | ");

function gazetteerLists(): NameList[] {
  const of = (t: string, sub?: string) => GAZETTEER.filter((e) => e.type === t && (sub === undefined || e.subtype === sub)).map((e) => e.name);
  return [
    list("general", "place", "country", join([...of("country"), ...EXTRA_COUNTRIES.map((c) => c.name)])),
    list("general", "place", "city", join(of("city"))),
    list("general", "place", "continent", join(of("region", "continent"))),
    list("general", "nationality", "nationality", join([
      ...GAZETTEER.flatMap((e) => (e.demonym ? [e.demonym] : [])),
      ...EXTRA_COUNTRIES.map((c) => c.demonym),
    ])),
  ];
}

/** Every list, in the order fallbacks read them. */
export const ALL_LISTS: readonly NameList[] = [
  ...PEOPLE, ...ORGANISATIONS, ...PLACES, ...WORKS, ...EVENTS, ...PRODUCTS, ...CONCEPTS, ...IDENTITIES, ...gazetteerLists(),
];

/** Domains whose lists are read, in order, after the text's own. */
const RELATED: Record<Domain, readonly Domain[]> = {
  politics: ["history", "law"],
  history: ["politics"],
  sport: [],
  biology: [],
  physics: ["mathematics", "space", "technology"],
  mathematics: ["physics"],
  technology: ["physics", "business"],
  space: ["physics", "technology", "history"],
  business: ["technology"],
  law: ["politics"],
  geography: [],
  culture: [],
  religion: ["history"],
  general: [],
};

/** Read after the domain's own and its related ones: places and things any text may name. */
const SHARED_TIERS: readonly Domain[] = ["geography", "general"];

/**
 * The kind a text's domain means when a name's kind within its type is
 * unknown (a person in a sport text is an athlete). Several kinds are read in order.
 */
const DEFAULT_SUBTYPES: Partial<Record<Domain, Partial<Record<FineType, readonly string[]>>>> = {
  sport: { person: ["athlete"], organisation: ["team"], event: ["tournament"] },
  politics: { person: ["politician", "head-of-state"], event: ["election"], work: ["document"] },
  history: { person: ["monarch", "military", "politician"], event: ["battle", "war"], work: ["document"] },
  physics: { person: ["scientist"] },
  biology: { person: ["scientist"] },
  mathematics: { person: ["scientist"] },
  technology: { person: ["engineer"], product: ["device"] },
  space: { person: ["astronaut"], product: ["spacecraft"], organisation: ["government"], event: ["programme"] },
  business: { person: ["business"], organisation: ["company"] },
  law: { person: ["jurist"], organisation: ["court"], work: ["document"] },
  culture: { person: ["actor", "writer"], organisation: ["broadcaster"], work: ["series"] },
  religion: { person: ["religious"], organisation: ["religious"], work: ["book"] },
};

function key(s: string): string {
  return foldDiacritics(s).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

/**
 * Real names of the given fine type for a text of `domain`, best first:
 * the domain's own lists (in sport, the discipline's), then related domains',
 * then shared lists (geography, general), then any list of exactly that kind.
 * An unknown subtype (equal to the type, or empty) reads the domain's default
 * kinds. Empty when nothing fits: better no fallback than one of the wrong kind.
 */
export function fallbackNames(type: string, subtype: string, domain: Domain, discipline?: Discipline): string[] {
  if (!isFineType(type)) return [];
  const generic = !subtype || subtype === type;
  const subtypes = generic ? (DEFAULT_SUBTYPES[domain]?.[type] ?? [type]) : [subtype];
  const out: string[] = [];
  const seen = new Set<string>();
  const take = (lists: readonly NameList[]) => {
    for (const l of lists) {
      for (const n of l.names) {
        const k = key(n);
        if (!seen.has(k)) {
          seen.add(k);
          out.push(n);
        }
      }
    }
  };
  for (const sub of subtypes) {
    const fits = ALL_LISTS.filter((l) => l.type === type && l.subtype === sub);
    const tiers = [domain, ...RELATED[domain], ...SHARED_TIERS];
    for (const d of tiers) {
      const inDomain = fits.filter((l) => l.domain === d);
      if (d === "sport" && discipline) {
        take(inDomain.filter((l) => l.discipline === discipline));
        take(inDomain.filter((l) => l.discipline === undefined));
      } else {
        take(inDomain);
      }
    }
    // Not any domain's list of this kind: a space agency offered for the Palestinian Authority,
    // drug makers for a hardware company, are the wrong kind to a reader.
  }
  return out;
}

/** The names of a sport's own lists of the given fine type ("golf" tournaments), for a text about that sport. */
export function disciplineNames(type: string, subtype: string, discipline: Discipline): Set<string> {
  const k = `${type}|${subtype}|${discipline}`;
  let names = disciplineCache.get(k);
  if (!names) {
    names = new Set(ALL_LISTS.filter((l) => l.type === type && (l.subtype === subtype || !subtype || subtype === type) && l.discipline === discipline).flatMap((l) => l.names));
    disciplineCache.set(k, names);
  }
  return names;
}
const disciplineCache = new Map<string, Set<string>>();

// ---------------------------------------------------------------------------
// Reverse look-up: which kinds a name is, and which names are one thing.

const refsByExact = new Map<string, FineRef[]>();
/** Names in any case, but only proper names: "Treaty" is not the term "treaty", "Who" is not "WHO". */
const refsByLower = new Map<string, FineRef[]>();
const addRef = (name: string, r: FineRef) => {
  const exact = foldDiacritics(name).replace(/[’‘]/g, "'");
  const properName = /\p{Lu}/u.test(exact) && !/^[\p{Lu}\d&./-]+$/u.test(exact);
  const maps: [Map<string, FineRef[]>, string][] = [[refsByExact, exact]];
  if (properName) maps.push([refsByLower, exact.toLowerCase()]);
  for (const [m, k] of maps) {
    const rs = m.get(k) ?? [];
    if (!rs.some((x) => x.type === r.type && x.subtype === r.subtype)) rs.push(r);
    m.set(k, rs);
  }
};
for (const l of ALL_LISTS) for (const n of l.names) addRef(n, { type: l.type, subtype: l.subtype });
for (const c of EXTRA_COUNTRIES) for (const a of c.aliases ?? []) addRef(a, { type: "place", subtype: "country" });

/** The fine types the lists give a name; case matters first ("Gravity" the film, "gravity" the force). */
export function knownTypesOf(name: string): FineRef[] {
  const exact = foldDiacritics(name.trim()).replace(/[’‘]/g, "'");
  return refsByExact.get(exact) ?? refsByLower.get(exact.toLowerCase()) ?? [];
}

/** Canonical ids of the thing(s) a name denotes: its list name, its country for a demonym or alias. */
const canonicals = new Map<string, Set<string>>();
const addCanonical = (name: string, canonical: string) => {
  const k = key(name);
  const set = canonicals.get(k) ?? new Set<string>();
  set.add(key(canonical));
  canonicals.set(k, set);
};
for (const l of ALL_LISTS) if (l.type !== "nationality") for (const n of l.names) addCanonical(n, n);
for (const e of GAZETTEER) {
  addCanonical(e.name, e.name);
  for (const a of e.aliases ?? []) addCanonical(a, e.name);
  if (e.demonym) addCanonical(e.demonym, e.name);
}
for (const c of EXTRA_COUNTRIES) {
  addCanonical(c.name, c.name);
  addCanonical(c.demonym, c.name);
  for (const a of c.aliases ?? []) addCanonical(a, c.name);
}
for (const g of ALIAS_GROUPS) for (const n of g) addCanonical(n, g[0]!);

/** The canonical ids of a name, empty when no list, gazetteer entry or alias group knows it. */
export function canonicalsOf(name: string): ReadonlySet<string> {
  return canonicals.get(key(name)) ?? new Set();
}

/** Every list name with the domain of its list, for domain scoring. Names of "general" lists are left out. */
export function domainNames(): { name: string; domain: Domain }[] {
  const out: { name: string; domain: Domain }[] = [];
  for (const l of ALL_LISTS) {
    if (l.domain === "general" || l.type === "concept") continue;
    for (const n of l.names) out.push({ name: n, domain: l.domain });
  }
  return out;
}
