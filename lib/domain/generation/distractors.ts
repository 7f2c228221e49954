// Owns picking wrong answers: three of the same fine-grained type, from the
// article first and the gazetteer second, never one that is also true (in the
// evidence sentence, an alias of the answer, a place containing it or inside it).
import { ORDINAL_WORDS, parseCardinalWords } from "./quantities/words";
import type { Analysis, EntityType, Mention } from "./analyze";
import { aliasesOf, GAZETTEER, lookupGazetteer, placesOverlap } from "./gazetteer";
import { containsTerm, foldDiacritics, normalize, shortHash } from "./text";
import { NAME_PARTICLES } from "./lexicon";

export type Pool = {
  /** Candidate canonical names by type, article first. */
  byType: Map<string, { name: string; subtype: string; fromArticle: boolean; weight: number }[]>;
  typeOfName: Map<string, string>;
  concepts: { word: string; count: number }[];
};

/** Choice type label used by the one-type check: place types count as one family only when equal. */
export function choiceTypeLabel(type: EntityType): string {
  return type;
}

export function buildPool(a: Analysis, concepts: { word: string; count: number }[]): Pool {
  const byType = new Map<string, { name: string; subtype: string; fromArticle: boolean; weight: number }[]>();
  const typeOfName = new Map<string, string>();
  const seen = new Set<string>();
  const add = (type: string, name: string, subtype: string, fromArticle: boolean, weight: number) => {
    const k = `${type}|${normalize(name)}`;
    if (seen.has(k)) return;
    seen.add(k);
    const list = byType.get(type) ?? [];
    list.push({ name, subtype, fromArticle, weight });
    byType.set(type, list);
    if (!typeOfName.has(normalize(name))) typeOfName.set(normalize(name), type);
  };
  const articleEntities = [...a.entities.values()]
    .filter((e) => e.type !== "number" && e.type !== "date")
    // a name cut at an initial or an abbreviation's dot ("George H.W") is no wrong answer
    .filter((e) => !/[\s.]\p{Lu}$/u.test(e.canonical))
    .sort((x, y) => y.sentences.size - x.sentences.size || (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0));
  for (const e of articleEntities) add(e.type, e.canonical, e.subtype, true, e.sentences.size);
  for (const g of GAZETTEER) add(g.type, g.name, g.subtype ?? g.type, false, 0);
  for (const g of GAZETTEER) if (g.demonym) add("nationality", g.demonym, "nationality", false, 0);
  for (const c of concepts) typeOfName.set(normalize(c.word), "concept");
  return { byType, typeOfName, concepts };
}

/** Surname of a full name ("Recep Tayyip Erdoğan" -> "Erdoğan"). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  // (a regnal number or "Jr." is no surname: "Mieszko I" had taken "I" as an accepted answer, blind29)
  if (parts.length > 1 && /^(?:[IVXLC]+|Jr\.?|Sr\.?)$/.test(parts[parts.length - 1]!)) return name;
  // (with its lower-case particle: "Alex de Vries" is "de Vries", not "Vries"; "Ludwig van Beethoven", "Wernher von Braun")
  let i = parts.length - 1;
  while (i > 1 && NAME_PARTICLES.has(parts[i - 1]!)) i--;
  return parts.slice(i).join(" ");
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : n % 10 === 1 ? "st" : n % 10 === 2 ? "nd" : n % 10 === 3 ? "rd" : "th";
  return `${n}${s}`;
}

/** Numeric neighbours of a number, formatted like the original ("3.2 billion", "45%", "$12 million"). */
export function numericVariants(text: string, value: number, type: EntityType): string[] {
  if (type === "year") {
    const offsets = [-3, 2, 5, -7, 9, -1, 1, 4];
    return offsets.map((o) => String(value + o)).filter((y) => Number(y) <= 2100);
  }
  if (type === "century") return [-1, 1, -2, 2].map((o) => ordinal(value + o)).filter((s) => parseInt(s, 10) > 0);
  const m = /^(.*?)(\d[\d,]*(?:\.\d+)?)(.*)$/.exec(text);
  if (!m) return [];
  const [, pre, num, post] = m as unknown as [string, string, string, string];
  const decimals = num.includes(".") ? num.split(".")[1]!.length : 0;
  const grouped = num.includes(",");
  const factors = value >= 10 ? [0.5, 1.5, 2, 0.75, 3] : [];
  const raw = value < 10 && Number.isInteger(value) ? [value + 1, value + 2, value - 1, value + 3].filter((v) => v > 0) : factors.map((f) => value * f);
  const fmt = (v: number) => {
    let s = decimals ? v.toFixed(decimals) : String(Math.round(v));
    if (grouped) s = Number(s).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    return `${pre}${s}${post}`;
  };
  const out: string[] = [];
  for (const v of raw) {
    const s = fmt(v);
    if (s !== text && !out.includes(s)) out.push(s);
  }
  return out;
}

export type DistractorRequest = {
  answer: string;
  canonical: string;
  type: EntityType;
  subtype: string;
  value?: number;
  sentence: string;
  /** The answer is a lone surname: offer surnames. */
  surnameForm: boolean;
  seed: string;
  trivial: Set<string>;
  /** The article's field (politician, athlete, ...): gazetteer people from it come first. */
  domain?: string;
  /** Names that may not be offered (e.g. terms of the article that would be true here). */
  exclude?: Set<string>;
  /** Whether a name, in full, may be offered (checked before a surname is cut from it). */
  fits?: (name: string) => boolean;
};

/** Up to `n` wrong answers, best first, and whether any came from the gazetteer. */
export function pickDistractors(pool: Pool, req: DistractorRequest, n = 3): { picks: string[]; fromGazetteer: boolean } {
  const answerNorm = normalize(req.answer);
  const canonNorm = normalize(req.canonical);
  const aliasNorms = new Set([answerNorm, canonNorm, ...aliasesOf(req.canonical).map(normalize), ...aliasesOf(req.answer).map(normalize)]);
  const ok = (c: string, chosen: string[]): boolean => {
    const cn = normalize(c);
    if (aliasNorms.has(cn)) return false;
    if (req.exclude?.has(cn)) return false;
    if (containsTerm(req.sentence, c)) return false;
    if (containsTerm(c, req.answer) || containsTerm(req.answer, c)) return false;
    if (placesOverlap(c, req.canonical)) return false;
    for (const x of chosen) {
      if (normalize(x) === cn || containsTerm(x, c) || containsTerm(c, x) || placesOverlap(x, c)) return false;
    }
    return true;
  };
  const picks: string[] = [];
  let fromGazetteer = false;
  if (req.type === "year" || req.type === "number" || req.type === "century") {
    const articleSame = (pool.byType.get(req.type) ?? []).filter((e) => e.fromArticle).map((e) => e.name);
    for (const c of [...articleSame, ...numericVariants(req.answer, req.value ?? NaN, req.type)]) {
      if (picks.length >= n) break;
      if (ok(c, picks)) picks.push(c);
    }
    return { picks, fromGazetteer: false };
  }
  if (req.type === "concept") {
    const plural = /s$/.test(req.answer);
    const list = pool.concepts.filter((c) => /s$/.test(c.word) === plural).map((c) => c.word);
    const rotated = rotate(list, req.seed);
    for (const c of rotated) {
      if (picks.length >= n) break;
      if (ok(c, picks)) picks.push(c);
    }
    return { picks, fromGazetteer: false };
  }
  const all = pool.byType.get(req.type) ?? [];
  // Geographic neighbours (sharing a containing place with the answer) make the best place distractors.
  // Direct containers only: sharing "Eurasia" does not make Ankara a neighbour of Shusha; sharing Azerbaijan makes Baku one.
  const direct = (name: string) => new Set((lookupGazetteer(name)?.within ?? []).map((w) => lookupGazetteer(w)?.name ?? w));
  const answerContainers = direct(req.canonical);
  const near = (name: string) => {
    for (const c of direct(name)) if (answerContainers.has(c)) return true;
    return false;
  };
  const neighboursFirst = <T extends { name: string }>(list: T[]): T[] => [...list.filter((e) => near(e.name)), ...list.filter((e) => !near(e.name))];
  const subtypeOk = (e: { subtype: string }) => e.subtype === req.subtype || (req.type === "person" && e.subtype === req.domain);
  const articleSame = neighboursFirst(all.filter((e) => e.fromArticle && e.subtype === req.subtype));
  const articleOther = neighboursFirst(all.filter((e) => e.fromArticle && e.subtype !== req.subtype));
  const gazSame = neighboursFirst(rotate(all.filter((e) => !e.fromArticle && subtypeOk(e)), req.seed));
  const gazOther = neighboursFirst(rotate(all.filter((e) => !e.fromArticle && !subtypeOk(e)), req.seed));
  // People: the article's own people first whatever their field. Places and organisations:
  // like for like (a continent for a continent, a party for a party) before the article's other kinds.
  const tiers = req.type === "person" ? [articleSame, articleOther, gazSame, gazOther] : [articleSame, gazSame, articleOther, gazOther];
  for (const tier of tiers) {
    for (const e of tier) {
      if (picks.length >= n) break;
      let name = e.name;
      if (req.fits && !req.fits(name)) continue;
      if (req.type === "person" && req.surnameForm) {
        name = surnameOf(name);
        // a surname two people share is not a clean wrong answer
        if (all.filter((x) => x.fromArticle && surnameOf(x.name) === name).length > 1) continue;
      }
      if (req.type === "person" && e.fromArticle && name.split(/\s+/).length < 2 && !req.surnameForm) continue;
      if (!ok(name, picks)) continue;
      picks.push(name);
      if (!e.fromArticle) fromGazetteer = true;
    }
  }
  return { picks, fromGazetteer };
}

function rotate<T>(list: T[], seed: string): T[] {
  if (!list.length) return list;
  const k = parseInt(shortHash(seed).slice(0, 6), 16) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** The number a figure's choice shows: its digits, or a count or ordinal in words ("Twelve", "third"); NaN for a name. */
export function choiceValue(c: string): number {
  const digits = parseFloat(c.replace(/[^\d.]/g, ""));
  if (!Number.isNaN(digits)) return digits;
  const w = c.toLowerCase().trim();
  return parseCardinalWords(w) ?? ORDINAL_WORDS.get(w) ?? Number.NaN;
}

/** Order choices: numbers ascending, names by a stable hash so the answer's place varies. */
export function orderChoices(choices: string[], type: EntityType, seed: string): string[] {
  // figures in one wording ("the late 1960s", "the late 1970s" ...) read in order too
  const template = (c: string) => c.replace(/\d[\d,.]*/g, "#");
  const sameTemplate = choices.every((c) => /\d/.test(c) && template(c) === template(choices[0]!));
  if (type === "year" || type === "number" || type === "century" || sameTemplate) {
    // smallest first, counts in words too ("Eight; Nine; Ten; Twelve", not in the order they were made)
    return [...choices].sort((a, b) => choiceValue(a) - choiceValue(b));
  }
  return [...choices].sort((a, b) => {
    const ha = shortHash(`${seed}|${foldDiacritics(a)}`);
    const hb = shortHash(`${seed}|${foldDiacritics(b)}`);
    return ha < hb ? -1 : ha > hb ? 1 : 0;
  });
}

export function mentionChoiceType(m: Mention): string {
  return m.type;
}
