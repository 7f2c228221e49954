// Owns the candidate: a question in the making, the one shape every builder
// fills (forms.ts for facts, special.ts for roles, speakers, acronyms,
// ordering and matching), with the helpers that fill its common fields
// (accepted spellings, a swap that keeps "the" right) and the type scores
// a fact's importance starts from.
import type { QuestionContent } from "@/lib/domain/questions/bank-schema";
import type { Analysis, EntityType, Mention, SentenceInfo } from "./analyze";
import { type RejectReason } from "./checks";

import { surnameOf, type Pool } from "./distractors";
import { aliasesOf, countryGovernedFrom } from "./gazetteer";

import { foldDiacritics, normalize, type Edit } from "./text";

export const BLANK = "_____";

/** A question in the making: the row's content (key, evidence and status come at selection) plus what ranking needs. */
export type Candidate = Omit<QuestionContent, "key" | "evidenceText" | "status"> & {
  sentence: SentenceInfo;
  score: number;
  /** Sentences this question rests on (ordering spans several). */
  sources: number[];
  /** What this question asks about, for selection: one per (sentence, kind, facet). */
  facet: string;
  answerCanonical: string;
  rejectReasons: RejectReason[];
  /** The fact this question asks for (fact-key.ts); questions of one fact form a family. */
  factKey?: string;
  /** Which form of the fact (forms.ts FORM_SCORE), for selection. */
  form?: string;
  /** A numeric multiple choice: its choices with the key at rank 0..3 (smallest first), or null when that rank cannot be made. */
  choicesAtRank?: (rank: number) => string[] | null;
};

/** What every candidate must say for itself; the rest has a default in sentenceCandidate. */
type CandidateFields = Pick<Candidate, "kind" | "prompt" | "answer" | "score" | "topics" | "difficulty" | "facet" | "answerCanonical"> & Partial<Candidate>;

/**
 * The one factory of a question resting on one sentence: its evidence is the
 * sentence (the explanation too, unless given), no choices, items or pairs
 * yet (distractors come later), nothing accepted besides the answer and no
 * reject reason unless given.
 */
export function sentenceCandidate(s: SentenceInfo, fields: CandidateFields): Candidate {
  return { sentence: s, acceptedAnswers: [], choices: null, items: null, pairs: null, explanation: s.text, sources: [s.index], rejectReasons: [], ...fields };
}

export const TYPE_SCORE: Record<EntityType, number> = {
  person: 0.9, organisation: 0.88, document: 0.85, event: 0.85, year: 0.86, date: 0.82, century: 0.75, number: 0.82,
  city: 0.78, region: 0.76, country: 0.72, place: 0.7, nationality: 0.6, concept: 0.55, name: 0.3,
};

/** Places named with "the": "the United States", "the Netherlands", "the Caucasus". */
export function readsWithThe(name: string): boolean {
  return /^(?:the\s)|\b(?:Republic|Kingdom|Union|Islands|States|Emirates|Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives|Caucasus|Balkans|Alps|Andes|Sahara|Himalayas|Middle East|Gulf|Vatican|Congo|Arctic)\b|^(?:UK|US|USA|U\.S\.|U\.K\.)$/.test(name);
}

/** Replace a mention, fixing a "the" the new name needs or must not have. */
export function swapEdit(sentence: string, m: Mention, inserted: string): Edit {
  const before = sentence.slice(0, m.start);
  const hasThe = /\bthe\s+$/i.test(before);
  const placeLike = m.type === "country" || m.type === "city" || m.type === "region" || m.type === "place";
  if (placeLike && readsWithThe(inserted) && !hasThe) return { start: m.start, end: m.end, text: `the ${inserted}` };
  // "the Organization of ...", "the European Network of ..."
  if (m.type === "organisation" && / (?:of|for) /.test(inserted) && !hasThe && !/^\p{Lu}/u.test(before.trim() === "" ? "X" : "")) {
    return { start: m.start, end: m.end, text: before.trim() === "" ? `The ${inserted}` : `the ${inserted}` };
  }
  if (placeLike && hasThe && !readsWithThe(inserted)) {
    const the = /\bthe\s+$/i.exec(before)!;
    return { start: m.start - the[0].length, end: m.end, text: inserted };
  }
  return { start: m.start, end: m.end, text: inserted };
}

export function rewritesOf(s: SentenceInfo): Edit[] {
  return s.pronouns.filter((p) => p.rewrite).map((p) => p.rewrite!);
}

/** Words for a place's kind that its name may carry or drop. */
const PLACE_KIND_WORDS = "Lake|River|Mount|Mountains|Island|Islands|Valley|Bay|Sea|Canal|Desert|Forest|County|Province|Gulf|Strait|Peninsula";
/** The kind words an institution's name may drop when the article writes it so (acceptedFor). */
const INSTITUTION_KIND_WORDS = ["Magazine", "Newspaper", "Institute", "Foundation", "Corporation", "Company", "Group"];
const INSTITUTION_KIND = new RegExp(String.raw`^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:${INSTITUTION_KIND_WORDS.join("|")})$`, "u");
const BARE_PLACE_NAME = new RegExp(String.raw`^(?:(?:${PLACE_KIND_WORDS})\s+(.+)|(.+?)\s+(?:${PLACE_KIND_WORDS}))$`, "u");

/** Words before a place that make it where something is or happens ("in Beijing", "visited Beijing"), not who acts. */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|from|into|outside|inside|across|around|of|via|visit(?:s|ed|ing)?)\s+$/i;

export function acceptedFor(a: Analysis, m: Mention): string[] {
  const out = new Set<string>();
  const add = (x: string) => {
    if (normalize(x) !== normalize(m.text)) out.add(x);
    const folded = foldDiacritics(x);
    if (folded !== x || normalize(folded) !== normalize(m.text)) if (normalize(folded) !== normalize(m.text) || folded !== m.text) out.add(folded);
  };
  add(m.text);
  if (m.canonical !== m.text) add(m.canonical);
  for (const al of aliasesOf(m.canonical)) add(al);
  const e = a.entities.get(normalize(m.canonical));
  if (e?.acronym) add(e.acronym);
  const s = a.sentences[m.sentence];
  // a capital that stands for its government ("suggested that Beijing resume buying", "caving to Beijing"): the country
  // the article also names is as right (blind41: "'China' fits equally and is not accepted")
  const country = countryGovernedFrom(m.canonical);
  if (s && country && a.entities.has(normalize(country))) {
    const before = s.text.slice(0, m.start);
    if (!LOCATIVE_BEFORE.test(before) && !/\b(?:flew|fly|flying|travell?ed|went|go|going|moved|returned|came|trip|journey|sent|headed|back)\s+(?:\p{Ll}+\s+)?to\s+$/iu.test(before)) add(country);
  }
  // a place's name without the word for its kind, when the article uses it too ("Lake Xochimilco": "Xochimilco"; not the
  // other way: "the Old Rhine Bridge at Constance" is the town, not Lake Constance)
  if (m.type !== "person") {
    const bare = BARE_PLACE_NAME.exec(m.canonical);
    const rest = bare?.[1] ?? bare?.[2];
    if (rest && a.entities.has(normalize(rest))) add(rest);
  }
  // an institution's name with or without its kind word, when the article writes both ("Forbes Magazine" and "a Forbes
  // article"; "Zhang and the Broad" and "the Broad Institute"): blind44's reader rejected both blanks as the other is right
  if (m.type !== "person") {
    const kind = INSTITUTION_KIND.exec(m.canonical);
    if (kind && a.entities.has(normalize(kind[1]!))) add(kind[1]!);
    if (!kind) for (const w of INSTITUTION_KIND_WORDS) if (a.entities.has(normalize(`${m.canonical} ${w}`))) add(`${m.canonical} ${w}`);
  }
  // the name without a modifier before it, when the article names that alone too: "Magic Keyboard" for "Bluetooth-enabled
  // Magic Keyboard", "McAllen" for "CBP McAllen", "Loyalists" for "United Empire Loyalists" (the readers rejected such
  // blanks as ambiguous). Only a hyphened or capitals-only modifier, or a group's plural name: a shorter name is often
  // another thing ("Rhine" for "Alpine Rhine", "Xia" for "Western Xia", "Scottish Parliament" for its building)
  const modified = /^(?:\p{Lu}[\p{L}]*-\p{Ll}+|\p{Lu}{2,})\s+(\p{Lu}.*)$/u.exec(m.canonical)?.[1] ?? (m.type !== "person" ? /^(?:\p{Lu}\p{Ll}+\s+)+(\p{Lu}\p{Ll}+(?:ists|ians|ites|ers|ans))$/u.exec(m.canonical)?.[1] : undefined);
  if (m.type !== "person" && modified && !/\s(?:of|on|for|the|and)\s/.test(modified) && a.entities.get(normalize(modified))?.sentences.size) add(modified);
  // two names joined by "and" in either order ("Zhang and Church", "Church and Zhang")
  const pair = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+and\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)$/u.exec(m.text);
  if (pair) add(`${pair[2]} and ${pair[1]}`);
  if (m.type === "person" && !m.ambiguous) {
    const sn = surnameOf(m.canonical);
    const owners = a.surnames.get(foldDiacritics(sn).toLowerCase());
    if (owners && owners.length === 1) add(sn);
    const parts = m.canonical.split(/\s+/);
    if (parts.length > 2) add(`${parts[0]} ${parts[parts.length - 1]}`);
  }
  return [...out].filter((x) => normalize(x) !== normalize(m.text) || x !== m.text).filter((x) => x !== m.text).sort();
}

export type BuildContext = {
  a: Analysis;
  pool: Pool;
  slug: string;
  classify: (term: string) => string;
  onProgress?: (done: number, total: number) => void;
};

