// Owns the "form questions" pass: for one fact (an answer span in a
// sentence) every form a teacher might use, all cut to the clause that holds
// the fact and all sharing one fact key, so selection can keep the best two
// and a quiz can draw one:
//   - wh-question (multiple choice with three distractors, short answer, flashcard)
//   - cloze on the clause (and a multiple-choice cloze when no wh-question forms)
//   - a false statement: the clause with the answer swapped for a distractor
// and, per clause, a true statement (trueStatements).
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { factKeyOf } from "@/lib/domain/questions/fact-key";
import type { Analysis, Mention, SentenceInfo } from "./analyze";
import { personDomain } from "./build";
import { acceptedFor, BLANK, LOCATIVE_BEFORE, sentenceCandidate, swapEdit, TYPE_SCORE, type BuildContext, type Candidate } from "./candidate";
import {
  checkAnswerInEvidence,
  checkAnswerNotInOtherChoices,
  articleWordStarts,
  checkAnswerNotInStem,
  checkChoices,
  checkContentTerm,
  checkFalseStatement,
  statesClaim,
  BARE_POINTER_NOUNS,
  checkNoUnresolvedPronoun,
  checkNotTrivial,
  checkSingleBlank,
  checkStemLength,
  checkWholeName,
  isSymmetricSlot,
  type RejectReason,
} from "./checks";
import { clauseFor, clauseText, mainSubject } from "./clauses";
import { afterCountryPossessive, recurs, US_STATES } from "./facts";
import { DOC_HEADS, PLACE_TYPES, SPEECH_FORMS, STOCK_EXCHANGES } from "./lexicon";
import { orderChoices, pickDistractors } from "./distractors";
import { aliasesOf, countryGovernedFrom, lookupDemonym, lookupGazetteer } from "./gazetteer";
import { lemmaOf } from "./analyze";
import { knownTypesOf } from "./lists";
import { everydayRank } from "./lists/everyday-words";
import { containsTerm, contentWords, DATELINE, escapeRegExp, looksPlural, memoPerObject, normalize, NUMBER_WORDS, shortHash } from "./text";
import { sexOfGivenName } from "./lists/given-names";
import { foldDiacritics, stripCitations } from "@/lib/domain/text";
import { findQuantities, planNumericChoices, sameKindValues } from "./quantities";
import { fineRefOf, headWord, typedDistractors } from "./typed-choices";
import { whQuestionFor, type WhTarget } from "./wh";

/**
 * Score table for forms (multiplied into the fact's importance). Higher is
 * preferred when selection keeps two forms of a fact.
 *   wh multiple choice  1.00  a real question with choices: the best quiz item
 *   wh flashcard        0.97  the same question to recall, for review
 *   cloze               0.93  the clause with a blank
 *   wh short answer     0.92  typed recall; only for names and numbers
 *   cloze choice        0.94  multiple choice on the cloze when no wh-question forms (before the plain cloze: same stem)
 *   false statement     0.84  clause with a swapped term
 *   true statement      0.78  the clause itself
 */
/** Names a false statement may swap for another the article names (with figures, which swap for wrong values). */
const NAME_SWAP_TYPES = new Set(["person", "country", "city", "region", "place", "organisation", "document", "event"]);
/** A stem of this many words or fewer is too short to tell a lower-case phrase in its blank from others. */
const SHORT_STEM_WORDS = 9;

export const FORM_SCORE = {
  whChoice: 1,
  whFlashcard: 0.97,
  cloze: 0.93,
  whShort: 0.92,
  clozeChoice: 0.94,
  falseStatement: 0.84,
  trueStatement: 0.78,
} as const;

const wordStartsCache = new WeakMap<Analysis, Set<string>>();
function wordStartsOf(a: Analysis): Set<string> {
  let w = wordStartsCache.get(a);
  if (!w) wordStartsCache.set(a, (w = articleWordStarts(a.sentences)));
  return w;
}

const TICKER = new RegExp(String.raw`\s*\((?:${STOCK_EXCHANGES})\s*:\s*[A-Z.]{1,6}\)`, "g");

/** Citation and note marks removed from text shown to a learner (lib/domain/text); evidence keeps them. */
export function cleanDisplay(text: string): string {
  // and a dateline ("CAIRO — Gunmen opened fire ...") is not part of the sentence
  return stripCitations(text)
    .replace(DATELINE, "")
    // a team's or section's label before its note ("Lakers: Kyle Kuzma left the court ...", AP's game notes, blind46)
    .replace(NOTE_LABEL, "")
    // "a" or "an" as the figure after it is said ("an 81-storey building", but "a 120-storey building" when a false
    // statement swapped the figure, blind49)
    .replace(/\b([Aa])n?(\s+)(\d[\d,]*)(?=[\s.-])/g, (_m: string, a: string, sp: string, d: string) => `${a}${eightOrEleven(d) ? "n" : ""}${sp}${d}`)
    // a stock exchange's ticker in brackets ("Amazon.com (NASDAQ:AMZN)") is boilerplate
    .replace(text.includes(":") ? TICKER : /$^/, "")
    // a footnote's asterisk ("Pocket published it in 1980.*", blind41)
    .replace(/\.\*+\?$/u, "?").replace(/(?<=[\p{L}\d.])\*+(?=[\s.,;:!?”"]|$)/gu, "")
    // a sentence the source wrote wholly in brackets reads without them ("(Current models say ...)")
    .replace(/^\(([^()]*)\)\s*$/u, "$1").replace(/^\(([^()]*[.!?])\)\s*$/u, "$1")
    // an opening quotation mark left before a space when an aside was cut ('" Die for You"')
    .replace(/(^|[\s(])(["“])\s+(?=\S)/gu, "$1$2").replace(/\s+([,.;:])/g, "$1").replace(/\s{2,}/g, " ")
    // a comma between the subject and its verb after a bracket, with no aside opened before it ("Sustained hypoxia
    // (oxygenation less than 90%), is dangerous"): the source's slip, or left when the bracket went
    .replace(/^[^,]*,\s/u, dropSubjectComma)
    // a connective inside the sentence points back as one at its start does: "With further online searches, however,
    // Rothman found ..." (blind36); it goes, with a comma kept after a phrase put first
    .replace(text.includes("owever") || text.includes("oreover") || text.includes("herefore") ? MID_CONNECTIVE : /$^/, (_m: string, next: string) => (/^(?:\p{Lu}|_|(?:the|a|an|this|that|these|those|his|her|its|their|our|some|many|most|he|she|it|they|we|there)\b)/u.test(next) ? `, ${next}` : ` ${next}`))
    .replace(text.includes("owever") ? /,\s+however\s*(?=[.?!]$)/u : /$^/, "")
    .trim();
}

/** Whether a figure is said starting with a vowel: "an 8", "an 11", "an 18", "an 80,000", "an 800". */
function eightOrEleven(digits: string): boolean {
  const lead = digits.split(",")[0]!;
  return lead.startsWith("8") || lead === "11" || lead === "18";
}

const NOTE_LABEL = /^(?:\p{Lu}[\p{L}’'.-]*\s){0,2}\p{Lu}[\p{L}’'.-]*:\s+(?=\p{Lu}\p{Ll}*\s)/u;

/** ", however, " and the like inside a sentence, with the word after it. */
const MID_CONNECTIVE = /,\s+(?:however|moreover|therefore|nevertheless|nonetheless|furthermore),\s+(\S+)/gu;

/**
 * A comma between the subject and its verb after a bracket, with no aside opened before it ("Sustained hypoxia
 * (oxygenation less than 90%), is dangerous"): the source's slip, or left when the bracket went. Given the text up to
 * and including its first comma; a plain string scan (a regular expression for it backtracked on long sentences).
 */
function dropSubjectComma(all: string, _offset: number, text: string): string {
  const head = all.slice(0, all.lastIndexOf(","));
  if (/[;:]/.test(head) || (head.match(/\(/g) ?? []).length > 1 || (head.match(/\(/g) ?? []).length !== (head.match(/\)/g) ?? []).length) return all;
  const rest = text.slice(head.length + 1);
  // (a title and its verb with the source's comma between: "Thereafter, the Governor General, convened the Second Constituent
  // Assembly", blind44; not a participle set off as an aside, "The Beatles, formed in Liverpool, were ...")
  if (/^The(?:\s+\p{Lu}[\p{L}-]*){1,4}$/u.test(head) && /^\s+\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their)\s/u.test(rest) && !/,\s+(?:is|are|was|were|has|have|had|\p{Ll}+ed)\b/u.test(rest)) return `${head} `;
  if (!/^\s+(?:is|are|was|were|has|have|had|can|could|may|might|will|would|must)\s/.test(rest)) return all;
  return /\(|\s\p{Ll}/u.test(head) ? `${head} ` : all;
}

function sentenceEnd(text: string): string {
  return /[.!?]["”’)]*$/.test(text) ? text : `${text}.`;
}

/** The question's target for a wh-phrase: the type, and a finer noun when the article names one. */
function targetOf(m: Mention): WhTarget {
  const sub = m.subtype;
  const fine: Record<string, string> = { flight: "flight", party: "party", team: "team", company: "company", university: "university", bank: "bank", river: "river", treaty: "treaty", war: "war", battle: "battle", declaration: "document", agreement: "agreement", award: "award", prize: "prize", awards: "award", medal: "medal" };
  // (a school is no university: "Which university did Swift attend ...?" -> Hendersonville High School)
  const noun = sub === "university" ? (/\b(?:School|Academy)\b/.test(m.text) ? "school" : /\bCollege\b/.test(m.text) && !/\bUniversity\b/.test(m.text) ? "college" : "university") : fine[sub];
  return noun ? { type: m.type, noun } : { type: m.type };
}

/** Fine subtypes whose name is no noun for "which ...": "To which celestial did parts fall back?" (blind33). */
const WH_NOUNS: Record<string, string> = { celestial: "celestial body", "battle-site": "battlefield", international: "international organisation", military: "armed force", religious: "religious body" };
const whNoun = (subtype: string) => WH_NOUNS[subtype] ?? subtype.replace(/-/g, " ");

/** A wh-target from a fine type (typed-choices.ts): people are "who", the rest "which <kind>". */
function targetOfRef(r: { type: string; subtype: string }): WhTarget | null {
  if (r.type === "person") return { type: "person" };
  if (r.type === "place") return ["country", "city", "region"].includes(r.subtype) ? { type: r.subtype } : { type: "place", ...(r.subtype !== "place" ? { noun: whNoun(r.subtype) } : {}) };
  if (r.type === "organisation") return { type: "organisation", ...(r.subtype !== "organisation" ? { noun: whNoun(r.subtype) } : {}) };
  if (r.type === "work" || r.type === "event" || r.type === "product") return r.subtype !== r.type ? { type: r.type, noun: whNoun(r.subtype) } : null;
  return null;
}

/** The year nearest a mention in its sentence, by distance in characters ("_____ in 1868 and Bill Clinton in 1998": 1868 for the blank). */
function nearestYear(s: SentenceInfo, at: { start: number; end: number }): number | undefined {
  let near: number | undefined;
  let distance = Infinity;
  for (const x of s.mentions) {
    if (x.type !== "year" || x.value === undefined) continue;
    const d = x.start >= at.end ? x.start - at.end : at.start - x.end;
    if (d < distance) [near, distance] = [x.value, d];
  }
  return near;
}

/** The years the article gives nearest a person's mentions, worked out once per person. */
const yearsOfPerson = memoPerObject((a: Analysis, key: string): number[] => {
  // (a surname alone is the one person of the article who has it: "Clinton" for Bill Clinton)
  const full = a.entities.has(key) ? key : (() => {
    if (/\s/.test(key)) return undefined;
    const bearers = [...a.entities.entries()].filter(([k, x]) => x.type === "person" && k.endsWith(` ${key}`));
    return bearers.length === 1 ? bearers[0]![0] : undefined;
  })();
  const e = full ? a.entities.get(full) : undefined;
  if (!e) return [];
  const years: number[] = [];
  for (const i of e.sentences) {
    const s = a.sentences[i]!;
    for (const x of s.mentions) {
      if (x.type !== "person" || normalize(x.canonical) !== full) continue;
      const y = nearestYear(s, x);
      if (y !== undefined) years.push(y);
    }
  }
  return years;
});

/**
 * Whether every year the article gives nearest a person lies more than 30 years from the year nearest the key, when
 * both have one: Franklin D. Roosevelt (1940, 1944) is no wrong answer for "_____ in 1868".
 */
export function outOfEra(a: Analysis, s: SentenceInfo, name: string, at: Mention, near = nearestYear(s, at)): boolean {
  if (near === undefined) return false;
  const there = yearsOfPerson(a, normalize(name));
  return there.length > 0 && there.every((t) => Math.abs(near - t) > 30);
}

const FEMALE_ROLES = "mother|wife|daughter|sister|grandmother|granddaughter|aunt|niece|widow|girlfriend|actress|queen|princess|duchess|empress|businesswoman|congresswoman|chairwoman|spokeswoman|Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister";
const MALE_ROLES = "father|husband|son|brother|grandfather|grandson|uncle|nephew|widower|boyfriend|actor|king|prince|duke|emperor|businessman|congressman|chairman|spokesman|Mr|Sir|Lord|King|Prince";
const ROLE_BEFORE_F = new RegExp(String.raw`\b(?:${FEMALE_ROLES})\.?,?\s+$`);
const ROLE_BEFORE_M = new RegExp(String.raw`\b(?:${MALE_ROLES})\.?,?\s+$`);
const ROLE_AFTER_F = new RegExp(String.raw`^,\s+(?:his|her|their|the)\s+(?:${FEMALE_ROLES})\b`);
const ROLE_AFTER_M = new RegExp(String.raw`^,\s+(?:his|her|their|the)\s+(?:${MALE_ROLES})\b`);

/**
 * A person's sex, when the article or the name says it: a role word before a mention ("his mother, Ruth Hilda",
 * "actress Emma Stone", "Mrs Hughes") or after it ("Edmund Bacon, his father"), else a common given name. Worked out
 * once per name.
 */
const sexOfPerson = memoPerObject((a: Analysis, name: string): "f" | "m" | undefined => {
  const esc = escapeRegExp(name);
  const role = (roles: string) => new RegExp(String.raw`(?:\b(?:${roles})\.?,?\s+${esc}(?![\p{L}])|(?<![\p{L}])${esc},\s+(?:his|her|their|the|a|an)\s+(?:[\p{L}-]+\s+)?(?:${roles})\b)`, "u").test(a.body);
  const f = role(FEMALE_ROLES);
  const m = role(MALE_ROLES);
  if (f !== m) return f ? "f" : "m";
  const first = name.split(/\s+/)[0]!;
  return name.includes(" ") ? sexOfGivenName(first) : undefined;
});

const KIN = "father|mother|brother|sister|son|daughter|wife|husband|widow|grandfather|grandmother|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|parents?|stepfather|stepmother";
const KIN_BEFORE = new RegExp(String.raw`(?:\b(?:his|her|their|its|the|an?\s+(?:elder|older|younger)|(?:elder|older|younger))\s+|['’]s\s+|\b)(?:${KIN})\s*,?\s*(?:(?:was|is|named)\s+)?$|\b(?:${KIN})\s+of\s+$`, "i");
const KIN_AFTER = new RegExp(String.raw`^\s*,\s*(?:his|her|their|the)\s+(?:(?:elder|older|younger)\s+)?(?:${KIN})\b`, "i");

/** Whether the blank names a relative of someone in the sentence ("his father, _____", "daughter of _____", "_____, her mother"). */
function isKinSlot(s: SentenceInfo, m: Mention): boolean {
  return KIN_BEFORE.test(s.text.slice(Math.max(0, m.start - 60), m.start)) || KIN_AFTER.test(s.text.slice(m.end, m.end + 60));
}

/**
 * The sex the stem gives the blank, if any: a role word right before it ("Kevin Bacon's mother, _____", "actress _____")
 * or right after it ("_____, his father, was an architect"). (The key's own name says nothing a learner sees in the stem:
 * women are fair wrong answers for "school police Chief _____".)
 */
export function sexOfSlot(s: SentenceInfo, m: Mention): "f" | "m" | undefined {
  const before = s.text.slice(0, m.start);
  const after = s.text.slice(m.end);
  if (ROLE_BEFORE_F.test(before) || ROLE_AFTER_F.test(after)) return "f";
  if (ROLE_BEFORE_M.test(before) || ROLE_AFTER_M.test(after)) return "m";
  // or the pronoun that takes the blank up, with no other person between ("When the immunologist _____ ... looked deep inside
  // the lungs of mice, he thought ...": two women among the choices were ruled out, blind38)
  const pronoun = /\b(?:(he|him|his)|(she|her|hers))\b/i.exec(after.slice(0, 200));
  if (pronoun && !/[“"]/.test(after.slice(0, pronoun.index)) && !s.mentions.some((x) => (x.type === "person" || x.type === "name") && x.start >= m.end && x.start < m.end + pronoun.index)) return pronoun[1] ? "m" : "f";
  return undefined;
}

/**
 * A phrase key that takes in a verb of the clause, so the blank cuts across its parts: "credit cards honored", "ducks
 * ranges", "script drafts and refining", "nuclear delivery systems and opening new talks".
 */
function endsOnVerb(s: SentenceInfo, m: Mention): boolean {
  if (/^\p{Lu}/u.test(m.text) || !/\s/.test(m.text)) return false;
  const inside = s.tags.filter((t) => t.start >= m.start && t.end <= m.end && /\p{L}/u.test(t.text));
  const last = inside[inside.length - 1];
  if (last && last.pos === "VERB" && inside.length >= 2) return true;
  // (the tagger may call them nouns: a participle before its agent, "honored by", or a verb of place or measure after a
  // plural, "ducks ranges from")
  const words = m.text.split(/\s+/);
  if (/\p{Ll}ed$/u.test(words[words.length - 1]!) && /^\s+by\b/.test(s.text.slice(m.end))) return true;
  if (words.length >= 2 && looksPlural(words[words.length - 2]!) && /^(?:ranges|varies|rises|falls|comes|goes|stands|lies|remains|depends|belongs|consists|differs|amounts|reaches|stretches|extends|runs|flows|grows|dates)$/.test(words[words.length - 1]!)) return true;
  return inside.some((t, i) => t.pos === "VERB" && /ing$/.test(t.text) && inside[i - 1]?.text === "and");
}

/**
 * A term inside brackets ("Remnants of the Mataram survived as the Surakarta (_____) ...", "(later proved by Leibniz and
 * _____)", "(_____ 2:285)"): the readers kept 6 of 34 at HEAD, and most of those 6 were the dates that follow the name a
 * sentence opens on ("Taylor Alison Swift (born _____)", "The French and Indian War (1754–_____)"), which are still asked.
 */
function inBracketAside(s: SentenceInfo, m: Mention): boolean {
  const before = s.text.slice(0, m.start);
  const open = before.lastIndexOf("(");
  // (a sentence the source wrote wholly in brackets is no aside: "(Ethereum is working on another approach ...)")
  if (open <= 0 || before.lastIndexOf(")") > open || !s.text.slice(m.end).includes(")")) return false;
  if (m.type === "date" || m.type === "year" || m.type === "number") {
    const lead = s.text.slice(0, open).trim();
    if (s.mentions.some((x) => x.start === 0 && x.end >= lead.length - 1) || /^(?:The\s+)?(?:\p{Lu}[\p{L}’'.-]*\s*){1,6}$/u.test(lead)) return false;
  }
  return true;
}

/**
 * A stem that opens as the second half of a sentence: a relative pronoun that asks nothing ("Which will not be completed
 * until at least _____.", where the source's question mark ended the sentence before) or "And," ("And, in _____ yava
 * means barley").
 */
export function opensAsFragment(prompt: string): boolean {
  return (/^(?:Which|Whom|Whose)\s/.test(prompt) && !/\?\s*$/.test(prompt)) || /^(?:And|Or),\s/.test(prompt) || RUN_ON.test(prompt);
}
/** Two sentences the source ran together, its full stop lost: "... in season 1902–03 The club were incorporated ..." (blind36). */
const RUN_ON = /[\p{Ll}\d)]\s+The\s+\p{Ll}{2,}\s+(?:\p{Ll}+\s+)?(?:is|was|are|were|has|had|have|did|\p{Ll}+ed)\b/u;

/** How much a fact matters: its type, the lead, repeated entities, numbers tied to the main subject. */
export function importanceOf(a: Analysis, s: SentenceInfo, m: Mention): number {
  let score = TYPE_SCORE[m.type];
  if (s.paragraph === 0) score += 0.08;
  const firstOfParagraph = s.index === 0 || a.sentences[s.index - 1]!.paragraph !== s.paragraph;
  if (firstOfParagraph) score += 0.03;
  const e = a.entities.get(normalize(m.canonical));
  if (e && e.sentences.size >= 2) score += Math.min(0.06, 0.02 * (e.sentences.size - 1));
  const aboutMain = s.mentions.some((x) => a.trivial.has(normalize(x.canonical)));
  if ((m.type === "number" || m.type === "year" || m.type === "date") && aboutMain) score += 0.04;
  if (m.type === "concept") score += Math.min(0.1, ((a.nounCounts.get(lemmaOf(m.text)) ?? 0) - 2) * 0.02);
  return score - ASIDE_COST * asideWeight(s, m);
}

/** A place right before "accord", "agreement", "treaty" ..., in a phrase the article uses in two sentences or more. */
const AGREEMENT_HEADS = "accords?|agreements?|treaty|treaties|protocol|convention|pact|deal";
function namesItsAgreement(a: Analysis, s: SentenceInfo, m: Mention): boolean {
  if (!new RegExp(String.raw`^\s+(?:${AGREEMENT_HEADS})\b`).test(s.text.slice(m.end))) return false;
  const phrase = new RegExp(String.raw`\b${escapeRegExp(m.text)}\s+(?:${AGREEMENT_HEADS})\b`, "i");
  return a.sentences.filter((x) => phrase.test(x.text)).length >= 2;
}

/** A head of state or politician the name lists know. */
function isKnownPolitician(name: string): boolean {
  return knownTypesOf(name).some((r) => r.type === "person" && (r.subtype === "head-of-state" || r.subtype === "politician"));
}

/** A person named as the one who says the sentence's claim: "According to X, ...", "X says ...", "..., X added that ...". */
function isSpeakerSlot(s: SentenceInfo, m: Mention): boolean {
  const before = s.text.slice(0, m.start);
  const after = s.text.slice(m.end);
  return /\bAccording to\s+$/.test(before) || /^,?\s+(?:said|says|added|adds|told|tells|noted|notes|explained|explains|argued|argues|believes|thinks|suggests|recalls|stated)\b(?!\s+(?:in|on|at)\s+(?:a|an|the)\b)/.test(after);
}

/** A one-word key that is an everyday word written with a capital ("Government", "Houses"), no person, figure or known name, that the article also writes in lower case. */
function capitalisedCommonNoun(a: Analysis, m: Mention): boolean {
  if (m.type === "person" || m.type === "number" || m.type === "year" || m.type === "date" || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return false;
  const lower = m.text.toLowerCase();
  const rank = everydayRank(lower);
  if (rank === null || rank > 5000 || knownTypesOf(m.text).length > 0 || lookupGazetteer(m.text)) return false;
  // (a name's own word after its owner is a title: "Euclid's _____" -> Elements, "Rupert's _____" -> Land)
  const s = a.sentences[m.sentence];
  if (s && /\p{Lu}[\p{L}.-]*['’]s?\s+$/u.test(s.text.slice(0, m.start))) return false;
  // (a noun the article writes in lower case too: "government", "houses"; not "the Broad" beside "broad")
  const forms = new Set([lower, lower.replace(/(?:es|s)$/, ""), `${lower}s`, lower.replace(/ies$/, "y")]);
  return a.sentences.some((x) => x.tags.some((t) => t.pos === "NOUN" && forms.has(t.text)));
}

/** What a term in an aside loses against the sentence's own terms (the readers kept 6 of 31 keys in brackets, 1 of 15 after "such as"). */
export const ASIDE_COST = 0.1;

/**
 * How far a term stands outside what its sentence says (0 = its own statement, 1 = an aside): inside brackets
 * ("Chagatai (1187-1241)", "(currently Tricia Marwick)"), an example after "such as" or "including", a landmark
 * after "near" or "not far from". (Not an item of a list: readers kept "Brooklyn, _____, Manhattan" and "Kediri,
 * Singhasari and _____" as often as other keys.)
 */
export function asideWeight(s: SentenceInfo, m: Mention): number {
  const before = s.text.slice(0, m.start);
  let depth = 0;
  for (const ch of before) if (ch === "(") depth++;
  else if (ch === ")") depth = Math.max(0, depth - 1);
  if (depth > 0) return 1;
  if (/\b(?:such\s+as|including|e\.g\.,?|for\s+example,?|near|not\s+far\s+from|close\s+to)\s+(?:the\s+)?$/i.test(before)) return 1;
  return 0;
}

/**
 * A blank a learner can fill without the article: one common lower-case word
 * ("security", "efforts") that the article does not make a term of (it
 * repeats it fewer than three times), or an item of a list ("peace, ___ and
 * cooperation"), or a word inside a fixed phrase ("standard temperature and ___").
 */
export function isLightBlank(a: Analysis, s: SentenceInfo, m: Mention): boolean {
  if (m.type !== "concept") return false;
  if (/\s/.test(m.text)) {
    // an everyday adjective and an everyday noun ("old building", "good relations", "single season"): other wordings fit as well
    const words = m.text.split(/\s+/);
    // a phrase that opens with a word of judgement ("embattled industry", "fragile stability", "wider crackdown",
    // "punitive measures", "chaotic assemblage of utilities"): the writer's wording, which other words fit as well
    if (EVALUATIVE.has(words[0]!.toLowerCase()) && s.tags.some((t) => t.end === m.end && t.pos === "NOUN") && !recurs(a, m.text, true)) return true;
    // a pile of four nouns and adjectives with no "of" to hold it ("Taiwanese government employee email accounts"), or a
    // count in words before the noun ("hundreds of bursts"): a learner cannot give it word for word, and shorter fits too
    if ((words.length >= 4 && !words.some((w) => /^(?:of|for|and|or|to|in|on|with)$/.test(w))) || /^(?:hundreds|thousands|dozens|millions|tens|scores)\s+of\b/i.test(m.text)) return true;
    if (words.length !== 2) return false;
    const adj = s.tags.find((t) => t.start === m.start);
    return adj?.pos === "ADJ" && (everydayRank(words[0]!) ?? Infinity) <= 2000 && isEverydayWord(words[1]!);
  }
  // an everyday word ("community", "speech", "support") is what a reader guesses from the words around it
  if (isEverydayWord(m.text)) return true;
  // the category a list's items belong to ("pipes and other _____" -> utilities)
  if (/\b(?:and|or)\s+other\s+$/i.test(s.text.slice(0, m.start))) return true;
  // the thing a figure counts is the noun the sentence was about ("four of the five _____" -> participants)
  // ("thousands of _____ of water" -> tonnes)
  if (/(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|several|many|both)|\b(?:hundreds|thousands|millions|dozens|tens)\s+of)\s+$/i.test(s.text.slice(0, m.start))) return true;
  // a common word its adjective predicts ("legal _____" -> dispute); a term after one is taught ("rotational _____" -> inertia)
  const prevTag = [...s.tags].reverse().find((t) => t.end <= m.start);
  if (prevTag && prevTag.pos === "ADJ" && (everydayRank(m.text) ?? everydayRank(lemmaOf(m.text))) !== null && /^\s+$/.test(s.text.slice(prevTag.end, m.start))) return true;
  const count = a.nounCounts.get(lemmaOf(m.text)) ?? 0;
  if (count < 3) return true;
  // half of a set phrase the article repeats ("original ___" -> trilogy, three times or more)
  const prevWord = /([\p{L}-]+)\s+$/u.exec(s.text.slice(0, m.start))?.[1];
  if (prevWord && countPair(a, prevWord, m.text) >= 3) return true;
  const before = s.text.slice(Math.max(0, m.start - 40), m.start);
  const after = s.text.slice(m.end, m.end + 40);
  // (a comma before an appositive, "the thylakoid, a membrane sac", is not a list)
  if (/,\s*$/.test(before) || (/^\s*,/.test(after) && !/^\s*,\s+(?:a|an|the)\s/i.test(after)) || /\band\s+$/.test(before) || /^\s+and\b/.test(after)) return true;
  return false;
}

/**
 * A verb that makes a clause a statement: not a capitalised word inside a name that the tagger took for a
 * verb ("David Won"). (An -ing form counts: the tagger sometimes misses the main verb beside it, "Members
 * of at least one group exhibit/NOUN a preference regarding ...".)
 */
function isOwnVerb(s: SentenceInfo, t: SentenceInfo["tags"][number]): boolean {
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  return !(/^\p{Lu}/u.test(t.text) && s.mentions.some((m) => m.type !== "concept" && t.start >= m.start && t.end <= m.end));
}

/** Whether the clause keeps a verb of its own ("The Cook Islands and _____." is a list, not a statement). */
function hasOwnVerb(s: SentenceInfo, clause: ReturnType<typeof clauseFor>): boolean {
  return s.tags.some((t) => isOwnVerb(s, t) && clause.pieces.some((p) => t.start >= p.start && t.end <= p.end));
}

/** A statement that hedges its claim outside quotation marks ("perhaps", "arguably", "might have", "maybe"). */
function isHedged(statement: string): boolean {
  const outside = statement.replace(/“[^”]*”|"[^"]*"/g, " ");
  return /\b(?:[Pp]erhaps|[Aa]rguably|[Mm]aybe|[Pp]ossibly|might(?:\s+(?:have|be|not))?)\b/.test(outside);
}

/** Two forms of one word: the same, a plural, or the same first six letters ("computer", "computing"). */
function sameWordStem(x: string, y: string): boolean {
  return x === y || x === `${y}s` || `${x}s` === y || (x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6));
}

/** Among the EVERYDAY_WORDS most frequent words of spoken English, as written or as its lemma. */
export const EVERYDAY_WORDS = 5000;
export function isEverydayWord(word: string): boolean {
  const ranks = [everydayRank(word), everydayRank(lemmaOf(word))].filter((r): r is number => r !== null);
  return ranks.some((r) => r <= EVERYDAY_WORDS);
}

/**
 * A blank cut in the wrong place: it starts with a preposition ("_____ and October" for "for August"),
 * ends on a verb ("Wired _____ that" for "Italy reports"), or is glued to a dotted name ("the _____.org").
 */
export function isCutBadly(s: SentenceInfo, m: Mention): boolean {
  const before = s.text.slice(0, m.start);
  const after = s.text.slice(m.end);
  // (and a name cut from its abbreviation's dot: "Walt Disney Co. executive" -> "_____. executive")
  if (/\p{L}\.$/u.test(before) || /^\.\p{L}/u.test(after) || /^\.\s+\p{Ll}/u.test(after)) return true;
  // the rest of a name after its initials ("George H.W. _____")
  if (/\b\p{Lu}\.(?:\p{Lu}\.)*\s+$/u.test(before) && /^\p{Lu}/u.test(m.text)) return true;
  // a unit conversion in brackets ("2,000 kilometres (_____ mi)") or a name its pronunciation spells out ("_____ [aɔˈtɛaɾɔa]")
  // ("50 km (_____ miles)", "50 to 100 (150 to _____ feet) metres")
  if (/\(\s*(?:[\d.,]+\s*(?:to|-|–)\s*)?$/.test(before) && /^\s*(?:(?:to|-|–)\s*[\d.,]+\s*)?(?:sq\s|square\s)?(?:mi|miles?|km|kilomet(?:re|er)s?|ft|feet|foot|m|met(?:re|er)s?|yd|yards?|lb|pounds?|kg|kilograms?|st|oz|ounces?|°[CF]|in|inches|acres|ha|hectares|mph|km\/h|nautical miles|cm|centimet(?:re|er)s?|mm|millimet(?:re|er)s?|g|grams?|t|tonnes?|tons?|m2|m²|km2|km²|sq\s?ft|sq\s?mi|cu\s?ft|m3|m³|L|litres?|liters?|gal|gallons?)(?![\p{L}])/u.test(after)) return true;
  // a decade next to the one before or after it ("in the 1910s and _____" -> 1920s): the sequence gives it away
  const dec = /^(?:(?:early|mid|late)[\s-])?(\d{3})0s$/.exec(m.text);
  if (dec) {
    const near = (d: string | undefined) => !!d && Math.abs(Number(d) - Number(dec[1])) === 1;
    if (near(/(\d{3})0s\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?$/.exec(before)?.[1]) || near(/^\s*(?:,|and|or|to|-|–)\s*(?:the\s+)?(?:(?:early|mid|late)[\s-])?(\d{3})0s\b/.exec(after)?.[1])) return true;
  }
  // one of two gerunds a lower-case phrase shares ("burning _____ and heating" for "fires for cooking")
  if (/\s(?:for|of|to|with|in)\s+\p{Ll}+ing$/u.test(m.text) && /^\s+and\s+\p{Ll}+ing\b/u.test(after)) return true;
  // an amount in another year's money ("$1.5 million (equivalent to $4 million in _____ dollars)")
  if ((/equivalent to\s+\S+(?:\s+(?:million|billion|thousand))?\s+in\s+$/.test(before) && /^\s+dollars\b/.test(after)) || /\(\s*equivalent to\s+$/.test(before)) return true;
  // a span with a lower-case word before a possessive ("both _____'s Central Link" for "buses and Sound Transit")
  if (/^['’]s\b/u.test(after) && /\s\p{Ll}/u.test(m.text)) return true;
  // a name that ends in "'s" ("at Sotheby's in guaranteed lots", "McDonald's"): the possessive is part of it
  if (/^['’]s\s+(?:in|at|on|for|with|to|from|by|and|or|of)\b|^['’]s\s*[,.;:)]/u.test(after) && /^\p{Lu}/u.test(m.text)) return true;
  // a street number ("at _____ E. Ontario Street", "620 N. Michigan"): an address, not a fact
  if (/^\d/.test(m.text) && /^\s+(?:[NSEW]\.\s+)?\p{Lu}[\p{L}]+(?:\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place|Square|Michigan|Broadway))?\b/u.test(after) && /^\s+(?:[NSEW]\.\s|\p{Lu}[\p{L}]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Place))/u.test(after)) return true;
  if (/^\s*\[[^\]]*[ˈˌəɛɔɾʃʒθðŋ]/u.test(after)) return true;
  // the end of a name after its particle ("Jerónimo de Ayanz y _____")
  // ("said van _____" for "van Sebille")
  if (/(?:\p{Lu}[\p{L}-]*\s+(?:de|da|del|di|du|van|von|der|den|y|bin|ibn|al|le|la)|(?:^|[\s,])(?:van|von|de|der|den|bin|ibn))\s+$/u.test(before) && /^\p{Lu}/u.test(m.text)) return true;
  // part of a name: its particle follows ("Omar Hassan _ al-Bashir", "Ludwig _ van Beethoven")
  if (/^\s+(?:(?:al|el|ad|ash|as)-\p{Lu}|(?:bin|ibn|van|von|de|da|di|del|der|du|la|le)\s+\p{Lu})/u.test(after)) return true;
  // half of an institution's name joined by "and" ("Center for Health and _____", "_____ and Human Rights")
  if (INSTITUTION_AND_BEFORE.test(before) || (/^\s+(?:and|&)\s+\p{Lu}/u.test(after) && INSTITUTION_HEAD.test(m.text))) return true;
  // an abbreviation right after the name it shortens ("Industrial Light & Magic (_____)")
  // (or after a comma and "or": "the Houston Asian American Archive, or _____," -> HAAA, blind33)
  if (/^\p{Lu}{2,6}$/u.test(m.text) && /(?:\(|,\s*or)\s*$/.test(before) && initialsOf(before.replace(/\s*(?:\(|,\s*or)\s*$/, "")).endsWith(m.text)) return true;
  // the next of two neighbouring ordinals ("dating from the 16th or _____ century" -> 17th, blind33)
  const ordinal = /(\d+)(?:st|nd|rd|th)\s+(?:or|and|to)\s+$/.exec(before);
  if (ordinal && /^\d+(?:st|nd|rd|th)$/.test(m.text) && Math.abs(parseInt(m.text, 10) - Number(ordinal[1])) === 1) return true;
  // (also across "century or the beginning of the": "at the end of the _____ century or the beginning of the 13th century",
  // either way round, blind37)
  if (/^\d+(?:st|nd|rd|th)$/.test(m.text)) {
    const wide = /(\d+)(?:st|nd|rd|th)\s+century\s+(?:or|and|to)\s+(?:the\s+)?(?:(?:beginning|start|end|middle|turn|close)\s+of\s+the\s+|(?:early|late|mid)[\s-]+)?$/.exec(before);
    const ahead = /^\s+century\s+(?:or|and|to)\s+(?:the\s+)?(?:(?:beginning|start|end|middle|turn|close)\s+of\s+the\s+|(?:early|late|mid)[\s-]+)?(\d+)(?:st|nd|rd|th)\b/.exec(after);
    const other = wide?.[1] ?? ahead?.[1];
    if (other && Math.abs(parseInt(m.text, 10) - Number(other)) === 1) return true;
  }
  // the second year of a one-year span ("the 2012-_____ season") is the first plus one
  const span = /(\d{4})[-–]$/.exec(before);
  if (span && /^\d{2}(?:\d{2})?$/.test(m.text) && (Number(span[1]) + 1) % (m.text.length === 2 ? 100 : 10_000) === Number(m.text)) return true;
  const inside = s.tags.filter((t) => t.start >= m.start && t.end <= m.end);
  if (!inside.length) return false;
  const first = inside[0]!;
  const last = inside[inside.length - 1]!;
  if (first.pos === "ADP" || first.pos === "SCONJ" || first.pos === "CCONJ") return true;
  if (inside.length > 1 && (last.pos === "VERB" || last.pos === "AUX")) return true;
  // a verb glued to the end of a noun phrase ("newly released _____." -> "files show")
  if (/\s(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests|suggested)$/.test(m.text) && /^\s*[.,;]/.test(after)) return true;
  // a number that is part of a name ("the No _____ policy unit" -> 10)
  if (/^\d/.test(m.text) && /\bNo\.?\s+$/.test(before)) return true;
  // the other reading of a figure given in brackets ("in 1916 (or _____)"): the one before gives it away
  if (/\(\s*or\s+$/i.test(before)) return true;
  // a reporting verb the tagger took for a noun ("Wired _____ that" for "Italy reports")
  if (/\s(?:reports|reported|says|said|adds|added|notes|noted|writes|wrote|claims|claimed|explains|explained)$/.test(m.text) && /^\s+that\b/.test(after)) return true;
  return false;
}

const INSTITUTION_FOR = String.raw`\b(?:Center|Centre|Institute|Department|Ministry|Office|Society|Association|Foundation|Council|Committee|School|College|Museum|Bureau|Agency|Commission|Board)\s+(?:for|of)\s`;
const INSTITUTION_HEAD = new RegExp(INSTITUTION_FOR, "u");
const INSTITUTION_AND_BEFORE = new RegExp(String.raw`${INSTITUTION_FOR}+(?:(?:the\s+)?\p{Lu}[\p{L}-]*\s+)+(?:and|&)\s+$`, "u");

/** Initials of the capitalised words at the end of `text` ("Industrial Light & Magic" -> "ILM"). */
function initialsOf(text: string): string {
  const words = text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.map((w) => w[0]).join("");
}

/** Curly or straight double quotation marks that do not pair up: the stem starts or ends inside a quotation. */
export function hasUnpairedQuote(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open !== close || straight % 2 === 1;
}

/** Mention types that are times: a "When ...?" with two of them in the clause has two answers. */
const TIME_KINDS = new Set(["year", "date", "century"]);
/** Adjectives of judgement or degree: a phrase they open is one writer's wording. */
const EVALUATIVE = new Set(
  `embattled fragile wider wide punitive chaotic extra fundamental simple successful temporary rudimentary intuitive huge massive
  serious severe bitter stark sprawling dramatic modest sharp steep tough harsh growing mounting renewed fresh considerable
  substantial enormous vast widespread broad heavy crude tall outsized unprecedented remarkable notable crucial vital
  multi-year lengthy brief sweeping bold ambitious stunning striking subsequent potential mysterious concerted fleeting exquisite`.split(/\s+/),
);
const SPEECH_VERB_IN = new RegExp(String.raw`\b(?:${[...SPEECH_FORMS].join("|")}|according to)\b`);
/** A place name written next to another, a comma between them ("Copenhagen, Denmark"). */
export function besideAPlace(s: SentenceInfo, m: Mention): boolean {
  // (a name the analyser left untyped is a place when the gazetteer knows it as one: "England")
  const isPlace = (x: Mention) => PLACE_TYPES.has(x.type) || (x.type === "name" && (/^(?:country|city|region)$/.test(lookupGazetteer(x.canonical)?.type ?? "") || knownTypesOf(x.canonical).some((t) => t.type === "place")));
  if (!isPlace(m)) return false;
  const places = s.mentions.filter(isPlace).sort((x, y) => x.start - y.start);
  const i = places.indexOf(m);
  const gap = (x: Mention, y: Mention) => s.text.slice(x.end, y.start);
  // (the second names a place, not a thing it qualifies: "In Washington, White House press secretary ...")
  const pair = (x: Mention, y: Mention) => /^,\s*$/.test(gap(x, y)) && s.tags.find((t) => t.start >= y.end)?.pos !== "NOUN";
  // the place after names what holds the one before ("Copenhagen, _____"); a place before its container
  // is given away only when it is a famous one ("_____, Denmark" -> Copenhagen, not "_____, Texas" -> Tyler)
  const famous = !!lookupGazetteer(m.canonical) || knownTypesOf(m.canonical).length > 0;
  if (!(i > 0 && pair(places[i - 1]!, m)) && !(famous && i + 1 < places.length && pair(m, places[i + 1]!))) return false;
  // not a list ("where Germany, Switzerland, and Austria meet"): the chain of places never ends on "and"/"or"
  let a = i;
  while (a > 0 && /^,?\s*(?:(?:and|or)\s+)?$/.test(gap(places[a - 1]!, places[a]!))) a--;
  let b = i;
  while (b + 1 < places.length && /^,?\s*(?:(?:and|or)\s+)?$/.test(gap(places[b]!, places[b + 1]!))) b++;
  for (let k = a; k < b; k++) if (/\b(?:and|or)\s*$/.test(gap(places[k]!, places[k + 1]!))) return false;
  return true;
}

/** The referent found for the sentence before, under this sentence's pronoun. */
function named(r: { word: string; name: string } | null, word: string): { word: string; name: string } | null {
  return r ? { word, name: r.name } : null;
}

/** The entity types "The company", "The country" ... can stand for. */
const SUBJECT_KINDS: Record<string, readonly string[]> = { company: ["organisation", "name"], firm: ["organisation", "name"], group: ["organisation", "name"], country: ["country", "name"], nation: ["country", "name"] };

// (the same role words as the stem's slot and the article's people: FEMALE_ROLES, MALE_ROLES)
const MALE_CUE = new RegExp(String.raw`\b(?:${MALE_ROLES})\.?\s+(?:[\p{Ll}-]+\s+){0,2}$`, "u");
const FEMALE_CUE = new RegExp(String.raw`\b(?:${FEMALE_ROLES})\.?\s+(?:[\p{Ll}-]+\s+){0,2}$`, "u");
/** "m" or "f" when the words just before a person's name say so ("his brother, actor Austin Swift"), else null. */
function sexOf(sentence: string, who: Mention): "m" | "f" | null {
  const before = sentence.slice(Math.max(0, who.start - 40), who.start).replace(/,\s*/g, " ");
  return MALE_CUE.test(before) ? "m" : FEMALE_CUE.test(before) ? "f" : null;
}

const referentCache = new WeakMap<SentenceInfo, Map<string, Referent | null>>();
/**
 * The name a clause's pronoun or pointer stands for, when the antecedent is certain (else null: the pronoun stays and
 * the unresolved-pronoun check keeps the question a draft):
 * - "He"/"She"/"His"/"Her", "It"/"They", "The company" opening it, by the sentence before (pronounReferent);
 * - "the teenager", for the one person the article puts that word before (roleReferent);
 * - a pronoun for the person the article is about, opening the clause or after a phrase put first (subjectReferent).
 * That person is named as the article names them most.
 */
export function leadingPronounName(a: Analysis, s: SentenceInfo, clause: string, depth = 0): Referent | null {
  // (asked once per clause: every fact of a sentence asks it again, and the sentence after asks it of this one)
  let bySentence = referentCache.get(s);
  if (!bySentence) referentCache.set(s, (bySentence = new Map()));
  const key = `${depth}|${clause}`;
  if (bySentence.has(key)) return bySentence.get(key)!;
  const r = referentOf(a, s, clause, depth);
  bySentence.set(key, r);
  return r;
}

/**
 * "He stated that ..." opening a paragraph after one that ended on someone's words ("Sırakaya said Türkiye always sided
 * with Azerbaijan ..."): the speaker, when that sentence names only them, first, as who said it, and the new paragraph
 * names them again before anyone else ("Sırakaya added that ..."), so the speaker is carried on.
 */
function speakerCarriedOver(a: Analysis, s: SentenceInfo, clause: string): Referent | null {
  const m = /^(He|She)\s/.exec(clause);
  const prev = a.sentences[s.index - 1];
  if (!m || !prev || prev.paragraph === s.paragraph || !/^(?:He|She)\s/.test(s.text)) return null;
  const people = prev.mentions.filter((x) => x.type === "person" && !x.inQuote);
  if (new Set(people.map((x) => x.canonical)).size !== 1) return null;
  const first = people[0]!;
  if (!/^(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(prev.text.slice(0, first.start)) || !/^\s+(?:said|says|added|adds|told|tells|stated|states|noted|notes)\b/.test(prev.text.slice(first.end))) return null;
  if (sexOf(prev.text, first) === (m[1] === "He" ? "f" : "m")) return null;
  const surname = first.canonical.split(/\s+/).pop()!;
  for (const x of a.sentences.slice(s.index + 1)) {
    if (x.paragraph !== s.paragraph) return null;
    const named = x.mentions.filter((y) => y.type === "person" && !y.inQuote);
    if (!named.length) continue;
    const name = bearerOf(a, first, m[1]!);
    return name && (named[0]!.canonical === first.canonical || named[0]!.text === surname) ? { word: m[1]!, name } : null;
  }
  return null;
}

function referentOf(a: Analysis, s: SentenceInfo, clause: string, depth: number): Referent | null {
  const kind = kindReferent(a, s, clause);
  if (kind) return kind;
  const own = pronounReferent(a, s, clause, depth) ?? speakerCarriedOver(a, s, clause);
  if (own) return asDisplayed(a, own);
  // "the teenager", "The strongman": the one person the article calls so ("teenager Kelly Sildaru")
  const role = roleReferent(a, s, clause);
  if (role) return role;
  const lead = /^(?:(?:But|And|Yet|So|However|Still|Then|Later|Instead|Nonetheless)\b,?\s+)?(He|She|His|Her)\s/.exec(clause);
  if (lead) {
    const name = subjectReferent(a, s, lead[1]!, depth);
    return name ? { word: lead[0].trimEnd(), name: lead[0].trimEnd().replace(lead[1]!, /^(?:His|Her)$/.test(lead[1]!) ? `${name}’s` : name) } : null;
  }
  // "Born in about 570 CE in the Arabian city of Mecca, he was orphaned ...", "After eight years of fighting ..., his
  // followers conquered Mecca": the pronoun after a phrase put first, which names nobody, is the sentence's subject
  const fronted = FRONTED.exec(clause);
  if (!fronted || !s.text.trimStart().startsWith(fronted[1]!)) return null;
  const at = fronted[1]!.length + fronted[2]!.length;
  if (/\b(?:he|she|him|his|her|they|them|their|it|its|this|that|these|those)\b/i.test(fronted[1]!)) return null;
  // (a name in it may be where or with whom, "in the Arabian city of Mecca", but not someone who does something in it:
  // "When Abu Talib died, he ...")
  const acts = (x: Mention) => { const t = s.tags.find((y) => y.start >= x.end); return !!t && t.start < at && (t.pos === "VERB" || t.pos === "AUX"); };
  if (s.mentions.some((x) => x.start < at && !isSubjectName(a, x) && (x.type === "person" || (x.type === "name" && acts(x))))) return null;
  const word = fronted[3]!;
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  const r = pronounReferent(a, s, cap + clause.slice(at + word.length), depth, fronted[1]! + fronted[2]!) ?? (() => {
    const name = subjectReferent(a, s, cap, depth);
    return name ? { word: cap, name: /^(?:His|Her)$/.test(cap) ? `${name}’s` : name } : null;
  })();
  return r ? asDisplayed(a, { word, name: r.name, at }) : null;
}

/** Kinds of living thing an article on one may call it by ("The species", "The animal"). */
const ORGANISM_KINDS = new Set(["mammal", "salamander", "amphibian", "reptile", "bird", "fish", "insect", "jellyfish", "hydrozoan", "species", "animal", "frog", "snake", "lizard", "shark", "whale", "plant", "tree", "fungus"]);
/** Kinds of place: another one named in the sentence or the one before makes "the city" unsure. */
const PLACE_KINDS = new Set(["city", "town", "village", "capital", "municipality", "metropolis", "country", "state", "province", "region", "island", "river", "lake"]);
type SubjectKind = { name: string; head: string; kinds: Set<string>; place: boolean; namedByKind: RegExp };
const KIND_CACHE = new WeakMap<Analysis, SubjectKind | null>();
/** The article's titled subject and the kind its first sentence says it is ("Toronto is the most populous city in Canada"). */
function subjectKind(a: Analysis): SubjectKind | null {
  if (KIND_CACHE.has(a)) return KIND_CACHE.get(a)!;
  let r: SubjectKind | null = null;
  const title = (a.title ?? "").replace(/\s*\([^)]*\)\s*$/, "").trim();
  const first = a.sentences[0];
  if (title && first && /^(?:\p{L}[\p{L}'’-]*\s?){1,3}$/u.test(title) && new RegExp(String.raw`^(?:The\s+)?${escapeRegExp(title)}\b`, "iu").test(first.text)) {
    const kind = /^[^.;]*?\b(?:is|was|are|were)\s+(?:(?:one of\s+)?(?:a|an|the)\s+)(?:[\p{L}-]+\s+){0,4}?(\p{Ll}{3,})(?=\s+(?:in|of|on|that|which|who|from|native|endemic|found|located|with|and|or)\b|\s*[,.;(])/u.exec(first.text.replace(/\s*\([^)]*\)/g, ""))?.[1];
    if (kind) {
      const head = lemmaOf(kind);
      const organism = ORGANISM_KINDS.has(head);
      const kinds = new Set([head, ...(KIND_SYNONYMS[head] ?? []), ...(organism ? ["species", "animal"] : []), ...(head === "city" ? ["town"] : [])]);
      // (as the article writes it: "The okapi" for a common noun, "Toronto" for a name)
      const lowerTitle = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title.toLowerCase())}(?![\p{L}])`, "u");
      const lower = a.sentences.some((x) => lowerTitle.test(x.text));
      // ("the town of York": another thing of the kind, named by the kind word itself)
      const namedByKind = new RegExp(String.raw`\b(?:${[...kinds].join("|")})\s+(?:of|called|named)\s+\p{Lu}`, "u");
      // (and "The Eiffel Tower" for a name the article writes after "the": not "Eiffel Tower is 324 m tall", blind49)
      const uses = [...a.sentences.map((x) => x.text).join(" ").matchAll(new RegExp(String.raw`(\b[Tt]he\s+)?${escapeRegExp(title)}\b`, "gu"))];
      const withThe = uses.filter((u) => u[1]).length * 2 > uses.length;
      r = { name: lower ? `The ${title.toLowerCase()}` : withThe && !/^The\s/.test(title) ? `The ${title}` : title, head, kinds, place: PLACE_KINDS.has(head), namedByKind };
    }
  }
  KIND_CACHE.set(a, r);
  return r;
}

/**
 * "The city grew rapidly ...", "The species was originally found ...", "The animal was brought to European attention ...":
 * the kind the first sentence says the titled subject is, opening a clause, stands for the subject (blind41, 42 and 46: the
 * readers rejected 32 of 47 such stems, most as unresolved) when no other thing of that kind is named in the sentence or
 * the one before.
 */
function kindReferent(a: Analysis, s: SentenceInfo, clause: string): Referent | null {
  const k = subjectKind(a);
  if (!k || s.index === 0) return null;
  const x = /^The\s+(\p{Ll}+)\b(?!\s+(?:of|in|on|at|for|from)\b)/u.exec(clause);
  if (!x || !k.kinds.has(lemmaOf(x[1]!))) return null;
  // (another place named before it, "the town of York", or in the sentence before, leaves it unsure)
  const prev = a.sentences[s.index - 1];
  const own = s.text.indexOf(clause);
  const others = [...(prev && prev.paragraph === s.paragraph ? prev.mentions : []), ...s.mentions.filter((mm) => mm.start < Math.max(0, own))];
  if (k.place && others.some((mm) => PLACE_TYPES.has(mm.type) && normalize(mm.canonical) !== normalize(k.name))) return null;
  // (nor one the text names by the kind itself: "the town of York")
  const before = `${prev && prev.paragraph === s.paragraph ? prev.text : ""} ${s.text.slice(0, Math.max(0, own))}`;
  if (k.namedByKind.test(before)) return null;
  return { word: x[0], name: k.name };
}

type Placed = { text: string; start: number; end: number };
/** `ct` with [at, at + length) replaced by `text`, outside its span [start, end), which moves with it. */
function replaceOutside(ct: Placed, at: number, length: number, text: string): Placed {
  const d = at < ct.start ? text.length - length : 0;
  return { text: ct.text.slice(0, at) + text + ct.text.slice(at + length), start: ct.start + d, end: ct.end + d };
}

/**
 * "the city" inside a clause, as the titled place the article is about: "By 1851, the Irish-born population had become the
 * largest single ethnic group in the city" -> "... in Toronto" (blind46: the readers rejected such stems as unresolved). Only
 * the kind word the first sentence gives a place ("Toronto is the most populous city"), not "the town", which in a city's
 * history is often its older self under another name ("the town of York"), and only when no other place is named before it
 * in the sentence or in the sentence before. Nothing inside [start, end), the blank, is touched.
 */
export function withSubjectNamed(a: Analysis, s: SentenceInfo, ct0: Placed): Placed {
  const ct = withTermNamed(a, ct0);
  const k = subjectKind(a);
  if (!k || !k.place || s.index === 0) return ct;
  if (!ct.text.includes(`the ${k.head}`)) return ct;
  const re = new RegExp(String.raw`(?<=\s)the\s+${k.head}(?:(['’]s)|(?![\p{L}-]))(?!\s+(?:of|called|named)\b)`, "gu");
  const prev = a.sentences[s.index - 1];
  const prevPlaces = !!prev && prev.paragraph === s.paragraph && (prev.mentions.some((x) => PLACE_TYPES.has(x.type) && normalize(x.canonical) !== normalize(k.name)) || k.namedByKind.test(prev.text));
  if (prevPlaces) return ct;
  // (another place named before it in the sentence: "the Russian town of Grayvoron, in the Belgorod region ... the city")
  const upTo = s.text.search(re);
  if (upTo < 0 || s.mentions.some((y) => y.start < upTo && PLACE_TYPES.has(y.type) && normalize(y.canonical) !== normalize(k.name)) || k.namedByKind.test(s.text.slice(0, upTo))) return ct;
  let out = ct;
  for (const x of [...ct.text.matchAll(re)].reverse()) {
    if (x.index < out.end && x.index + x[0].length > out.start) continue;
    out = replaceOutside(out, x.index, x[0].length, k.name.replace(/^The /, "the ") + (x[1] ?? ""));
  }
  return out;
}

/**
 * "the term" in an article on a word or idea stands for its title, which its first sentence defines: "In 1770, the term
 * entered the English language through German" -> 'the term “statistics” entered ...' (blind48: the readers rejected all
 * four such stems as unresolved). Not "the term of office", nor one the text names itself ("the term 'Alhazen'").
 */
function withTermNamed(a: Analysis, ct: Placed): Placed {
  if (!ct.text.includes("he term")) return ct;
  const word = termWordOf(a);
  if (!word) return ct;
  const m = /\b([Tt]he term)(?!\s+(?:of|for|in|to|limits?|paper|ends?)\b|\s*[“"‘'«(]|\s+\p{Lu})/u.exec(ct.text);
  if (!m || (m.index < ct.end && m.index + m[1]!.length > ct.start)) return ct;
  return replaceOutside(ct, m.index, m[1]!.length, `${m[1]} “${word}”`);
}

const termWordCache = new WeakMap<Analysis, string | null>();
/** The titled word or idea the first sentence defines, as the article writes it ("statistics"), or null. */
function termWordOf(a: Analysis): string | null {
  if (termWordCache.has(a)) return termWordCache.get(a)!;
  const title = (a.title ?? "").replace(/\s*\([^)]*\)\s*$/, "").trim();
  const first = a.sentences[0];
  let word: string | null = null;
  if (title && first && /^\p{L}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}$/u.test(title) && new RegExp(String.raw`^(?:The\s+)?${escapeRegExp(title)}\b`, "iu").test(first.text)) {
    const lower = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(title.toLowerCase())}(?![\p{L}])`, "u");
    word = a.sentences.some((x) => lower.test(x.text)) ? title.toLowerCase() : title;
  }
  termWordCache.set(a, word);
  return word;
}

/** The person the article is about, by the name it uses for them: "Darwin", not "Charles Robert Darwin". */
function asDisplayed(a: Analysis, r: Referent): Referent {
  const subj = articleSubject(a);
  return subj && r.name.replace(/’s$/, "") === subj.name ? { ...r, name: r.name.replace(subj.name, subj.display) } : r;
}

const roleCache = new WeakMap<Analysis, Map<string, Set<string>>>();
/** Lower-case words the article puts right before a person's name ("teenager Kelly Sildaru", "strongman Moammar Gadhafi"), with the people. */
function rolesOf(a: Analysis): Map<string, Set<string>> {
  let m = roleCache.get(a);
  if (!m) {
    m = new Map();
    for (const t of a.sentences)
      for (const x of t.mentions) {
        // (an untyped name after a word for a person is a person: "teenager Lea Kask")
        if ((x.type !== "person" && x.type !== "name") || x.inQuote) continue;
        const w = /(?:^|\s)(\p{Ll}{4,})\s+$/u.exec(t.text.slice(Math.max(0, x.start - 30), x.start))?.[1];
        // (a noun: "teenager", "leader"; not "the eastern ...", "said")
        const tag = w ? [...t.tags].reverse().find((y) => y.end <= x.start) : undefined;
        // (a word for a person: "teenager", "leader", "strongman", "scientist"; not "the surname")
        if (!w || tag?.text !== w || tag.pos !== "NOUN" || !/(?:er|or|ist|ian|man|woman|ee|ant|ent|ess|ster|ine)$/.test(w)) continue;
        const set = m.get(w) ?? new Set<string>();
        set.add(x.canonical);
        m.set(w, set);
      }
    // (the title too: "Meet teenager Kelly Sildaru, ...")
    const subj = articleSubject(a);
    const tw = subj ? new RegExp(String.raw`(?:^|\s)(\p{Ll}{4,})\s+${escapeRegExp(subj.name)}`, "u").exec(a.title ?? "")?.[1] : undefined;
    if (subj && tw) m.set(tw, new Set([...(m.get(tw) ?? []), subj.name]));
    roleCache.set(a, m);
  }
  return m;
}

/** "the teenager" for the one person the article calls a teenager, when no other person comes before it in the clause. */
function roleReferent(a: Analysis, s: SentenceInfo, clause: string): Referent | null {
  const r = /\b([Tt]he\s+(\p{Ll}{4,}))\b(?!\s+(?:\p{Lu}|of\b|["“]))/u.exec(clause);
  if (!r) return null;
  const people = rolesOf(a).get(r[2]!);
  if (!people || people.size !== 1) return null;
  const who = [...people][0]!;
  const at = r.index;
  // (a clause that names someone before it may mean them)
  const offset = s.text.indexOf(clause.slice(0, Math.min(clause.length, 40)));
  if (offset < 0 || s.mentions.some((x) => (x.type === "person" || x.type === "name") && x.start < offset + at)) return null;
  const subj = articleSubject(a);
  const name = subj && subj.name === who ? subj.display : who;
  return { word: r[1]!, name, at };
}

/** A phrase put before the subject: a preposition, a participle or a time clause, up to its comma. */
const FRONTED = /^((?:After|Before|Born|Raised|Educated|Trained|In|During|Following|At|On|By|Upon|Having|Since|From|Within|Throughout|Despite|Unlike|As an?|When|While|Although|Though|Once|Until|Aged|Shortly after|Soon after|Later in|Early in|Late in)\s[^,;:"“”()]{2,100}?)(,\s+)(he|she|his|her)\s/u;

/** A referent for a pronoun: the words to replace (at `at` in the clause, else at its start) and the name. */
type Referent = { word: string; name: string; at?: number };

/** Whether a mention is the person the article is about. */
function isSubjectName(a: Analysis, x: Mention): boolean {
  const subj = articleSubject(a);
  return !!subj && normalize(x.canonical) === normalize(subj.name);
}

type Subject = { name: string; display: string; sex: "m" | "f" };
const subjectCache = new WeakMap<Analysis, Subject | null>();
/**
 * The person an article is about: the one its title names (all of it, "Muhammad", or by first and last word,
 * "Kelly Sildaru"), when exactly one is, with the pronouns the article uses most (twice as often as the others).
 */
export function articleSubject(a: Analysis): Subject | null {
  if (subjectCache.has(a)) return subjectCache.get(a)!;
  const title = (a.title ?? "").replace(/\s*\([^)]*\)\s*$/, "").trim();
  const words = new Set(title.split(/[\s,:;?!]+/).filter(Boolean));
  const found = [...a.entities.values()].filter((e) => {
    if (normalize(e.canonical) === normalize(title)) return (e.type === "person" || e.type === "name") && /^(?:\p{Lu}[\p{L}'’-]*\s?){1,3}$/u.test(title);
    const w = e.canonical.split(/\s+/);
    return e.type === "person" && w.length >= 2 && words.has(w[0]!) && words.has(w[w.length - 1]!);
  });
  // (an article with no title: the person it names most, in a sixth of its sentences and twice as many as anyone else)
  if (!title) {
    // (a name the analyser could not type counts when the article says it was born or gives its lifespan: "Temüjin was
    // probably born in 1162"; not "Project Apollo", typed a person)
    const born = (e: { canonical: string }) => new RegExp(String.raw`${escapeRegExp(e.canonical)}\s+(?:\([^)]*\)\s+)?(?:was\s+(?:\p{Ll}+\s+)?born|\((?:c\.\s*|born\s+)?\d{3,4}\s*[–-])`, "u").test(a.body);
    const people = [...a.entities.values()].filter((e) => (e.type === "person" || e.type === "name") && everydayRank(e.canonical.split(/\s+/)[0]!) === null && (e.type === "person" || born(e))).sort((x, y) => y.sentences.size - x.sentences.size);
    if (people[0] && people[0].sentences.size >= a.sentences.length / 6 && people[0].sentences.size >= 2 * (people[1]?.sentences.size ?? 0)) found.push(people[0]);
  }
  // ("Taylor Swift" and "Taylor Alison Swift" are one person: the one named most)
  const fl = (e: { canonical: string }) => { const w = e.canonical.split(/\s+/); return `${w[0]} ${w[w.length - 1]}`; };
  if (found.length > 1 && found.every((e) => fl(e) === fl(found[0]!))) found.splice(0, found.length, found.sort((x, y) => y.sentences.size - x.sentences.size)[0]!);
  let r: Subject | null = null;
  if (found.length === 1) {
    const outside = a.body.replace(/“[^”]*”|"[^"]*"/g, " ");
    const m = (outside.match(/\b(?:he|him|his)\b/gi) ?? []).length;
    const f = (outside.match(/\b(?:she|her|hers)\b/gi) ?? []).length;
    const sex = m >= 3 && m >= 2 * f ? "m" : f >= 3 && f >= 2 * m ? "f" : null;
    const name = found[0]!.canonical;
    // named as the article names them most ("Darwin", "Galileo"), in full when others share that word ("Charles Darwin"
    // beside Erasmus Darwin)
    const counts = new Map<string, number>();
    for (const t of a.sentences) for (const x of t.mentions) if (x.canonical === name && !x.inQuote) counts.set(x.text, (counts.get(x.text) ?? 0) + 1);
    let display = [...counts].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0] ?? name;
    const w = name.split(/\s+/);
    if (!display.includes(" ") && (a.surnames.get(foldDiacritics(display).toLowerCase())?.length ?? 0) > 1) display = w.length > 1 ? `${w[0]} ${w[w.length - 1]}` : name;
    if (sex) r = { name, display, sex };
  }
  subjectCache.set(a, r);
  return r;
}

/**
 * "He"/"She"/"His"/"Her" for the person the article is about, when nothing says otherwise: the pronoun is theirs, the
 * sentence before names no one else (or has them, or their pronoun, as its subject), and it opens no new paragraph
 * after a sentence about someone else.
 */
function subjectReferent(a: Analysis, s: SentenceInfo, pronoun: string, depth: number): string | null {
  const subj = articleSubject(a);
  if (!subj || (/^(?:He|His)$/.test(pronoun) ? "m" : "f") !== subj.sex) return null;
  const prev = a.sentences[s.index - 1];
  if (!prev) return null;
  // (an untyped name may be a person: "The sira was written by Ibn Ishaq. He ...")
  const others = prev.mentions.filter((x) => !x.inQuote && (x.type === "person" || x.type === "name") && !isSubjectName(a, x));
  if (others.length === 0) {
    // a sentence that names no one passes on the person named last, when that is the subject ("Woods almost certainly
    // will end ... Even giving himself a chance on Saturday was a minor miracle. He hit only five fairways" is Woods)
    for (let i = s.index - 1; i >= Math.max(0, s.index - 6); i--) {
      const named = a.sentences[i]!.mentions.filter((x) => !x.inQuote && (x.type === "person" || isSubjectName(a, x)));
      if (named.length) return named.every((x) => isSubjectName(a, x)) ? subj.display : null;
    }
    // (the article opens on the pronoun of the person its title names: "She hails from a land with no real mountains")
    return s.index <= 6 && a.title ? subj.display : null;
  }
  // the sentence before has the subject, or their pronoun, as its own subject ("Muhammad married Khadija, a widow. He ...")
  const ps = mainSubject(prev.text, prev.tags);
  if (ps && prev.mentions.some((x) => x.start >= ps.start && x.end <= ps.end && isSubjectName(a, x)) && !others.some((x) => x.start >= ps.start && x.end <= ps.end)) return subj.display;
  if (depth >= 3) return null;
  const back = leadingPronounName(a, prev, prev.text, depth + 1);
  return back && /^(?:He|She|he|she)$/.test(back.word) && back.name === subj.display ? subj.display : null;
}

function pronounReferent(a: Analysis, s: SentenceInfo, clause: string, depth = 0, lead = ""): Referent | null {
  // "The department is resurfacing ...": the article's one organisation named with that word ("the Transportation Department")
  // (not when the name goes on: "The Society for the Protection of Birds met ..." had become "The Society for the Protection
  // of Birds for the Protection of Birds met ...")
  const dept = /^The (department|agency|ministry|society|association|foundation|committee|commission|Department|Agency|Ministry|Society|Association|Foundation|Committee|Commission)\b(?!\s+(?:for|of|on|to)\s|\s+\p{Lu})/u.exec(clause);
  if (dept && /^The\s/.test(s.text)) {
    const head = dept[1]!.charAt(0).toUpperCase() + dept[1]!.slice(1).toLowerCase();
    const orgs = [...a.entities.values()].filter((e) => e.type === "organisation" && new RegExp(`\\b${head}\\b`).test(e.canonical));
    return orgs.length === 1 ? { word: dept[0], name: `The ${orgs[0]!.canonical.replace(/^The\s+/, "")}` } : null;
  }
  const prev = a.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  // only a pronoun that opens the sentence: a later clause's ("..., and it now flows ...") may point inside it
  const word = escapeRegExp(/^\S+/.exec(clause)?.[0] ?? "");
  // (after a connective: "But he nonetheless offered ...")
  if (!new RegExp(`^${escapeRegExp(lead)}(?:(?:But|And|Yet|So|However|Still|Then|Later|Instead|Nonetheless)\\b,?\\s+)?${word}\\s`, "i").test(s.text.trimStart())) return null;
  // "It calls for ..." after "The declaration cemented ...": the previous sentence's subject, when it
  // is one singular thing named at its start (not "It is ..." / "It was ..." with no referent, nor
  // "It is the second-longest river" after "The biggest city on the river is Cologne").
  // "They are ..." after "Chloroplasts are ...": a plural subject the same way.
  // "It is the second-longest river in Central Europe" in an article that opens "The Rhine ... is a
  // European river": the article's subject, when the predicate's noun is the one its first sentence
  // defines it by, and the sentence before is not about another such thing
  const itIs = /^It\s+(?:is|was)\s+(?:the|a|an)\s+((?:[\p{Ll}-]+\s+){0,3}?)(\p{Ll}{3,})(?=\s+(?:in|of|on|at|to|from|after|since|that|which|with)\b|\s*[,.(])/u.exec(clause);
  if (itIs && s.index > 1) {
    const first = a.sentences[0]!;
    const subj = mainSubject(first.text, first.tags);
    const def = subj ? new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?${escapeRegExp(itIs[2]!)}\b`, "u").test(first.text.slice(subj.end)) : false;
    const prevSubj = mainSubject(prev.text, prev.tags);
    // (its head, before any phrase on it: "The largest city on the river Rhine" is about a city)
    const prevAbout = prevSubj ? new RegExp(String.raw`\b${escapeRegExp(itIs[2]!)}\b`).test(prev.text.slice(prevSubj.start, prevSubj.end).split(/\s(?:on|in|of|at|along|near|from)\s/)[0]!) : true;
    if (subj && def && !prevAbout && first.paragraph === s.paragraph) {
      const name = first.text.slice(subj.start, subj.end).replace(/\s*\([^)]*\)\s*$/, "");
      if (/^(?:The\s)?\p{Lu}/u.test(name) && name.split(/\s+/).length <= 6 && !/[,;]/.test(name)) return { word: "It", name };
    }
  }
  const it = /^(It|They)\s+(\p{Ll}+)/u.exec(clause);
  if (it && (it[1] === "They" ? !/^(?:say|said|claim|claimed)$/.test(it[2]!) : !/^(?:is|was|has|had|seems|appears|remains|will|would|can|could|may|might)$/.test(it[2]!))) {
    const plural = it[1] === "They";
    // the sentence before opened with the same pronoun: the same referent, when it had one
    if (new RegExp(`^${it[1]}\\s`).test(prev.text)) return depth < 4 ? named(leadingPronounName(a, prev, prev.text, depth + 1), it[1]!) : null;
    const subj = mainSubject(prev.text, prev.tags);
    if (!subj || subj.start !== 0) return null;
    // (its head is before any phrase on it: "The control of the patents is crucial ..." is no plural for "They include ...",
    // which had made "The control of the patents include Editas Medicine ...", blind44)
    const core = prev.tags.filter((t) => t.start >= subj.start && t.end <= subj.end);
    const last = core[core.length - 1];
    const cut = core.findIndex((t, k) => k > 0 && t.pos === "ADP");
    const head = cut > 0 ? core[cut - 1] : last;
    if (!last || !head || !(last.pos === "NOUN" || last.pos === "PROPN") || !(head.pos === "NOUN" || head.pos === "PROPN")) return null;
    // (a plural common noun capitalised at the start is tagged a name: "Chloroplasts are ...")
    const common = head.pos === "NOUN" || (head.start === 0 && a.sentences.some((x) => x.tokens.some((t) => t.text === head.text.toLowerCase())));
    if (plural ? !(common && /[^s]s$/.test(head.text)) : head.pos === "NOUN" && /s$/.test(head.text)) return null;
    if (core.some((t) => t.pos === "PRON" || t.pos === "CCONJ" || t.text === ",") || core.length > 6) return null;
    const text = prev.text.slice(subj.start, last.end);
    if (!/^(?:The\s|\p{Lu})/u.test(text)) return null;
    return { word: it[1]!, name: text };
  }
  // "The company said ..." after a sentence about Nordvolt: the article's one subject of that kind
  const the = /^The (company|firm|country|nation|group)\b/.exec(clause);
  if (the) {
    const kinds = SUBJECT_KINDS[the[1]!]!;
    const subjects = [...a.trivial].map((k) => a.entities.get(k)).filter((e) => !!e && kinds.includes(e.type) && /^\p{Lu}/u.test(e.canonical) && e.canonical.split(/\s+/).length <= 4);
    if (subjects.length !== 1) return null;
    return { word: the[0], name: subjects[0]!.canonical };
  }
  const m = /^(He|She|His|Her)\b/.exec(clause);
  if (!m) return null;
  const people = prev.mentions.filter((x) => x.type === "person" && !x.inQuote);
  const names = new Set(people.map((x) => x.canonical));
  // "He died in 1227." after "He was the second-oldest son ...": a sentence that names nobody and
  // opens with the same person's pronoun passes its referent on
  const same = /^(?:He|His)$/.test(m[1]!) ? /^(?:He|His)\s/ : /^(?:She|Her)\s/;
  if (names.size === 0 && same.test(prev.text) && depth < 4) {
    const r = leadingPronounName(a, prev, prev.text, depth + 1);
    if (!r) return null;
    const name = r.name.replace(/’s$/, "");
    return { word: m[1]!, name: /^(?:His|Her)$/.test(m[1]!) ? `${name}’s` : name };
  }
  // "He died in 1227." after "Before Genghis Khan died, he assigned Ögedei Khan ...": the person
  // named before the sentence's own subject pronoun, when only one is
  if (names.size !== 1) {
    const own = new RegExp(`^[^,"“]{3,60},\\s+(${/^(?:He|His)$/.test(m[1]!) ? "he" : "she"})\\s+\\p{Ll}+`, "u").exec(prev.text);
    if (!own) return null;
    const at = own[0].length - own[0].trimStart().length + own[0].lastIndexOf(own[1]!);
    // (a name the analyser could not type counts when it is the subject of a verb: "Genghis Khan died")
    // (the tagger may call a past tense an adjective: "Tomas Varga retired from ...")
    const verbAfter = (x: Mention) => {
      const t = prev.tags.find((y) => y.start > x.end);
      return !!t && (t.pos === "VERB" || t.pos === "AUX" || /^\p{Ll}+ed$/u.test(t.text));
    };
    const before = prev.mentions.filter((x) => !x.inQuote && x.end <= at && (x.type === "person" || x.type === "name"));
    if (new Set(before.map((x) => x.canonical)).size !== 1) return null;
    const one = before[0]!;
    if (one.type === "name" && !verbAfter(one)) return null;
    const name = bearerOf(a, one, m[1]!);
    if (!name) return null;
    return { word: m[1]!, name: /^(?:His|Her)$/.test(m[1]!) ? `${name}’s` : name };
  }
  if (names.size !== 1) return null;
  const first = people[0]!;
  // (nor someone the sentence marks as of the other sex: "She ..." after "Taylor has a younger brother, actor Austin Swift")
  if (sexOf(prev.text, first) === (/^(?:He|His)$/.test(m[1]!) ? "f" : "m")) return null;
  const before = prev.text.slice(0, first.start).trim();
  if (before && !/^(?:[A-Z][\p{Ll}]*\s+){0,3}$/u.test(`${before} `) && !/,$/.test(before)) return null;
  // no other person earlier in this sentence's clause
  const name = bearerOf(a, first, m[1]!);
  if (!name) return null;
  return { word: m[1]!, name: /^(?:His|Her)$/.test(m[1]!) ? `${name}’s` : name };
}

/**
 * The person a mention stands for, for a pronoun of the given sex: its full name, or, for a surname two people of the
 * article share ("Wein" beside George and Joyce Wein), the one whose given name is of the pronoun's sex, else no one
 * ("He also hired ..." had been given to Joyce Wein, the bearer named last: blind27).
 */
function bearerOf(a: Analysis, x: Mention, pronoun: string): string | null {
  if (!x.ambiguous) return x.canonical;
  const sex = /^(?:He|His|he|his)$/.test(pronoun) ? "m" : "f";
  const owners = a.surnames.get(foldDiacritics(x.text.split(/\s+/).pop()!).toLowerCase()) ?? [];
  const fits = [...new Set(owners)].filter((o) => sexOfGivenName(o.split(/\s+/)[0]!) === sex);
  return fits.length === 1 ? fits[0]! : null;
}

const nameWordCache = new WeakMap<Analysis, Set<string>>();
/** Every word of the article's names ("Bush" of "George H.W. Bush"): a capitalised word that may not be lower-cased. */
function nameWordsOf(a: Analysis): Set<string> {
  let set = nameWordCache.get(a);
  if (!set) {
    set = new Set();
    for (const e of a.entities.values()) for (const w of e.canonical.split(/\s+/)) set.add(w);
    nameWordCache.set(a, set);
  }
  return set;
}

/** How many names of the article end in a document's word ("Twenty-second Amendment", "Twenty-fifth Amendment": 2), once per word. */
const documentsHeaded = memoPerObject((a: Analysis, head: string): number => new Set([...a.entities.values()].filter((e) => e.canonical === head || e.canonical.endsWith(` ${head}`)).map((e) => e.canonical)).size);

/**
 * The surnames two or more of the article's people share, with those people and how many sentences name each: "Gee" ->
 * Albert Gee, David Gee. Worked out once per article; most articles have none, and then no stem is looked at.
 */
const SHARED_SURNAMES = new WeakMap<Analysis, Map<string, { name: string; sentences: number }[]>>();
function sharedSurnames(a: Analysis): Map<string, { name: string; sentences: number }[]> {
  let shared = SHARED_SURNAMES.get(a);
  if (!shared) {
    const by = new Map<string, { name: string; sentences: number }[]>();
    for (const e of a.entities.values()) {
      if (e.type !== "person") continue;
      const words = e.canonical.split(/\s+/);
      if (words.length < 2) continue;
      const list = by.get(words[words.length - 1]!) ?? [];
      // (one whose full name stands only inside a longer one is no person of its own here: "the George and Joyce Wein Jazz
      // & Heritage Center")
      const alone = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(e.canonical)}(?!\s+\p{Lu}|[\p{L}])`, "u");
      if ([...e.sentences].some((i) => alone.test(a.sentences[i]?.text ?? "")) && !list.some((x) => x.name === e.canonical)) list.push({ name: e.canonical, sentences: e.sentences.size });
      by.set(words[words.length - 1]!, list);
    }
    shared = new Map([...by].filter(([, people]) => people.length >= 2));
    SHARED_SURNAMES.set(a, shared);
  }
  return shared;
}

/**
 * "Gee returned to the U.S. with his godfather": which Gee, when the article has two people of that surname (Albert Gee
 * and David Gee, "no relation", blind33: the reader rejected all six) and the stem gives neither first name.
 */
function sharedSurname(a: Analysis, stem: string): boolean {
  const by = sharedSurnames(a);
  if (!by.size) return false;
  for (const x of stem.matchAll(/(?<![\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu)) {
    const owners = by.get(x[1]!);
    if (!owners) continue;
    // (a family of whom the article is about one: "Darwin" is Charles Darwin beside Robert and Erasmus, by the article's
    // own usage; only two or more of them met about as often leave it open)
    const counts = owners.map((o) => o.sentences).sort((p, q) => q - p);
    if (counts[0]! > 2 * counts[1]!) continue;
    // (a man and a woman of one name, a couple or a parent and child, are told apart by "he" and "she" around the name:
    // "Wein and his wife Joyce")
    const sexes = new Set(owners.map((o) => sexOfPerson(a, o.name) ?? "?"));
    if (!sexes.has("?") && sexes.size === owners.length) continue;
    // (a first name right before it, or any of the owners' first names in the stem, says which)
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(stem.slice(0, x.index))) continue;
    if (owners.some((o) => new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(o.name.split(/\s+/)[0]!)}(?![\p{L}])`, "u").test(stem))) continue;
    return true;
  }
  return false;
}

/** Lower-case word (lemma) -> the first sentence that uses it and how many sentences do, in one pass per article. */
const WORD_USES = new WeakMap<Analysis, Map<string, { first: number; sentences: number }>>();
function wordUsesOf(a: Analysis): Map<string, { first: number; sentences: number }> {
  let map = WORD_USES.get(a);
  if (!map) {
    map = new Map();
    for (const x of a.sentences)
      for (const l of new Set([...x.text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}-]{2,}(?![\p{L}])/gu)].map((w) => lemmaOf(w[0])))) {
        const u = map.get(l);
        if (u) u.sentences++;
        else map.set(l, { first: x.index, sentences: 1 });
      }
    WORD_USES.set(a, map);
  }
  return map;
}

/** A verb or a function word is no part of a "the" phrase: "The doctors said that based on ...", "The doctors were turned". */
const NOT_PHRASE = "that|this|these|those|which|who|whom|whose|what|said|says|say|told|tells|also|then|and|but|or|nor|not|has|have|had|is|was|are|were|be|been|will|would|can|could|may|might|must|should|did|does|do|if|when|while|because|after|before|since|until|there|here|it|they|he|she|we|you|i";
/** The subject a question opens with, when it is "the" and common nouns: "The species was ...", "Where was the species found?". */
const DEFINITE_SUBJECT = new RegExp(String.raw`^(?:(?:What|Who|Whom|When|Where|Which|Why|How(?:\s+(?:many|much|long|often))?)\s+(?:\p{Ll}+\s+)?(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\s+)?[Tt]he\s+((?:(?!(?:of|in|at|on|for|from|with|to|and|or|by|as|${NOT_PHRASE})\s)\p{L}[\p{Ll}-]*\s+){0,2})(?!(?:${NOT_PHRASE})\b)(\p{Ll}[\p{Ll}-]{2,})(?=\s*,|\s+(?:\p{Ll}+ly\s+)?(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|should|did|does|do|remains|includes|contains|lies|runs|becomes|comes|goes|takes|makes|shows|seems|appears|means|marks|features|\p{Ll}{2,}ed)\b)`, "u");
/** Words before the noun that make the phrase say which one by itself ("The first ...", "The highest ...") or mark a time. */
const SELF_NAMING_MODIFIER = /\b(?:first|second|third|last|only|next|main|same|following|previous|current|original|entire|whole|modern|\p{Ll}+est|most|top|former|latter)\b/u;
const TIME_HEADS = new Set(["year", "month", "week", "day", "century", "decade", "time", "morning", "afternoon", "evening", "night", "world", "public", "government", "police", "court", "weather", "sun", "moon", "earth", "sea", "ocean", "internet"]);

/**
 * "The sale is being done in two steps", "The teams were tied after ...", "The conspiracy charge is punishable ...":
 * a subject of "the" and common nouns that an earlier sentence introduced points back to it, and the question does not
 * say which sale (blind36-41: the readers rejected 29 of the 75 stems that open so, most as unresolved). The noun the
 * article's first sentence defines its subject by ("Raith Rovers Football Club is a ... football club": "The club")
 * is the subject, which the reader knows.
 */
function anaphoricDefinite(a: Analysis, stem: string, s: SentenceInfo): boolean {
  const x = DEFINITE_SUBJECT.exec(stem.trim());
  if (!x) return false;
  const mods = x[1] ?? "";
  const head = lemmaOf(x[2]!);
  // (a capitalised word before the noun is a nationality, "The French duo", or an owner, "The Facebook-owned company",
  // or the phrase is a name)
  if (mods.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !lookupDemonym(w) && !/^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(w))) return false;
  if (SELF_NAMING_MODIFIER.test(mods) || TIME_HEADS.has(head)) return false;
  // (the noun an earlier sentence used, or its own sentence before the clause the stem was cut to: "The generic name Okapia
  // derives ..., while the specific name (johnstoni) is in recognition of Johnston" -> "The specific name is in recognition
  // of _____", blind42)
  const first = wordUsesOf(a).get(head)?.first;
  const cutAt = s.text.indexOf(`${mods}${x[2]!}`);
  const earlierInSentence = cutAt > 0 && containsTerm(s.text.slice(0, cutAt), x[2]!) && !stem.includes(s.text.slice(0, cutAt).trim().slice(0, 20));
  // (a noun that always points back, "The French duo", "The conspiracy charge", needs no earlier mention)
  const alwaysPoints = POINTER_NOUNS.has(head) || POINTER_NOUNS.has(x[2]!.toLowerCase()) || /\b(?:two|three|four|five|six|both)\s/.test(mods);
  if (!alwaysPoints && !earlierInSentence && (first === undefined || first >= s.index)) return false;
  // (the article's subject: a word of its title, "The war" in "French and Indian War", "The prime numbers" in "Prime
  // number"; or the noun its first sentence defines it by, before or as the head: "The river length" in "The Rhine ... is
  // a European river")
  const words = [...mods.trim().split(/\s+/).filter(Boolean).map(lemmaOf), head];
  const { subjectWords, kindWords, nameStem } = subjectWordsOf(a);
  if (words.some((w) => subjectWords.has(w) || kindWords.has(w))) return false;
  // (a stem that names the subject says which: "The species was placed in its own subfamily Okapiinae" in "Okapi", not
  // "The species was originally found in several lakes" in "Axolotl", blind41/42)
  if (nameStem && stem.toLowerCase().includes(nameStem)) return false;
  // (the one name of the article with that word, "the declaration" in a story on the Shusha Declaration; with two or more,
  // "the lake" beside Lake Constance and the Upper Lake, it stays open)
  return namesWithWord(a, head) !== 1;
}

/**
 * The words that name the article's subject, which a "the" phrase may use without pointing back: the title's ("The
 * doctors said ..." under "Doctors offer to give free flu shots ...", blind42: kept 2 of 3); with no title, the name the
 * first sentence defines, "The French and Indian War (1754–1763) was the ..."; and the kind it says the subject is, "Steam
 * engines are external combustion engines", with its other words (a club's "team"). Not a news lead's own phrase that the
 * title lacks.
 */
type SubjectWords = { subjectWords: Set<string>; kindWords: Set<string>; nameStem: string };
const SUBJECT_WORDS = new WeakMap<Analysis, SubjectWords>();
function subjectWordsOf(a: Analysis): SubjectWords {
  let hit = SUBJECT_WORDS.get(a);
  if (!hit) {
    const opening = a.sentences[0];
    const defines = opening ? /\b(?:is|was|are|were)\b/.exec(opening.text) : null;
    const subject = `${a.title} ${defines ? (opening!.text.slice(0, defines.index).match(/\p{Lu}[\p{L}-]*/gu) ?? []).join(" ") : ""}`;
    const kind = defines ? opening!.text.slice(defines.index) : "";
    hit = {
      subjectWords: new Set((subject.match(/\p{L}[\p{L}-]*/gu) ?? []).map(lemmaOf)),
      kindWords: new Set((kind.match(/\p{L}[\p{L}-]*/gu) ?? []).flatMap((w) => [lemmaOf(w), ...(KIND_SYNONYMS[lemmaOf(w)] ?? [])])),
      // (a one-word title names the subject, and its words start with it: "Okapi", "Okapia", "Okapiinae")
      nameStem: /^\p{L}{4,}$/u.test(a.title.trim()) ? a.title.trim().toLowerCase() : "",
    };
    SUBJECT_WORDS.set(a, hit);
  }
  return hit;
}

/** Nouns of events and acts that, as a bare "the" object, point to where an earlier sentence told of them. */
const OBJECT_POINTER_NOUNS = new Set(["change", "outcome", "victim", "strike", "attack", "meeting", "treaty", "deal", "agreement", "plan", "proposal", "decision", "move", "incident", "event", "sale", "accident", "crash", "trial", "policy", "announcement", "weapon", "ruling"]);
const DEFINITE_OBJECT = /(?<!^)\b[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})(?=\s*[,.;:?!)]|\s+(?:and|or|but|as|after|before|when|while|because|since|until|so)\b|\s*$)/gu;

/**
 * "... announced two days of mourning for the victims", "... not expected to send anyone to the meeting", "China is classed
 * as a developing country under the treaty": a bare "the" object naming an event or an act an earlier sentence told of,
 * (perhaps in other words), and that the article does not come back to, points back (blind44-45: the readers kept 5 of 18
 * such stems, and those were the attack or the trial the whole article is about, which it names in four sentences or more).
 */
function anaphoricObject(a: Analysis, stem: string, s: SentenceInfo): boolean {
  const outside = stem.replace(/“[^”]*”|"[^"]*"/g, " ");
  const { subjectWords, kindWords } = subjectWordsOf(a);
  for (const x of outside.matchAll(DEFINITE_OBJECT)) {
    const head = lemmaOf(x[1]!);
    if (!OBJECT_POINTER_NOUNS.has(head) || subjectWords.has(head) || kindWords.has(head)) continue;
    // (an earlier sentence may have told of it in other words: "meet for COP30" before "the meeting"; the stem's own
    // sentence may name it before the clause it was cut to)
    if (s.index === 0 || containsTerm(s.text.slice(0, Math.max(0, s.text.indexOf(x[0]))), x[1]!)) continue;
    // (a leading phrase that only sets the scene holds no part of the fact: "Speaking at the event, Zafer Sırakaya ... said")
    const lead = /^(?:\p{Lu}\p{Ll}+ing|At|In|During|After|Before)\b[^,]*,/u.exec(outside);
    if (lead && (x.index ?? 0) < lead[0].length) continue;
    if ((wordUsesOf(a).get(head)?.sentences ?? 0) >= 4 || namesWithWord(a, head) === 1) continue;
    return true;
  }
  return false;
}

/** Nouns that point back with or without words before them; "The species" does unless the stem names the subject. */
const POINTER_NOUNS = new Set([...BARE_POINTER_NOUNS.split("|"), "species"]);

/** Other words for the kind an article's subject is: a club's "team", a programme's "show" (blind36: "The team had been ..." was kept). */
const KIND_SYNONYMS: Record<string, string[]> = { club: ["team", "side"], programme: ["show", "series"], program: ["show", "series"], company: ["firm"], band: ["group"], film: ["movie"], movie: ["film"] };

/** How many of the article's names have a word ("Declaration" of "Shusha Declaration"), once per word. */
const namesWithWord = memoPerObject((a: Analysis, lemma: string): number => {
  let n = 0;
  for (const e of a.entities.values()) if (e.canonical.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && lemmaOf(w) === lemma)) n++;
  return n;
});

/**
 * A name the stem leaves open, where the article has two or more: a bare surname two people share (`sharedSurname`), and
 * "Since the amendment's adoption, ...", "The treaty allows ...": which one, when the article names two or more documents
 * with that word (the Twenty-second and the Twenty-fifth Amendment, blind26: the reader rejected all seven) and
 * the stem names none. With one ("the declaration" in a story on the Shusha Declaration) the stem is clear.
 */
function unnamedReferent(a: Analysis, stem: string, s?: SentenceInfo): RejectReason | null {
  if (sharedSurname(a, stem)) return "unresolved-pronoun";
  if (s && anaphoricDefinite(a, stem, s)) return "unresolved-pronoun";
  if (s && anaphoricObject(a, stem, s)) return "unresolved-pronoun";
  if (!/\b[Tt]he\s/.test(stem)) return null;
  const outside = stem.replace(/“[^”]*”|"[^"]*"/g, " ");
  const re = /\b[Tt]he\s+(\p{Ll}+)(?:['’]s)?\b(?!\s+(?:of|that|which|who|to|for|on|in)\b)/gu;
  for (let x = re.exec(outside); x; x = re.exec(outside)) {
    const head = x[1]!.charAt(0).toUpperCase() + x[1]!.slice(1);
    if (!DOC_HEADS.has(head)) continue;
    if (new RegExp(String.raw`\p{Lu}[\p{L}-]*\s+${head}\b`, "u").test(outside)) continue;
    if (documentsHeaded(a, head) >= 2) return "unresolved-pronoun";
  }
  return null;
}

/** A capitalised name of up to four words, as an item of a comma list. */
const LIST_ITEM = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const LIST_RUN_BEFORE = new RegExp(String.raw`(?:${LIST_ITEM}\s*,\s*)+$`, "u");
const LIST_RUN_AFTER = new RegExp(String.raw`^(?:\s*,\s*(?:(?:and|or)\s+)?${LIST_ITEM}|\s+(?:and|or)\s+${LIST_ITEM})+`, "u");
const LIST_ITEMS = new RegExp(LIST_ITEM, "gu");

const LOWER_ITEM = String.raw`\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}`;
const LOWER_RUN_BEFORE = new RegExp(String.raw`(?:${LOWER_ITEM}\s*,\s*)+$`, "u");
const LOWER_RUN_AFTER = new RegExp(String.raw`^(?:\s*,\s*(?:(?:and|or)\s+)?${LOWER_ITEM})+`, "u");
/** A blank among three or more other lower-case items of a list of examples ("include _____, acetic acid, sulfuric acid, and citric acid"). */
const EXAMPLES_LEAD = String.raw`\b(?:include|includes|included|including|such as|like|e\.g\.|for example)`;
const EXAMPLES_ANYWHERE = new RegExp(String.raw`${EXAMPLES_LEAD}\b`, "i");
const EXAMPLES_RIGHT_BEFORE = new RegExp(String.raw`${EXAMPLES_LEAD}\s*$`, "i");
function lowerListSlot(text: string, start: number, end: number): boolean {
  // (cheap tests first: the run patterns are slow on long sentences)
  if ((text.match(/,/g)?.length ?? 0) < 3 || !EXAMPLES_ANYWHERE.test(text)) return false;
  const before = LOWER_RUN_BEFORE.exec(text.slice(0, start))?.[0] ?? "";
  const after = LOWER_RUN_AFTER.exec(text.slice(end))?.[0] ?? "";
  const items = (before.match(/,/g)?.length ?? 0) + (after.match(/,/g)?.length ?? 0);
  const lead = text.slice(Math.max(0, start - before.length - 30), start - before.length);
  return items >= 3 && EXAMPLES_RIGHT_BEFORE.test(lead);
}

/** How many capitalised names stand in a comma list with a key, next to it ("Texas, _____, Oklahoma and Louisiana": 3). */
function listNeighbours(text: string, start: number, end: number): number {
  const before = LIST_RUN_BEFORE.exec(text.slice(0, start))?.[0] ?? "";
  const after = LIST_RUN_AFTER.exec(text.slice(end))?.[0] ?? "";
  const count = (x: string) => (x.match(LIST_ITEMS) ?? []).length;
  return count(before) + count(after);
}

/**
 * Whether a name is one of a list of four or more that the sentence does not count: "the five boroughs – Brooklyn,
 * Queens, _____, The Bronx and Staten Island" is a closed list, every member of it a fact; "films include Diner,
 * _____, Tremors and ..." is open, and any film fits.
 */
function isOpenListItem(text: string, start: number, end: number): boolean {
  if (listNeighbours(text, start, end) < 3) return false;
  const before = LIST_RUN_BEFORE.exec(text.slice(0, start))?.[0] ?? "";
  const lead = text.slice(Math.max(0, start - before.length - 80), start - before.length);
  return !/\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s*(?:[,:–—-]|\(|\s)\s*(?:the\s+|namely\s+)?$/iu.test(lead);
}

const lowerCache = new WeakMap<Analysis, Set<string>>();
/** A capitalised word that is no everyday word and that the article never writes in lower case: a name ("Nordvolt has opened ..."). */
function isUnseenLower(a: Analysis, word: string): boolean {
  let set = lowerCache.get(a);
  if (!set) {
    set = new Set();
    for (const s of a.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) set.add(t.text);
    lowerCache.set(a, set);
  }
  const lower = word.toLowerCase();
  // (a plural is a common noun: "Editorials have denounced ...")
  return lemmaOf(lower) === lower && everydayRank(lower) === null && !set.has(lower);
}

const latestCache = new WeakMap<Analysis, string | null>();
/** Without the article's date, three years after the latest year it names stands in for it: no past event's wrong year goes beyond it. */
function latestYearDate(a: Analysis): string | null {
  let d = latestCache.get(a);
  if (d === undefined) {
    const years = [...a.entities.values()].filter((e) => e.type === "year").map((e) => Number(e.canonical)).filter((y) => Number.isInteger(y) && y > 999 && y < 3000);
    // (a few years on: the article may be written a while after the last year it names)
    d = years.length ? `${Math.max(...years) + 3}-12-31` : null;
    latestCache.set(a, d);
  }
  return d;
}

const quantityCache = new Map<string, ReturnType<typeof findQuantities>>();
/** Every quantity of the article's sentences (for wrong values the article itself states). */
const articleQuantityCache = new WeakMap<Analysis, ReturnType<typeof findQuantities>>();
function articleQuantities(a: Analysis): ReturnType<typeof findQuantities> {
  let q = articleQuantityCache.get(a);
  if (!q) articleQuantityCache.set(a, (q = a.sentences.flatMap((s) => quantitiesOf(s.text))));
  return q;
}

/** The indexes of the article's sentences that name `name` (containsTerm), worked out once per name. */
const namingCache = new WeakMap<Analysis, Map<string, number[]>>();
function sentencesNaming(a: Analysis, name: string): number[] {
  let byName = namingCache.get(a);
  if (!byName) namingCache.set(a, (byName = new Map()));
  let found = byName.get(name);
  if (!found) byName.set(name, (found = a.sentences.filter((o) => containsTerm(o.text, name)).map((o) => o.index)));
  return found;
}

/** The article's values of a quantity's kind and unit, other than its own (sameKindValues), read once per kind and unit. */
const articleValueCache = new WeakMap<Analysis, Map<string, number[]>>();
function articleValuesOf(a: Analysis, q: ReturnType<typeof findQuantities>[number]): number[] {
  let byKind = articleValueCache.get(a);
  if (!byKind) articleValueCache.set(a, (byKind = new Map()));
  const k = `${q.kind}|${(q.unit ?? "").toLowerCase()}`;
  let values = byKind.get(k);
  if (!values) {
    // sameKindValues leaves out the quantity's own value; asked with a value no quantity has, it keeps them all
    values = sameKindValues({ ...q, value: Number.NaN }, articleQuantities(a));
    byKind.set(k, values);
  }
  return values.filter((v) => v !== q.value);
}

function quantitiesOf(sentence: string): ReturnType<typeof findQuantities> {
  let q = quantityCache.get(sentence);
  if (!q) {
    if (quantityCache.size > 20_000) quantityCache.clear();
    q = findQuantities(sentence);
    quantityCache.set(sentence, q);
  }
  return q;
}

const pairCache = new WeakMap<Analysis, Map<string, number>>();
/** How often the article has `first second` as two adjacent words (counted once per article, not per fact). */
function countPair(a: Analysis, first: string, second: string): number {
  let pairs = pairCache.get(a);
  if (!pairs) {
    pairs = new Map();
    for (const s of a.sentences) {
      for (let i = 1; i < s.tokens.length; i++) {
        const k = `${s.tokens[i - 1]!.text} ${s.tokens[i]!.text}`.toLowerCase();
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
    pairCache.set(a, pairs);
  }
  return pairs.get(`${first} ${second}`.toLowerCase()) ?? 0;
}

export type FactContext = { quoteHeavy: boolean; sentencesWith: (term: string) => string[] };

export function factForms(ctx: BuildContext, s: SentenceInfo, m: Mention, fc: FactContext): Candidate[] {
  const { a, pool } = ctx;
  const out: Candidate[] = [];
  const clause = clauseFor(s.text, s.tags, m.start, m.end);
  const ct0 = clauseText(s.text, clause, m.start, m.end);
  if (!ct0) return out;
  let ct = ct0;
  const named = leadingPronounName(a, s, ct0.text);
  // (not when the answer is inside the words replaced: "The _____ oversees ..." for "The Commission")
  const at = named?.at ?? 0;
  if (named && (ct0.start >= at + named.word.length || ct0.end <= at)) ct = replaceOutside(ct0, at, named.word.length, named.name);
  ct = withSubjectNamed(a, s, ct);
  const factKey = factKeyOf(s.text, m.text);
  const importance = importanceOf(a, s, m);
  // the clause must keep a verb of its own ("The Cook Islands and _____." is a list, not a statement)
  const verbless = !hasOwnVerb(s, clause);
  const make = (kind: QuestionKind, prompt: string, form: keyof typeof FORM_SCORE): Candidate =>
    sentenceCandidate(s, {
      kind,
      prompt,
      answer: m.text,
      acceptedAnswers: acceptedFor(a, m),
      score: Math.round(importance * FORM_SCORE[form] * 1000) / 1000,
      topics: [m.type],
      difficulty: 2,
      facet: normalize(m.canonical),
      answerCanonical: m.canonical,
      factKey,
      form,
    });
  // The fact's own reasons, worked out once and copied into each form that shows it.
  const factReasons = ((): RejectReason[] => {
    const r: RejectReason[] = [];
    if (fc.quoteHeavy) r.push("quotation");
    if (m.ambiguous) r.push("answer-ambiguous");
    if (m.type === "concept" && isLightBlank(a, s, m)) r.push("answer-not-content-term");
    // who said it, when what they said is the fact ("According to _____, the BCS is a tangible way ...", "_____ added that
    // another important factor ..."): the pooled reads kept 3 of 15 such blanks, most rejected as incidental
    // (a head of state's or a minister's words are the news: "In a message to the event, President _____ said ...")
    if (m.type === "person" && isSpeakerSlot(s, m) && !/\b(?:President|Prime Minister|Minister|Chancellor|King|Queen|Pope|Secretary|Governor|Mayor)\s+$/.test(s.text.slice(0, m.start)) && !isKnownPolitician(m.canonical)) r.push("quotation");
    // a common noun the text capitalises ("a parliamentary form of _____" -> Government, "both the _____" -> Houses,
    // "each _____" -> House, "women _____" -> Senators): the pooled reads kept 5 of 27 one-word keys that are everyday
    // words no list knows as a name, and those 5 were people and an ocean
    if (capitalisedCommonNoun(a, m)) r.push("answer-not-content-term");
    // a place that names an agreement the article keeps naming so ("the Paris accord", "the Paris agreement" in three
    // sentences): the blank asks the label, not a fact (blind45: 0 of 3 kept, general knowledge)
    if (PLACE_TYPES.has(m.type) && namesItsAgreement(a, s, m)) r.push("general-knowledge");
    for (const x of [m.type === "number" && m.value !== undefined ? null : checkContentTerm(m.text), checkAnswerInEvidence(m.text, s.text), checkWholeName(s.text, m.start, m.end), checkNotTrivial(m.canonical, a.trivial)]) if (x) r.push(x);
    if (isCutBadly(s, m) || endsOnVerb(s, m)) r.push("answer-fragment");
    if (inBracketAside(s, m)) r.push("answer-trivial");
    // a one-word name built on the article's one-word title gives itself away ("_____ johnstoni" -> Okapia, "its own
    // subfamily _____" -> Okapiinae in "Okapi": the blind42 reader rejected all three); a longer name says more ("The _____
    // was established in 1987 to protect okapi populations" -> Okapi Conservation Project was kept)
    const { nameStem } = subjectWordsOf(a);
    if (nameStem && !/\s/.test(m.text.trim()) && foldDiacritics(m.text).toLowerCase().startsWith(nameStem) && normalize(m.canonical) !== normalize(a.title)) r.push("answer-trivial");
    // a name met once that only modifies the noun after it ("opposed the _____ peace talks" -> Madrid, "the _____ calendar" -> Maya,
    // "traditional _____ programming" -> TV): readers kept 8 of 45; one the article comes back to stays ("the _____ mechanism" -> Antikythera)
    if (nameAsModifier(s, m) && !recurs(a, m.text)) r.push("answer-trivial");
    if (verbless) r.push("stem-fragment");
    // a country's capital is general knowledge ("New Zealand's capital city is _____")
    if (m.type === "city" && /\bcapital\b/i.test(ct.text)) r.push("general-knowledge");
    // a place beside the place that holds it or that it holds is given by the other ("in _____, Denmark"
    // -> Copenhagen, "Cornwall, _____, United Kingdom" -> England)
    if (besideAPlace(s, m)) r.push("general-knowledge");
    // the years of a life span of someone the article is not about ("Mary Hanley (1914-_____)"): trivia
    if (m.type === "year" && /\p{Lu}[\p{L}'’-]+\s*\(\s*(?:\d{3,4}\s*[-–]\s*)?$/u.test(s.text.slice(0, m.start)) && /^\s*(?:[-–]\s*\d{3,4}\s*)?\)/.test(s.text.slice(m.end)) && /[-–]/.test(s.text.slice(Math.max(0, m.start - 8), m.end + 8))) {
      const who = s.mentions.find((x) => x.type === "person" && x.end <= m.start && /^\s*\(\s*(?:\d{3,4}\s*[-–]\s*)?$/.test(s.text.slice(x.end, m.start)));
      if (who && !a.trivial.has(normalize(who.canonical))) r.push("answer-trivial");
    }
    // a person whose later title spells the surname out ("with _____, now Lord Baker of Dorking," -> Kenneth Baker)
    const later = /^,\s+(?:now|later)\s+(?:Lord|Lady|Sir|Dame|Baron|Baroness)\s+(\p{Lu}[\p{L}'’-]+)/u.exec(s.text.slice(m.end));
    if (m.type === "person" && later && m.text.split(/\s+/).pop() === later[1]) r.push("answer-in-stem");
    // the year a figure is compared with ("nearly 50 percent more than in _____", "up from 6.6 percent in _____"): a side detail
    // ("up 33% from $123 million in _____")
    if (m.type === "year" && /\b(?:than\s+in|than|(?:up|down)\s+(?:[\d.,]+\s*(?:%|percent|per cent)\s+)?from\s+[^,;]{1,40}?\s+in|compared\s+(?:with|to)(?:\s+[^,;]{1,40}?\s+in)?)\s+$/.test(s.text.slice(0, m.start))) r.push("answer-trivial");
    // the date a statistic is counted to ("over 200 million records sold as of _____"): a side detail of the figure
    if ((m.type === "year" || m.type === "date") && /\bas of\s+$/i.test(s.text.slice(0, m.start)) && /\d/.test(s.text.slice(0, m.start))) r.push("answer-trivial");
    // ... and the date a claim is stamped with ("As of 2015, Microsoft is market-dominant ..."): blind31 read 3 of 3 as incidental
    if ((m.type === "year" || m.type === "date") && /(?:^|[.;:]\s+|,\s+)[Aa]s of\s+$/.test(s.text.slice(0, m.start))) r.push("answer-trivial");
    // the change between two figures the stem gives ("$163 million, which was up _____ from $123 million")
    if (m.type === "number" && /%|percent|per cent/.test(m.text + s.text.slice(m.end, m.end + 9)) && /\b(?:up|down|rose|fell|increased|decreased|grew)\s+(?:by\s+)?$/.test(s.text.slice(0, m.start)) && /^\s*(?:%|percent|per cent)?\s*from\s+[$€£]?\d/.test(s.text.slice(m.end)) && /[$€£]?\d[\d,.]*\s*(?:million|billion)?[^%\d]{0,40}$/.test(s.text.slice(0, m.start).replace(/\s*(?:,\s*which\s+was|was|were|is)?\s*(?:up|down|rose|fell|increased|decreased|grew)\s+(?:by\s+)?$/, ""))) r.push("answer-trivial");
    // a word of the title: the article is about it ("lifting _____" in "United States to Lift Sudan Sanctions")
    // (or another form of one: "quantum computer" under "the Countdown to Quantum Computing")
    if (m.type === "concept" && a.title && contentWords(m.text).length > 0 && contentWords(m.text).every((w) => contentWords(a.title!).some((t) => sameWordStem(t, w)))) r.push("answer-trivial");
    // ... and a one-word name of the same stem ("early _____" -> Impressionists under "Impressionism", "_____ videos" -> Gaming
    // under "... Betting on eSports Gaming"): blind32 and the judged reads kept 1 of 6 (a person's name stays: "Watney")
    else if (m.type !== "person" && a.title && /^\p{Lu}[\p{Ll}-]{5,}$/u.test(m.text) && contentWords(a.title).some((t) => sameWordStem(t, m.text.toLowerCase()))) r.push("answer-trivial");
    // (a name, typed or written as one: "Joe Carbone" may come as an object phrase)
    const nameLike = (m.type === "person" || m.type === "name" || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(m.text));
    // a name right after a quotation's closing mark ("“... amazing,” _____, senior science advisor for ESA."): who said it
    if (nameLike && /[,.!?]\s*[”"]\s*$/u.test(s.text.slice(0, m.start))) r.push("answer-trivial");
    // anything else in the attribution after a quotation ("“...,” says Rosetta’s former mission manager _____",
    // "“...,” says Andrea Accomazzo, head of _____’s solar ... division", "..., who has been involved ... for
    // over _____ years"): who said it and what their job is, not the fact (", adding that ..." is one)
    // (the comma may stand after the closing mark: "“We are looking at a worldwide silent invasion”, said _____ scientist
    // Dr. Maria Miglietta", blind43)
    // (only after words quoted whole, and with a verb of saying: 'referred to it as a "horse", Sclater named ...' is no attribution)
    const before = s.text.slice(0, m.start);
    const commaAfter = /[“"](?:[^”"“\s]+\s+){3,}[^”"“]*[”"]\s*,\s*([^”"“]*)$/u.exec(before)?.[1];
    const attribution = /[,.!?…]\s*[”"]\s*([^”"“]*)$/u.exec(before)?.[1] ?? (commaAfter !== undefined && SPEECH_VERB_IN.test(commaAfter) ? commaAfter : undefined);
    if (attribution !== undefined && attribution.trim() && attribution.trim().split(/\s+/).length <= 20 && (SPEECH_VERB_IN.test(attribution) || /^\p{Lu}/u.test(attribution)) && !/\b(?:adding|that|and|but|because|while)\b/.test(attribution) && !/[.!?;:]\s/.test(attribution.replace(/\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|Inc|Co|Corp|Ltd|U\.S)\./g, ""))) r.push("answer-trivial");
    // the word that names what a name is, right before it ("collides with _____ 67P/Churyumov-Gerasimenko" -> comet)
    if (m.type === "concept" && /^\p{Ll}+$/u.test(m.text) && /^\s+(?:\p{Lu}|\d+\p{Lu})/u.test(s.text.slice(m.end))) r.push("answer-trivial");
    // the attribution after a quote or a claim ("..., said _____.", "says _____."): who said it, not the fact
    if (nameLike && /\b(?:said|says|adds|added|noted|explained|according to)\s+$/.test(s.text.slice(0, m.start)) && /^\s*(?:,\s*(?:who|whose|an?|the|\p{Ll}+\s+(?:of|for|at))\b[^.!?]*)?(?:[.!?]|,\s*(?:and|but)\b|\s*$)/u.test(s.text.slice(m.end))) r.push("answer-trivial");
    return r;
  })();
  const base = (): RejectReason[] => [...factReasons];
  const stemAliases = [m.canonical, ...aliasesOf(m.canonical)].filter((x) => normalize(x) !== normalize(m.text));
  const demonymCountry = m.type === "nationality" ? lookupDemonym(m.text)?.name : undefined;
  const e = a.entities.get(normalize(m.canonical));
  const entityAliases = [...(e?.aliases ?? [])].filter((x) => normalize(x) !== normalize(m.text));
  // a country's own demonym in the stem gives it away ("the Italian equivalent ... incorporated in _____")
  const countryDemonym = m.type === "country" ? lookupGazetteer(m.canonical)?.demonym : undefined;
  const aliasesForStem = m.type === "person" ? [m.canonical] : [...stemAliases, ...entityAliases, ...(demonymCountry ? [demonymCountry] : []), ...(countryDemonym ? [countryDemonym] : [])];
  const stemChecks = (prompt: string): RejectReason[] =>
    [checkStemLength(prompt), checkAnswerNotInStem(prompt, m.text, aliasesForStem, wordStartsOf(a)), checkNoUnresolvedPronoun(prompt) ?? unnamedReferent(a, prompt, s), hasUnpairedQuote(prompt) ? ("quotation" as const) : null, opensAsFragment(prompt) ? ("stem-fragment" as const) : null].filter((x): x is RejectReason => !!x);

  // Distractors, shared by the choice forms and the false statement.
  // An untyped name gets no wrong answers: a list of other names of unknown kind
  // mixes people, places and books. It is asked as a cloze or a typed question.
  const untyped = m.type === "name";
  // A wrong person is of the key's era and sex when the article or the names say them: no one the article dates to
  // another era (Franklin D. Roosevelt, 1940-1944, for "_____ in 1868"), no men for "Kevin Bacon's mother, _____"
  // (a name the analyser left untyped counts when its fine type is a person: "Andrew Johnson in 1868 and _____ in 1998" had
  // still been offered Franklin D. Roosevelt)
  const untypedRef = untyped ? fineRefOf(s, m) : null;
  const personKey = m.type === "person" || untypedRef?.type === "person";
  const keySex = personKey ? sexOfSlot(s, m) : undefined;
  const keyYear = personKey ? nearestYear(s, m) : undefined;
  // ... and in a relative's slot ("his father, _____", "daughter of _____") only the key's family, by surname: Albert Einstein
  // and a street had been offered as Turing's father (blind28)
  const kinSlot = personKey && isKinSlot(s, m);
  const keySurname = m.canonical.split(/\s+/).pop()!;
  const personFits = (n: string): boolean => !outOfEra(a, s, n, m, keyYear) && (!keySex || (sexOfPerson(a, n) ?? keySex) === keySex) && (!kinSlot || n.split(/\s+/).pop() === keySurname);
  const { picks: picked, fromGazetteer } = pickDistractors(pool, {
    answer: m.text,
    canonical: m.canonical,
    type: m.type,
    subtype: m.subtype,
    ...(m.value !== undefined ? { value: m.value } : {}),
    sentence: s.text,
    surnameForm: m.type === "person" && m.text.split(/\s+/).length === 1,
    seed: `${s.text}|${m.text}`,
    trivial: a.trivial,
    domain: personDomain(a),
    ...(personKey ? { fits: personFits } : {}),
  });
  // Numbers, years and centuries: the quantities module picks wrong values so the key's rank
  // among the sorted choices is uniform, in the key's own form and unit.
  const numeric = m.type === "number" || m.type === "year" || m.type === "century";
  const quantity = numeric ? quantitiesOf(s.text).find((q) => q.kind !== "label" && q.start <= m.start && q.end >= m.end && !q.vague) : undefined;
  let numericPicks: string[] | null = null;
  // the three wrong values with the key at `rank` among the sorted choices (the seed's rank when none is given)
  let numericAt: ((rank?: number) => string[]) | null = null;
  if (numeric) {
    numericPicks = [];
    if (quantity) {
      const articleDate = a.date ?? latestYearDate(a);
      numericAt = (rank) => {
        // Only keys whose rank among the choices can be any of the four (not "1", "first", "0%"): otherwise
        // the smallest choice is the answer more often than not.
        // (figures of the same kind and unit that the article states come first: a golf score is offered other scores
        // of the day, 67, 70, 72, not 27 or 110)
        // (years keep their own ladder: the article's other years crowd the end a past year cannot pass)
        const articleValues = m.type === "number" ? articleValuesOf(a, quantity) : [];
        const plan = planNumericChoices(quantity, `${s.text}|${m.text}`, { articleValues, ...(articleDate ? { articleDate } : {}), ...(rank !== undefined ? { rank } : {}) });
        const made = plan && plan.feasibleRanks.length === 4 && !plan.forced ? plan.distractors.map((d) => d.text) : [];
        const suffix = quantity.text.slice(m.end - quantity.start);
        const prefix = quantity.text.slice(0, m.start - quantity.start);
        let picks = made
          .map((d) => (suffix && d.endsWith(suffix) ? d.slice(0, d.length - suffix.length) : d))
          .map((d) => (prefix && d.startsWith(prefix) ? d.slice(prefix.length) : d))
          .filter((d) => d && normalize(d) !== normalize(m.text));
        // a count written as a word takes words ("four": "two", "six", "seven"; not "one element")
        if (/^\p{L}+$/u.test(m.text)) picks = picks.filter((d) => /^\p{L}+$/u.test(d));
        return new Set(picks.map(normalize)).size === 3 ? picks : [];
      };
      numericPicks = numericAt();
    }
  }
  // Names: typed wrong answers (fine type, domain lists, no variants), which also lets an
  // untyped name whose own words say what it is ("Wembley Stadium") have choices.
  let typedPicks: string[] | null = null;
  if (!numeric && m.type !== "concept") {
    const t = typedDistractors(a, s.text, s.text, m, picked, `${s.text}|${m.text}`);
    if (t.ref && (!untyped || t.ref.subtype !== t.ref.type)) {
      typedPicks = t.picks.length >= 3 ? t.picks : [];
    }
  }
  // A decade takes the decades around it, the key at any of the four ranks ("the late 1950s/1960s/1970s/1980s").
  if (m.subtype === "decade") {
    const d = /(\d{4})s$/.exec(m.text);
    if (d) {
      const year = Number(d[1]);
      const latest = new Date(a.date ?? latestYearDate(a) ?? "2100-01-01").getUTCFullYear();
      // (no wrong decade that reads as a century, "the 1900s", nor one after the article)
      const around = (rank: number) => [0, 1, 2, 3].filter((r) => r !== rank).map((r) => year + (r - rank) * 10);
      const ranks = [0, 1, 2, 3].filter((rank) => around(rank).every((y) => y % 100 !== 0 && y <= latest));
      const rank = ranks.length === 4 ? ranks[parseInt(shortHash(`${s.text}|${m.text}`).slice(0, 4), 16) % 4]! : undefined;
      numericAt = (r) => (rank === undefined ? [] : around(r ?? rank).map((y) => m.text.replace(/\d{4}s$/, `${y}s`)));
      numericPicks = numericAt();
    }
  }
  // After "Sir", "Lady", "Mr", "Lord" ... the choices take the key's form: one word, a first name after
  // "Sir"/"Lady"/"Dame" ("Sir _____" -> Keith), a surname otherwise ("Mr _____" -> Joseph), never full names.
  const honorific = m.type === "person" ? /\b(Sir|Lady|Dame|Lord|Mr|Mrs|Ms|Miss|Dr)\.?\s+$/.exec(s.text.slice(0, m.start))?.[1] : undefined;
  if (honorific && typedPicks) {
    const oneWord = m.text.trim().split(/\s+/).length === 1;
    const form = (n: string) => {
      const w = n.trim().split(/\s+/);
      return oneWord ? (/^(?:Sir|Lady|Dame)$/.test(honorific) ? w[0]! : w[w.length - 1]!) : n;
    };
    const seen = new Set([normalize(m.text)]);
    typedPicks = typedPicks.map(form).filter((n) => !seen.has(normalize(n)) && (seen.add(normalize(n)), true));
    if (typedPicks.length < 3) typedPicks = [];
  }
  // (the same for the typed picks, which are also the names a false statement swaps in: "In 1940, George W. Bush declined ...")
  const fitsKey = (n: string) => !personKey || personFits(n);
  if (typedPicks && personKey) {
    typedPicks = typedPicks.filter(fitsKey);
    if (typedPicks.length < 3) typedPicks = [];
  }
  // (the general picker's names too are never of another kind than the key's head says: no wars for an award)
  const keyKind = headWord(m.canonical);
  // (no name the sentence itself gives: co-listed, it is as true as the key, "awarded the Holberg Prize, the Hannah Arendt
  // Prize, and the _____" offered both, blind38; otherwise the stem rules it out)
  // (nor one the article says the same of elsewhere: "She has also been awarded ... and the _____" beside a sentence that
  // lists the Holberg Prize and the Hannah Arendt Prize among her awards, blind38)
  // (the same test as a false statement's, statesClaim; the claim's words are worked out only when another sentence names it)
  let claimWords: Set<string> | undefined;
  const saidOfElsewhere = (c: string): boolean =>
    fc.sentencesWith(c).some((x) => x !== s.text && statesClaim((claimWords ??= new Set(contentWords(`${s.text.slice(0, m.start)} ${s.text.slice(m.end)}`))), x));
  const notInSentence = (c: string) => !containsTerm(s.text, c) && !saidOfElsewhere(c);
  const picks = numericPicks ?? (typedPicks ? typedPicks.filter(notInSentence) : null) ?? (untyped ? [] : picked.filter((c) => (!keyKind || headWord(c) === keyKind) && fitsKey(c) && notInSentence(c)));
  const choiceReasons = (): RejectReason[] => {
    if (picks.length < 3) return ["too-few-distractors"];
    const choices = orderChoices([m.text, ...picks], m.type, `${s.text}|${m.text}`);
    // typed picks were chosen by the key's fine type: they are one type by construction
    const typeOf = typedPicks ? () => "typed" : (c: string) => (normalize(c) === normalize(m.text) ? ctx.classify(m.canonical) : ctx.classify(c));
    // a word of the key that the sentence also says, and no other choice has, picks the key out ("such as Kirkcaldy
    // Wanderers and _____": only "Kirkcaldy United" of Celtic, Raith Rovers, Dunfermline Athletic, blind36)
    // (only a name listed beside the key: a word the stem says elsewhere, "the Scottish devolution referendum ... a devolved
    // _____" for "Scottish Assembly", leaves the other choices in play)
    const near = `${s.text.slice(Math.max(0, m.start - 40), m.start)} | ${s.text.slice(m.end, m.end + 40)}`;
    const listed = /\b(?:and|or)\s+(?:the\s+)?\|/u.test(near.replace(/\s*\|\s*/, " |")) || /^[^|]*\|\s*(?:,|and\b|or\b)/u.test(near) || /,\s*(?:the\s+)?\|/.test(near.replace(/\s*\|\s*/, " |"));
    const echoed = listed && (m.text.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []).some((w) => containsTerm(near, w) && !picks.some((p) => containsTerm(p, w)));
    return [checkChoices(m.text, choices, typeOf), checkAnswerNotInOtherChoices(m.text, choices), echoed && m.text.includes(" ") ? ("answer-trivial" as const) : null].filter((x): x is RejectReason => !!x);
  };
  const withChoices = (c: Candidate) => {
    if (picks.length >= 3) c.choices = orderChoices([m.text, ...picks], m.type, `${s.text}|${m.text}`);
    const at = numericAt;
    if (at && picks.length >= 3 && picks === numericPicks) {
      c.choicesAtRank = (rank) => {
        const p = at(rank);
        return p.length === 3 ? orderChoices([m.text, ...p], m.type, `${s.text}|${m.text}`) : null;
      };
    }
    c.rejectReasons.push(...choiceReasons());
    if (fromGazetteer) c.score = Math.round((c.score - 0.04) * 1000) / 1000;
    c.difficulty = 1;
  };

  // The wh-question.
  // An untyped name is asked "who/which ..." only when its own words say what it is; else no wh-question.
  // A capital that stands for its government ("Beijing has endorsed ...", "Washington's climate U-turn") is no city to ask
  // "Which city ...?" of, nor to offer other cities against (blind45): it is asked as a blank, which accepts the country
  const government = !!countryGovernedFrom(m.canonical) && !LOCATIVE_BEFORE.test(s.text.slice(0, m.start)) && !/\bto\s+$/i.test(s.text.slice(0, m.start)) && /^(?:['’]s\b|\s+(?:has|have|had|is|was|will|would|said|says|announced|endorsed|agreed|pledged|promised|warned|insisted|wants|wanted|refused|rejected|accused|blamed|denied|suggested|urged|plans|planned|set|sets|unveiled)\b)/.test(s.text.slice(m.end));
  const target: WhTarget | null = government ? null : untyped ? (untypedRef ? targetOfRef(untypedRef) : null) : targetOf(m);
  const plural = /s$/.test(m.text) && m.type !== "person" && s.tags.some((t) => t.start === m.start && t.pos === "PROPN") && !!lookupDemonym(m.text.replace(/s$/, ""));
  // a count written as a word is asked as a blank: "How many ...?" around it reads badly ("How many missions did five of the remain ...")
  const wordCount = m.type === "number" && /^\p{L}+$/u.test(m.text);
  // "When ...?" with another time in the clause has two answers ("described by Taqi al-Din in 1551 and by Giovanni Branca in 1629")
  const otherTime = TIME_KINDS.has(m.type) && s.mentions.some((x) => x !== m && TIME_KINDS.has(x.type) && clause.pieces.some((p) => x.start >= p.start && x.end <= p.end));
  // "What percentage is Indonesia AirAsia owned by ...?": a figure that grades a participle is no wh-question
  const grading = m.type === "number" && /^\s+(?:percent\s+|per cent\s+|%\s*)?\p{Ll}+ed\b/u.test(s.text.slice(m.end)) && !/^\s+\p{Ll}+ed\s+(?:people|men|women|children|\p{Ll}+s)\b/u.test(s.text.slice(m.end));
  // "How many/much ...?" with another figure in the clause reads garbled or has two answers
  // ("How many miles is the department resurfacing the city's of streets and 19,000 lane miles?")
  // (nor with the thing measured after "of": "How many miles is the department resurfacing of streets?")
  const otherFigure = m.type === "number" && /^\s*(?:[\p{L}-]+\s+)?of\s/u.test(s.text.slice(m.end)) || m.type === "number" && s.mentions.some((x) => x !== m && x.type === "number" && clause.pieces.some((p) => x.start >= p.start && x.end <= p.end));
  // "With whom were GCSEs introduced ...?" for "with Kenneth Baker, now Lord Baker, as education secretary": the role the
  // "as" gives is lost
  // "Delhi’s 10 million vehicles are ...": the owner before the figure has no place in "How many ...?"
  const owned = m.type === "number" && /\p{L}['’]s?\s+(?:(?:more|less|fewer) than\s+|(?:about|around|nearly|almost|over|some)\s+)?$/u.test(s.text.slice(0, m.start));
  // "... was the only one in the United States with shared stations": the place bounds the "only", it
  // is no place where something happened ("Where was the tunnel the only one with shared stations?")
  const scoped = PLACE_TYPES.has(m.type) && /\b(?:only|first|last|\p{Ll}+est)\s+(?:[\p{L}-]+\s+){0,2}in\s+(?:the\s+)?$/u.test(s.text.slice(0, m.start));
  const withAs = m.type === "person" && /\bwith\s+$/.test(s.text.slice(0, m.start)) && /^(?:,[^,]{1,60},)?\s+as\s/.test(s.text.slice(m.end));
  // a speaker put inside the sentence ("Ions, Thomson explained, must be atoms ..." -> "Who explained must be atoms?"), a key
  // with a participle phrase on it ("compiled experimental data gathered by him" -> "What did Dalton compile gathered by
  // him?") and a count of time before "later" ("notified the police 11 minutes later" -> "How many minutes did Zipperman
  // notify the police later?") make no wh-question
  const interjected = /,\s*$/.test(s.text.slice(0, m.start)) && /^\s+\p{Ll}+(?:\s+\p{Ll}+)?,/u.test(s.text.slice(m.end)) && SPEECH_FORMS.has(/^\s+(\p{Ll}+)/u.exec(s.text.slice(m.end))?.[1] ?? "");
  const participle = /^\s+\p{Ll}+(?:ed|en)\s+by\b/u.test(s.text.slice(m.end));
  const relativeTime = m.type === "number" && /^\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|ago)\b/.test(s.text.slice(m.end));
  // one name of a list of three or more ("Leaders include Texas, North Dakota, Oklahoma and Louisiana" -> "Which region do
  // leaders include?"): every other name of the list answers the question too
  const listed = (/^\p{Lu}/u.test(m.text) && listNeighbours(s.text, m.start, m.end) >= 2) || (/^\p{Ll}/u.test(m.text) && lowerListSlot(s.text, m.start, m.end));
  const whRaw = withAs || interjected || participle || relativeTime || listed || owned || scoped || !target || (m.type === "concept" && m.subtype !== "phrase") || m.type === "nationality" || plural || wordCount || otherTime || grading || otherFigure ? null : whQuestionFor(ct.text, ct.start, ct.end, target, undefined, (w) => nameWordsOf(a).has(w) || isUnseenLower(a, w));
  // a phrase cut from its complement ("What did Aristotle provide of the concept of a force ...?" for "a philosophical
  // discussion of the concept", "What do rhodoplasts synthesize called floridean?") and a question that ends on a verb
  // of saying or knowing whose clause was cut ("What did Albert Einstein extend further when he explained?") read garbled
  const cutFromComplement = m.type === "concept" && /^\s+(?:of|called|named|known as|by)\b/.test(s.text.slice(m.end));
  // "How many pulsars did the telescope discover?" -> 100, for "more than 100": the figure without its bound is a wrong key
  const bounded = m.type === "number" && /\b(?:more than|over|nearly|almost|about|around|roughly|at least|up to|fewer than|less than|some|approximately|an estimated)\s+$/i.test(s.text.slice(0, m.start));
  // "Who is one of the most awarded labels ...?": a name the sentence calls a thing is no "who"
  // (nor one the verb says is a place or a building: "Who became a city in 1834?", "Who was constructed at the entrance of
  // the town's natural harbour?" for York and Fort York, blind46)
  const whoPlace = !!whRaw && (/^Who (?:is|was|are|were|has been|had been) (?:\p{Ll}+ly )?(?:built|constructed|erected|incorporated|founded|located|situated|renamed|established|demolished|rebuilt|annexed|paved|flooded|designated as)\b/u.test(whRaw) || /^Who (?:became|becomes|is|was) (?:a|an|the) (?:city|town|village|county|state|province|colony|capital|port|municipality)\b/.test(whRaw));
  const whoThing = whoPlace || (!!whRaw && /^Who (?:is|was|are|were)\b[^?]*\b(?:labels?|compan(?:y|ies)|brands?|firms?|bands?|teams?|winer(?:y|ies)|organi[sz]ations?|products?|albums?|films?|books?|songs?|ships?|vineyards?|restaurants?|hotels?)\b/.test(whRaw));
  // a second finite verb after do-support, with no clause word before it, means the tagger took a word of the subject for
  // the verb ("When did a four-ship expedition lead by Cornelis de Houtman was the first Dutch contact ...?")
  const doubled = !!whRaw && /^\p{Lu}\p{Ll}*\s+(?:\p{Ll}+\s+)?(?:did|does|do)\s/u.test(whRaw) && /\s(?:was|were|is|are)\s/.test(whRaw.replace(/^.*?\s(?:did|does|do)\s/u, " ")) && !/\b(?:that|which|who|whom|whose|what|when|where|whether|if|because|as|while|after|before|since|although|though|than|so)\b/.test(whRaw.replace(/^.*?\s(?:did|does|do)\s/u, " ").split(/\s(?:was|were|is|are)\s/)[0]!);
  const wh = whRaw && !cutFromComplement && !bounded && !whoThing && !doubled && !/\b(?:explained|explains|said|says|found|finds|showed|shows|argued|argues|noted|notes|suggested|suggests|believed|believes|thought|knew|claimed|stated|realized|realised|discovered|showing|saying|suggesting|arguing|claiming|noting|finding|revealing|demonstrating|proving)\?$/.test(whRaw) && !/\bhow to \p{Ll}+\?$/u.test(whRaw) ? cleanDisplay(whRaw).replace(/,?\s+(?:in|by) contrast\?$/u, "?") : null;
  // Lower-case terms get no choices: the article's other nouns are the wrong kind for the slot.
  const noChoices = (untyped && !typedPicks?.length) || m.type === "concept" || government;
  if (wh) {
    if (!noChoices) {
      const mc = make("multiple_choice", wh, "whChoice");
      mc.rejectReasons = [...base(), ...stemChecks(wh)];
      withChoices(mc);
      out.push(mc);
    }
    const card = make("flashcard", wh, "whFlashcard");
    card.rejectReasons = [...base(), ...stemChecks(wh)];
    out.push(card);
    if (m.type !== "concept") {
      const sa = make("short_answer", wh, "whShort");
      sa.rejectReasons = [...base(), ...stemChecks(wh)];
      out.push(sa);
    }
  }

  // The cloze on the clause.
  const clozeRaw = `${ct.text.slice(0, ct.start)}${BLANK}${ct.text.slice(ct.end)}`;
  const cloze = sentenceEnd(cleanDisplay(clozeRaw));
  const cz = make("cloze", cloze, "cloze");
  cz.rejectReasons = [...base(), ...stemChecks(cloze)];
  const sb = checkSingleBlank(cloze);
  if (sb) cz.rejectReasons.push(sb);
  // one name of an open list of four or more ("the hit comedies Animal House, _____, Tremors and Crazy, Stupid, Love";
  // "including Columbia University, _____ and Rockefeller University"): any other member fits a blank with no choices
  // (read on the stem as shown: the asides that part the names in the source, "Flatliners (1990), ...", are gone from it)
  if (/^\p{Lu}/u.test(m.text) && (cloze.match(/,/g)?.length ?? 0) >= 2 && cloze.includes(BLANK) && isOpenListItem(cloze, cloze.indexOf(BLANK), cloze.indexOf(BLANK) + BLANK.length)) cz.rejectReasons.push("answer-ambiguous");
  // (the same for a lower-case term in a list of examples: "Common aqueous acids include _____, acetic acid, sulfuric acid, and
  // citric acid", blind30)
  // (read on the stem as shown, like the capitalised lists above: asides in the source may part the items)
  if (/^\p{Ll}/u.test(m.text) && cloze.includes(BLANK) && lowerListSlot(cloze, cloze.indexOf(BLANK), cloze.indexOf(BLANK) + BLANK.length)) cz.rejectReasons.push("answer-ambiguous");
  // (and a lower-case phrase in a stem of nine words or fewer: "Trump also wants to increase _____" (natural gas production),
  // "Mickelson continued to hit _____ all over the course" (tee shots); so few words leave room for many phrases: the reads
  // kept 2 of 16; a figure written as a word, "There are _____ primary types", is no phrase)
  else if (/^\p{Ll}/u.test(m.text) && m.type !== "number" && cloze.split(/\s+/).length <= SHORT_STEM_WORDS) cz.rejectReasons.push("answer-ambiguous");
  // A lower-case phrase is asked as a card the learner grades, as Anki's cloze cards are, not as a typed blank: typed,
  // "revolution" against "a scientific revolution" or "degree" against "math degree" is marked wrong, and the reads kept 5
  // of 40 such typed blanks, 30 rejected as ambiguous (blind36-39). Figures written as words ("_____ counts") stay typed.
  if (/^\p{Ll}/u.test(m.text) && m.type !== "number" && !NUMBER_WORDS[m.text.toLowerCase()]) cz.kind = "flashcard";
  out.push(cz);
  if (!wh && !noChoices) {
    const mc = make("multiple_choice", cloze, "clozeChoice");
    mc.rejectReasons = [...cz.rejectReasons];
    withChoices(mc);
    out.push(mc);
  }

  // A false statement: the clause with the answer swapped.
  const definedRightAfter = /^\s*\([^)]*\)/.test(s.text.slice(m.end));
  // A hedged figure ("more than 1,050,000") has no safe false value by swapping: a bigger "more than" may still be true.
  const hedged = !!quantity?.hedge;
  // a name used as a modifier ("the first American president", "UK officials") cannot be swapped cleanly
  const modifier = /^\s+\p{Ll}/u.test(s.text.slice(m.end)) && s.tags.find((t) => t.start >= m.end)?.pos === "NOUN";
  // who said it is swapped for someone else who speaks in the article: false, but absurd to anyone who read it
  const speaker = m.type === "person" && (/^\s*,?\s*(?:said|says|added|adds|told|noted|argued|wrote|claimed)\b/.test(s.text.slice(m.end)) || /\b(?:said|says|added|told)\s+$/.test(s.text.slice(0, m.start)));
  // A name is swapped only for another name the article itself gives: a list name ("NASA" in a story on
  // Israel) makes the statement false without reading it.
  // Only figures are swapped. Readers rejected every name swap they met (people 0 of 3, organisations
  // 0 of 2, places 2 of 6 kept): "Dai Setsen assigned Ögedei as his successor" is false to anyone who
  // read a line, and teaches nothing. A wrong figure ("in 1193") still needs the article.
  // Names are swapped only for another of the same kind that the article itself names elsewhere, so that
  // telling the statement false takes the article: readers rejected swaps with names from the lists ("NASA"
  // in a story on Israel is false without reading). Without them, an article with few figures had only
  // true statements, and "true" was right every time (the seed: 19 of 19).
  // (a name the article gives in two other sentences, or once when the gazetteer or the lists know it: one met once may
  // be a phrase the analyser misread, "Previous Javanese" swapped in for Gajah Mada)
  const articleNames = (): string[] =>
    (typedPicks ?? []).filter((n) => {
      if (containsTerm(s.text, n) || a.trivial.has(normalize(n))) return false;
      const elsewhere = sentencesNaming(a, n).filter((i) => i !== s.index).length;
      return elsewhere >= 2 || (elsewhere === 1 && (!!lookupGazetteer(n) || knownTypesOf(n).length > 0));
    });
  // (not a person the sentence gives a title or role right before: "former running mate Dmitry Medvedev", "Senator George
  // H. W. Bush, Republican of Arizona" are false to anyone; nor a name the sentence calls a thing: "Ludwig Kreuzberg is one
  // of the most awarded labels")
  const titled = m.type === "person" && /(?:\p{Lu}[\p{L}.]*|\b(?:mate|governor|secretary|senator|president|minister|author|chairman|chairwoman|chair|director|leader|spokesman|spokeswoman|spokesperson|officer|adviser|advisor|ambassador|editor|founder|head|chief|manager|professor|player|coach|captain|king|queen|emperor|pope|general|judge))\s+$/u.test(s.text.slice(0, m.start));
  const calledThing = /^\s+(?:is|was|are|were)\s+(?:one of\s+)?(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:labels?|compan(?:y|ies)|brands?|firms?|wineries|winery|products?|bands?|teams?)\b/iu.test(s.text.slice(m.end));
  // (nor a place in a general claim, "Natural disasters are rare in England": swapped, it may hold of the other place too)
  const generalClaim = PLACE_TYPES.has(m.type) && /\b(?:is|are)\s+(?:(?:very|relatively|quite|so|fairly)\s+)?(?:rare|common|frequent|uncommon|widespread|scarce|typical|usual|unusual|abundant|popular)\b/i.test(s.text);
  // (nor a town the next name locates, "San Francisco, California": swapped, "Washington, California" is false to anyone, blind33)
  // (a list of countries, "India, Japan, and both Koreas", is no town and its place)
  const locatedTown = (m.type === "city" || m.type === "place") && s.mentions.some((x) => x.start > m.end && /^,\s*$/.test(s.text.slice(m.end, x.start)) && (x.type === "region" || x.type === "country" || US_STATES.has(x.canonical)) && !/^\s*,?\s*(?:and|or)\b/.test(s.text.slice(x.end)));
  // (nor a relative, "his father, Julius Mathison Turing": swapped for someone else, "his father, Albert Einstein", it is
  // false to anyone who read a line: blind28)
  // (a head of state or politician the name lists know is swapped only for another: "Schäpe and his administration have
  // championed fossil fuels" and "Lula invited Schäpe to COP30" for Trump are false to anyone, blind45; nor is a person after
  // their country's possessive, "France's Volodymyr Zelenskyy")
  const famousKey = (m.type === "person" || personKey) && isKnownPolitician(m.canonical);
  const countryOwned = personKey && afterCountryPossessive(s, m);
  const swapWith = numericPicks ?? (NAME_SWAP_TYPES.has(m.type) && !titled && !kinSlot && !calledThing && !generalClaim && !locatedTown && !countryOwned ? articleNames().filter((n) => !famousKey || isKnownPolitician(n)) : []);
  // (nor a year that is part of a name, "the 1973 Constitution", "the Legal Framework Order, 2002, enforced on 21 August
  // 2002": swapped, "the 1968 Constitution ... promulgated in 1973" is false on its face, blind44)
  const yearInName = m.type === "year" && ((/\bthe\s+$/i.test(s.text.slice(0, m.start)) && /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice(m.end))) || (/\p{Lu}\p{Ll}+(?:\s*\([^)]*\))?,\s*$/u.test(s.text.slice(0, m.start)) && /^\s*,/.test(s.text.slice(m.end))));
  if (m.type !== "concept" && picks.length && swapWith.length && !definedRightAfter && !hedged && !modifier && !speaker && !yearInName) {
    const inserted = swapWith[0]!;
    const swap = swapEdit(ct.text, { ...m, start: ct.start, end: ct.end }, inserted);
    // (a name swapped in at the start takes a capital: "De Vries’s idea was ...")
    const swapped = sentenceEnd(cleanDisplay(ct.text.slice(0, swap.start) + swap.text + ct.text.slice(swap.end)));
    const statement = swapped.charAt(0).toUpperCase() + swapped.slice(1);
    const original = sentenceEnd(cleanDisplay(ct.text));
    const tf = make("true_false", statement, "falseStatement");
    tf.answer = "false";
    tf.acceptedAnswers = [];
    tf.difficulty = 1;
    tf.explanation = `False. The article says: ${s.text}`;
    tf.facet = "false";
    tf.topics = ["true-false", m.type];
    const r: RejectReason[] = [];
    if (fc.quoteHeavy) r.push("quotation");
    if (m.ambiguous) r.push("answer-ambiguous");
    // a detail not worth a blank is not worth a false statement either ("... sold as of 2016 ...")
    if (factReasons.includes("answer-trivial")) r.push("answer-trivial");
    // a figure cut from its name or its unit conversion is no fact to falsify either ("(120 to 300 feet) metres")
    if (checkWholeName(s.text, m.start, m.end) || isCutBadly(s, m)) r.push("answer-fragment");
    if (isSymmetricSlot(s.text, m.start, m.end)) r.push("symmetric-swap");
    const ff = checkFalseStatement({ original, statement, removed: m.text, inserted, articleSentences: fc.sentencesWith(inserted).filter((x) => x !== s.text) });
    if (ff) r.push(ff);
    for (const x of [checkStemLength(statement), checkNoUnresolvedPronoun(statement) ?? unnamedReferent(a, statement, s), checkNotTrivial(m.canonical, a.trivial), opensAsFragment(statement) ? ("stem-fragment" as const) : null]) if (x) r.push(x);
    if (hasUnpairedQuote(statement)) r.push("quotation");
    if (isHedged(statement)) r.push("answer-trivial");
    if (fromGazetteer) tf.score = Math.round((tf.score - 0.04) * 1000) / 1000;
    tf.rejectReasons = r;
    out.push(tf);
  }
  return out;
}

/** One true statement per clause that holds a fact: the claim, trimmed, not the whole sentence. */
export function trueStatements(ctx: BuildContext, s: SentenceInfo, facts: Mention[], quoteHeavy: boolean): Candidate[] {
  const { a } = ctx;
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const m of facts) {
    if (m.type === "concept" || m.type === "name") continue;
    const clause = clauseFor(s.text, s.tags, m.start, m.end);
    const ct = clauseText(s.text, clause, m.start, m.end);
    if (!ct) continue;
    // the pronoun that opens it gets its referent back when that is certain, as in the other forms
    const named = leadingPronounName(a, s, ct.text);
    const at = named?.at ?? 0;
    const own = named ? ct.text.slice(0, at) + named.name + ct.text.slice(at + named.word.length) : ct.text;
    const statement = sentenceEnd(cleanDisplay(withSubjectNamed(a, s, { text: own, start: own.length, end: own.length }).text));
    if (seen.has(statement)) continue;
    seen.add(statement);
    const r: RejectReason[] = [];
    if (quoteHeavy) r.push("quotation");
    // a clause with no verb of its own is no statement ("Seung-min Park, PhD, senior research scientist." from a list of authors)
    if (!hasOwnVerb(s, clause) || opensAsFragment(statement)) r.push("stem-fragment");
    for (const x of [checkStemLength(statement), checkNoUnresolvedPronoun(statement) ?? unnamedReferent(a, statement, s)]) if (x) r.push(x);
    if (hasUnpairedQuote(statement)) r.push("quotation");
    // a true statement that opens with someone's words copies a quote ("“Our nation is in danger,” Essid declared ...")
    if (/^[“"‘]/u.test(statement) && !r.includes("quotation")) r.push("quotation");
    // a guess, not a fact ("Perhaps the only thing holding Sildaru back ...", "Kelly might have grown accustomed to ..."):
    // the reads kept 2 of 14 statements that hedge
    if (isHedged(statement)) r.push("answer-trivial");
    // a judgement, not a fact ("The pinot noir of the Ahr Valley is legendary."): true to anyone who trusts the writer
    if (/^[^,;]{0,80}\b(?:is|are|was|were|remains|remain)\s+(?:(?:very|truly|simply|quite|rightly|justly|widely|so)\s+)?(?:legendary|iconic|renowned|beloved|notorious|exquisite|remarkable|impressive|stunning|fascinating|incredible|extraordinary|magnificent|wonderful|superb|outstanding|unforgettable|breathtaking)\.$/.test(statement)) r.push("answer-trivial");
    out.push(
      sentenceCandidate(s, {
        kind: "true_false",
        prompt: statement,
        answer: "true",
        explanation: `True. The article says: ${s.text}`,
        score: Math.round(importanceOf(a, s, m) * FORM_SCORE.trueStatement * 1000) / 1000,
        topics: ["true-false"],
        difficulty: 1,
        facet: "true",
        answerCanonical: "true",
        rejectReasons: r,
        factKey: factKeyOf(s.text, m.text),
        form: "trueStatement",
      }),
    );
  }
  return out;
}

const NAME_KIND_NOUNS = /^(?:party|parties|dynasty|dynasties|kingdoms?|empires?|museum|rivers?|tribes?|lander|mechanism|malware|family|language|principalit(?:y|ies)|mission|spacecraft|rover|probe|telescope|project|programme|program|company|group|band|islands?|mountains?|sea|lake|region|province|county|village|ship|festival|movement|regime|government|administration|army|clan|sultanate|culture|civilization|civilisation|people|peoples)$/;

/** A one-word name used as a modifier of the noun after it ("the _____ peace talks" -> Madrid, "the _____ calendar" -> Maya). */
export function nameAsModifier(s: SentenceInfo, m: Mention): boolean {
  if (!/^\p{Lu}[\p{L}-]*$/u.test(m.text) || m.type === "person" || m.type === "year" || m.type === "number") return false;
  const at = s.tags.findIndex((t) => t.start >= m.end);
  const next = at >= 0 ? s.tags[at] : undefined;
  if (!next || !/^\s+$/.test(s.text.slice(m.end, next.start)) || !/^\p{Ll}/u.test(next.text)) return false;
  // (a noun that says what the name is makes it a name of that kind: "the _____ party" -> Likud, "the _____ dynasty" -> Piast)
  if (NAME_KIND_NOUNS.test(next.text)) return false;
  if (next.pos === "NOUN") return true;
  // "the _____ peace talks": an adjective or noun run to a noun
  const second = s.tags[at + 1];
  return next.pos === "ADJ" && second?.pos === "NOUN" && /^\p{Ll}/u.test(second.text);
}
