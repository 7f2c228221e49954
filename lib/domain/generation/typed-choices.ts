// Owns wrong answers for names by fine type and domain (issue 10, point 3):
// the key's fine type (typeByHead: "Wembley Stadium" is a stadium, "Treaty of
// Rome" a treaty), then the article's own names of that type, then names from
// the list for the text's domain (lists/), never a variant or near-synonym of
// the key or of another choice, never one the stem rules out.
import { surnameOf } from "./distractors";
import type { Analysis, EntityType, Mention } from "./analyze";
import { disciplineOf, domainOf, type Domain, type Discipline } from "./domains";
import type { FineRef } from "./fine-types";
import { disciplineNames, fallbackNames, knownTypesOf } from "./lists";
import { EXTRA_COUNTRIES } from "./lists/identities";
import { lookupGazetteer } from "./gazetteer";
import { ruledOutByStem } from "./ruled-out";
import { containsTerm, memoByString, normalize, shortHash } from "./text";
import { typeByHead } from "./type-by-head";
import { readsWithThe } from "./candidate";
import { GIVEN_NAMES } from "./lexicon";
import { isVariantOf } from "./variants";

const domainCache = new WeakMap<Analysis, { domain: Domain; discipline?: Discipline }>();
export function articleDomain(a: Analysis): { domain: Domain; discipline?: Discipline } {
  let d = domainCache.get(a);
  if (!d) {
    // the opening 30,000 characters tell the domain; a book-length import need not be scanned whole
    const head = a.body.slice(0, 30_000);
    const discipline = disciplineOf(head);
    d = { domain: domainOf(head).domain, ...(discipline ? { discipline } : {}) };
    domainCache.set(a, d);
  }
  return d;
}

const BROAD: Partial<Record<EntityType, FineRef>> = {
  country: { type: "place", subtype: "country" },
  city: { type: "place", subtype: "city" },
  region: { type: "place", subtype: "region" },
  place: { type: "place", subtype: "place" },
  person: { type: "person", subtype: "person" },
  organisation: { type: "organisation", subtype: "organisation" },
  nationality: { type: "nationality", subtype: "nationality" },
};

/** The fine type of a mention: its own words first, then the analyser's type. */
export function fineRefOf(s: { text: string }, m: Mention): FineRef | null {
  const context = s.text.split(/\s+/).slice(0, 40);
  return typeByHead(m.canonical, context) ?? BROAD[m.type] ?? null;
}

const refCache = new WeakMap<Analysis, { name: string; ref: FineRef | null }[]>();
function articleNames(a: Analysis): { name: string; ref: FineRef | null }[] {
  let list = refCache.get(a);
  if (!list) {
    list = [];
    for (const e of a.entities.values()) {
      if (["year", "number", "date", "century", "concept"].includes(e.type)) continue;
      if (/[\s.]\p{Lu}$/u.test(e.canonical)) continue; // a name cut at an initial or an abbreviation's dot
      const s = a.sentences[[...e.sentences][0] ?? 0];
      const ref = typeByHead(e.canonical, s ? s.text.split(/\s+/) : []) ?? BROAD[e.type] ?? null;
      list.push({ name: e.canonical, ref });
    }
    list.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    refCache.set(a, list);
  }
  return list;
}

/** Same fine type; a name whose kind within the type is unknown ("person") fits any kind of it. */
const byRefCache = new WeakMap<Analysis, Map<string, string[]>>();
/** The article's names of one fine type, worked out once per type rather than once per fact. */
function articleNamesOf(a: Analysis, ref: FineRef): string[] {
  let byRef = byRefCache.get(a);
  if (!byRef) byRefCache.set(a, (byRef = new Map()));
  const k = `${ref.type}|${ref.subtype}`;
  let names = byRef.get(k);
  if (!names) {
    // one of unknown kind ("Air Force One") is as likely the wrong kind as the right one
    const strict = knownKindOnly(ref);
    names = articleNames(a)
      .filter((x) => (strict ? x.ref?.type === ref.type && x.ref.subtype === ref.subtype : same(x.ref, ref)))
      .map((x) => x.name);
    byRef.set(k, names);
  }
  return names;
}

/** A place or organisation of a known kind (a city, a court) takes only names known to be of that kind. */
const knownKindOnly = (ref: FineRef) => (ref.type === "organisation" || ref.type === "place") && ref.subtype !== ref.type;

const same = (x: FineRef | null, y: FineRef) => !!x && x.type === y.type && (x.subtype === y.subtype || y.subtype === y.type || x.subtype === x.type);

/**
 * Three wrong answers of the key's fine type, or fewer when none can be found
 * safely. `earlier` are picks already made by the general picker, kept when
 * they pass the same rules.
 */
export function typedDistractors(a: Analysis, sentence: string, stem: string, m: Mention, earlier: string[], seed: string): { picks: string[]; ref: FineRef | null } {
  const ref = fineRefOf({ text: sentence }, m);
  if (!ref) return { picks: [], ref };
  // A place of unknown kind (a town or a hall?) has no like-for-like wrong answers: countries offered for
  // a town, or a hall of fame for a city, are the wrong kind. It is asked without choices.
  if (ref.type === "place" && ref.subtype === "place") return { picks: [], ref };
  // Nor has an organisation of unknown kind: the article's other capitalised names ("CTO", "LGBT",
  // "HTML5" for "AOL") are as often titles, groups or formats as organisations.
  if (ref.type === "organisation" && ref.subtype === "organisation") return { picks: [], ref };
  // "the _____": a place that reads with "the" takes only others that do ("the United States", not "the Iran").
  const theSlot = ref.type === "place" ? /\bthe\s+$/i.test(sentence.slice(0, m.start)) : null;
  const picks: string[] = [];
  const keyIsAcronym = isAcronym(m.text);
  // a country among its region's countries, a city among its own country's cities ("In which city in the United States ...": not Warsaw)
  const keyRegions = ref.subtype === "country" || ref.subtype === "city" ? directRegions(m.canonical) : new Set<string>();
  const groupKey = isGroupWord(m.text);
  const keyHead = headWord(m.canonical);
  const ok = (c: string): boolean => {
    const cn = normalize(c);
    // a name whose head says its kind is not offered names whose head says another: no wars for "Lifetime
    // Achievement Award", no palace or person for "Philadelphia International Airport"
    // (nor a name whose head says nothing: no "Statue of Liberty" or "Stonehenge" for an airport)
    if (keyHead && headWord(c) !== keyHead) return false;
    // an acronym among full names (or a full name among acronyms) is the odd one out: "IDE" beside "Arduino LLC"
    if (isAcronym(c) !== keyIsAcronym) return false;
    if (theSlot !== null && readsWithThe(c) !== theSlot) return false;
    // a country among its neighbours: when both sides' regions are known they share one (no Germany for Libya's neighbour)
    if (keyRegions.size) {
      const regions = directRegions(c);
      if (regions.size && ![...regions].some((r) => keyRegions.has(r))) return false;
      // (and a country is offered countries: no "Jin dynasty" or "Song dynasty" for Libya)
      if (!regions.size && ref.subtype === "country" && /\b(?:dynasty|empire|kingdom|caliphate|sultanate|khanate|republic of)\b/i.test(c)) return false;
    }
    // a saint is offered saints, a regnal name regnal names ("St Petroc", "Richard IV"), and nothing else is
    if (/^(?:St\.?|Saint)\s/.test(m.text) !== /^(?:St\.?|Saint)\s/.test(c)) return false;
    if (/\s[IVX]+$/.test(m.text) !== /\s[IVX]+$/.test(c)) return false;
    // a group ("Islamists", "Tunisians") is not offered individuals
    if (groupKey && ref.type === "person" && !isGroupWord(c)) return false;
    // ... nor an individual a group ("Tunisian Islamists" among prime ministers)
    if (!groupKey && ref.type === "person" && isGroupWord(c)) return false;
    if (!cn || cn === normalize(m.text) || cn === normalize(m.canonical)) return false;
    if (containsTerm(sentence, c) || containsTerm(c, m.text) || containsTerm(m.text, c)) return false;
    // a person the sentence already names by surname ("Hanley founded ...", "Lady Gregory") is no wrong answer in it
    if (ref.type === "person" && m.type === "person" && c.includes(" ") && c.split(/\s+/).pop() !== m.text.split(/\s+/).pop() && containsTerm(sentence.slice(0, m.start) + " " + sentence.slice(m.end), c.split(/\s+/).pop()!)) return false;
    if (isVariantOf(c, m.text) || isVariantOf(c, m.canonical)) return false;
    if (a.trivial.has(cn)) return false;
    if (ruledOutByStem(stem, c, ref)) return false;
    for (const p of picks) if (normalize(p) === cn || isVariantOf(p, c) || containsTerm(p, c) || containsTerm(c, p)) return false;
    return true;
  };
  const fromArticle = articleNamesOf(a, ref);
  const strict = knownKindOnly(ref);
  const kindOf = (e: string) => typeByHead(e, []) ?? knownTypesOf(e)[0] ?? null;
  // A key written as a bare surname ("adds _____" -> Auster) is offered surnames: a full name beside it
  // singles the key out by its form.
  // (a key that is a first name, "Queen _____'s War" -> Anne, is offered first names)
  const bareKey = ref.type === "person" && m.type === "person" && !/\s/.test(m.text.trim());
  const givenKey = bareKey && GIVEN_NAMES.has(m.text.trim());
  const form = (c: string): string => {
    const words = c.trim().split(/\s+/);
    if (!bareKey || words.length < 2) return c;
    if (givenKey) return words.find((w) => GIVEN_NAMES.has(w)) ?? "";
    return surnameOf(c.trim());
  };
  const formCount = new Map<string, number>();
  if (bareKey) for (const x of fromArticle) formCount.set(form(x), (formCount.get(form(x)) ?? 0) + 1);
  for (const c0 of [...earlier.filter((e) => fromArticle.includes(e) || (strict ? kindOf(e)?.subtype === ref.subtype : same(typeByHead(e, []), ref))), ...fromArticle]) {
    if (picks.length >= 3) break;
    const c = form(c0);
    if (!c || (givenKey && !GIVEN_NAMES.has(c))) continue;
    if (bareKey && (formCount.get(c) ?? 0) > 1) continue;
    if (ok(c)) picks.push(c);
  }
  // A name whose kind within its type is unknown gets list names only when it is a place or a
  // nationality: an unknown person's or organisation's list fill mixes athletes, airliners, gardens and banks.
  // Nor any organisation: famous companies or agencies offered for a small firm are the wrong kind to a
  // reader (drug makers for a hardware company); the article's own organisations of the kind are asked instead.
  // And not in a "the _____" slot: the list's names with "the" are mostly states of the past ("the Kingdom of Prussia").
  const listOk = ref.type !== "organisation" && !theSlot && (ref.subtype !== ref.type || ref.type === "place" || ref.type === "nationality") && !(ref.subtype === "country" && !keyRegions.size);
  // Readers kept almost no multiple choice filled mostly from the lists (Orkney and the Azores for New
  // Zealand's North Island, the Titanic for the Black Death, Manchester for New York City): a list may fill
  // one slot, or all of them for a country or a city whose neighbours the gazetteer knows.
  const geographic = (ref.subtype === "country" || ref.subtype === "city") && keyRegions.size > 0;
  if (picks.length < 3 && listOk && (geographic || picks.length >= 2)) {
    const { domain, discipline } = articleDomain(a);
    const list = fallbackNames(ref.type, ref.subtype, domain, discipline);
    // the domain's list in its own order from a seeded start: the best-fitting names come first (in a sports text, the
    // sport's own names before any other sport's: no Rugby World Cup for the PGA Championship)
    const own = discipline ? disciplineNames(ref.type, ref.subtype, discipline) : new Set<string>();
    const rotate = (names: string[]) => {
      const k = names.length ? parseInt(shortHash(seed).slice(0, 6), 16) % names.length : 0;
      return [...names.slice(k), ...names.slice(0, k)];
    };
    const rotated = [...rotate(list.filter((n) => own.has(n))), ...rotate(list.filter((n) => !own.has(n)))];
    for (const c of rotated) {
      if (picks.length >= 3) break;
      // (a country the gazetteer places is offered places it places too: no "Western Xia" or "Kievan Rus'" for Libya)
      if (keyRegions.size && !directRegions(c).size) continue;
      if (ok(c)) picks.push(c);
    }
  }
  return { picks, ref };
}

/** Heads of names by the kind of thing they name: a choice whose head is of another kind is the wrong kind. */
const HEAD_KINDS: Record<string, string> = Object.fromEntries(
  Object.entries({
    education: "University College School Academy Institute",
    body: "Council Parliament Assembly Commission Committee Senate Cabinet Government Congress Court Board Authority Ministry Department Agency Office Bureau Secretariat Convention",
    award: "Prize Award Awards Medal",
    conflict: "War Battle Uprising Massacre Offensive Operation Revolution Crisis Rebellion Siege",
    meeting: "Conference Summit Meeting Talks Symposium Forum",
    sport: "Games Olympics Cup Championship Championships Tournament Open Prix Derby Final Finals Marathon Olympiad",
    airport: "Airport Airfield",
    station: "Station Terminal",
    port: "Port Harbour Harbor",
    airline: "Airlines Airways",
    document: "Declaration Treaty Agreement Accord Accords Charter Act Protocol Pact Constitution Report Plan Resolution Memorandum Directive Bill Law",
    water: "River Sea Ocean Lake Gulf Bay Strait Canal",
    building: "Palace Hall Tower Museum Stadium Arena Church Cathedral Hospital Bridge Gate Castle Building Hotel Center Centre Mall Store",
    street: "Street Avenue Road Boulevard Lane Way Square",
    company: "Company Corporation Corp Inc Ltd Group Holdings Industries Technologies Systems Motors Bank",
    party: "Party Movement Front League Alliance",
  }).flatMap(([kind, heads]) => heads.split(" ").map((h) => [h, kind] as const)),
);
/** What kind of thing a name's head word says it is ("University of the South" -> education, "Philadelphia International Airport" -> transport), when it says. */
export function headWord(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1]! : words[words.length - 1]!;
  return HEAD_KINDS[head] ?? null;
}

/** "IDE", "U.N.", "ICC": a name written as capitals only. */
function isAcronym(name: string): boolean {
  return /^[\p{Lu}\d.&-]{2,}$/u.test(name.trim());
}

/** The regions a place is directly within in the gazetteer or the extra countries ("Kenya" -> Africa), empty when unknown. */
const directRegions = memoByString((name): ReadonlySet<string> => new Set(lookupGazetteer(name)?.within ?? EXTRA_REGIONS.get(normalize(name)) ?? []));

/** The extra countries' regions by name and alias, built once. */
const EXTRA_REGIONS = new Map(EXTRA_COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((n) => [normalize(n), c.within] as const)));

/** A plural word for a group of people ("Islamists", "Tunisians", "Salafists"), not one person's name. */
export function isGroupWord(name: string): boolean {
  // (also with a people's adjective before it: "Tunisian Islamists")
  return /^(?:\p{Lu}[\p{Ll}-]+(?:an|ian|ish|ese|i)\s+)?\p{Lu}[\p{Ll}-]+(?:ists|ans|ians|ites|ers|ics|ese)$/u.test(name.trim());
}
