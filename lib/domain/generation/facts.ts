// Owns the "find facts" pass: which spans of a sentence are worth asking
// about. Typed names and numbers come from the analysis (analyze.ts); this
// adds the key lower-case terms the article repeats, the objects of verbs
// ("use [the ATP and NADPH]"), and says which sentences are not facts at all
// (link teasers, questions, words to the reader, credit lines) and which
// mentions are not answerable (quotations, citation marks, datelines).

import type { Analysis, Mention, SentenceInfo } from "./analyze";
import { inSourceApposition, lemmaOf } from "./analyze";
import { MONTHS, PLACE_TYPES, ROLE_NOUNS, STOCK_EXCHANGES } from "./lexicon";
import { MONTH_NAMES } from "./dates";
import { DATELINE, escapeRegExp, memoPerObject, normalize, NUMBER_WORDS, STOPWORDS } from "./text";
import { knownTypesOf } from "./lists";
import { lookupGazetteer } from "./gazetteer";
import { everydayRank } from "./lists/everyday-words";

const GENERIC_NOUNS = new Set(
  `country relation level way time fact field idea part state thing people world region area year need era status point
  basis situation message occasion day event kind lot number case side term sort group member place week month
  matter issue question result end use form order home city nation center centre company firm site`.split(/\s+/),
);

const ADJ_SUFFIX = /(?:al|ive|ous|ful|less|able|ible|ic|ary|ant|ent|ish|ed|ing|ly|est|er)$/;

/** Key nouns worth a blank: lowercase content words the article repeats, used as nouns. */
export function findConcepts(a: Analysis): { word: string; count: number }[] {
  const out = new Map<string, { word: string; count: number }>();
  for (const s of a.sentences) {
    for (const c of conceptMentions(a, s)) {
      const l = lemmaOf(c.text);
      const prev = out.get(l);
      if (!prev) out.set(l, { word: c.text, count: a.nounCounts.get(l) ?? 0 });
    }
  }
  return [...out.values()].sort((x, y) => y.count - x.count || (x.word < y.word ? -1 : 1));
}

const NOUN_BEFORE = new Set(["the", "a", "an", "of", "for", "to", "in", "on", "and", "with", "from", "its", "their", "his", "her", "by", "as", "over", "against", "toward", "towards", "into", "about", "between", "full", "new", "good", "joint"]);

export function conceptMentions(a: Analysis, s: SentenceInfo): Mention[] {
  const out: Mention[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const w = t.text;
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w) || w.length < 5) continue;
    const lemma = lemmaOf(w);
    if (STOPWORDS.has(w) || GENERIC_NOUNS.has(lemma) || ROLE_NOUNS.has(lemma) || entityHeads(a).has(lemma)) continue;
    if ((a.nounCounts.get(lemma) ?? 0) < 2) continue;
    if (ADJ_SUFFIX.test(w) && !/(?:ment|ness|tion|sion|ity|ance|ence|ship|ism|ogy|ure|age|ery|cy|gy)s?$/.test(w)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const gapBefore = prev ? s.text.slice(prev.end, t.start) : "";
    const gapAfter = next ? s.text.slice(t.end, next.start) : ".";
    const prevOk = !prev || /,/.test(gapBefore) || NOUN_BEFORE.has(prev.text.toLowerCase()) || (ADJ_SUFFIX.test(prev.text) && /^\p{Ll}/u.test(prev.text) && !/ed$/.test(prev.text));
    if (!prevOk) continue;
    // used as a modifier ("energy hub"): the next word is a lowercase content word
    if (next && /^\s+$/.test(gapAfter) && /^\p{Ll}/u.test(next.text) && !STOPWORDS.has(next.text) && !/^(?:is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(next.text)) continue;
    if (s.quoteSpans.some((q) => t.start >= q.start && t.end <= q.end)) continue;
    // not where the tagger reads a verb ("needed to program it"); an unknown term may come out as anything else
    const tag = s.tags.find((x) => x.start === t.start);
    if (tag && (tag.pos === "VERB" || tag.pos === "AUX" || tag.pos === "ADV" || tag.pos === "ADP")) continue;
    out.push({ sentence: s.index, start: t.start, end: t.end, text: w, canonical: w, type: "concept", subtype: "concept", inQuote: false, ambiguous: false });
  }
  return out;
}

const headCache = new WeakMap<Analysis, Set<string>>();
/** Head nouns of the article's named things ("declaration" for "Shusha Declaration"): a blank on them only restates the topic. */
function entityHeads(a: Analysis): Set<string> {
  let heads = headCache.get(a);
  if (!heads) {
    heads = new Set<string>();
    for (const e of a.entities.values()) {
      if (e.type === "document" || e.type === "organisation" || e.type === "event") {
        const words = e.canonical.split(/\s+/);
        const of = words.indexOf("of");
        const h = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? "";
        heads.add(lemmaOf(h));
      }
    }
    headCache.set(a, heads);
  }
  return heads;
}

export const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas
  Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
  Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming`.split(/\s+/).concat(["New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"]),
);
const OUTLET_AFTER = /^(?:['’]s)?\s+(?:(?:has|had)\s+(?:run|published|reported)\b|(?:[\p{L}-]+\s+){0,3}(?:story|report|article|piece|interview|editorial|coverage|investigation|series)\b|(?:reports?|reported|adds|added|notes|noted|writes|wrote|explains|explained|claims|claimed)\s+(?:that\b)?)/u;
const OUTLET_BEFORE = /\b(?:according to|published (?:at|in|by|on)|reported by|in an interview with|speaking to|told|tell|tells|(?:said|wrote|pointed out|noted|explained|argued) (?:in|to))\s+(?:the\s+)?(?:(?:\p{Ll}+\s+)?affiliate\s+)?$/iu;
const SPEAKER_APPOSITIVE = /\b(?:said|says|told|added|wrote|according to)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+(?:an?|the)\s[^"“”;]*$/u;
/** "said Joe Carbone, who works for the _____": where a speaker works, said in a relative clause. */
const SPEAKER_WORKS_FOR = /\b(?:said|says|told|added|according to)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*,\s+who\s+(?:works|worked|is|was|serves|served)\s+(?:(?:as\s+)?(?:an?\s+|the\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s+)?(?:for|at|with|in)\s+(?:the\s+)?$/u;
const HEAD_TITLE_BEFORE = /\b(?:President|Prime Minister|Premier|Chancellor|King|Queen|Pope|Emperor|Secretary of State|Supreme Leader|Secretary-General|[Pp]rophet|Saint)\s+$/;

/**
 * A famous person the article names in passing: the name lists know them (heads of state, famous
 * scientists) and they are in at most two of its sentences. Their title gives them away ("Russian
 * President _____"); someone the article keeps coming back to is its matter and is asked.
 */
export function isFamousPerson(a: Analysis, name: string): boolean {
  const e = a.entities.get(normalize(name));
  if (e && e.sentences.size > 2) return false;
  return knownTypesOf(name).some((r) => r.type === "person");
}

/**
 * Someone the story only quotes ("said Steve Cowan, a spokesman for ...") and the lists do not know (analyze.ts):
 * who said it is attribution, not a fact worth learning.
 */
export function isQuotedSource(a: Analysis, name: string): boolean {
  return a.sources.has(normalize(name));
}

/**
 * What is left of a quotation's attribution when the quotation ended the sentence before ("“Jesus … who is Ellen
 * Fetter?” Rothman recalls thinking at the time."): "Rothman recalls thinking at the time." says nothing on its own (blind36).
 */
export function isAttributionTail(a: Analysis, s: SentenceInfo): boolean {
  const prev = a.sentences[s.index - 1];
  if (!prev || !/[?!.,…]\s*[”"’]\s*$/u.test(prev.text)) return false;
  return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:also\s+)?(?:recalls?|recalled|remembers?|remembered|said|says|added|adds|asked|asks|wrote|writes|thought|thinks|wondered|wonders|explained|explains|noted|notes|told\s+\p{L}+|joked|jokes|laughed|laughs|continued|continues|admitted|admits|concluded|concludes)(?:\s+(?:thinking|wondering|asking|saying|telling\s+\p{L}+))?(?:\s+(?:at the time|later|then|afterwards|recently|now|today|in an interview|last year|this week|with a laugh|with a smile))?\s*[.!]$/u.test(s.text.trim());
}

/**
 * A vox pop: a sentence about someone the story quotes without any role ("Abney said Wednesday that
 * she arrived more than two hours early ...", "The Peterson family had planned ..."). Colour, not fact.
 */
export function isVoxPop(a: Analysis, s: SentenceInfo): boolean {
  return s.mentions.some((m) => (m.type === "person" || m.type === "name") && !m.inQuote && a.sources.get(normalize(m.canonical))?.hasRole === false);
}

const MONTH_BEFORE = new RegExp(String.raw`\b(?:${Object.keys(MONTHS).map((k) => k[0]!.toUpperCase() + k.slice(1)).join("|")})\.?\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:${MONTH_NAMES.join("|")})\b`);

const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+|the\s+|de\s+)?\p{Lu}[\p{L}.'’-]*)*`;
const ITEM = String.raw`(?:the\s+)?${NAME}`;
const LIST_BEFORE = new RegExp(String.raw`${ITEM},\s+(?:${ITEM},\s+)*(?:${ITEM},?\s+(?:and|or)\s+)?(?:the\s+)?$`, "u");
const LIST_AFTER = new RegExp(String.raw`^(?:,\s+${ITEM})*,?\s+(?:and|or)\s+${ITEM}`, "u");
// "retailers from Target to Walmart to Amazon"
const RUN_BEFORE = new RegExp(String.raw`\bfrom\s+(?:${ITEM}\s+to\s+)*(?:the\s+)?$`, "u");
const RUN_AFTER = new RegExp(String.raw`^(?:\s+to\s+${ITEM})+`, "u");

/** The other names of a list of three or more names in a row ("A, B and C") that [start, end) is one of, or []. */
function listMates(text: string, start: number, end: number): string[] {
  // (only where a list can be: a comma, "and", "or" or "to" next to the name; the long patterns below are costly)
  if (!/,|\s(?:and|or|to)\s/.test(`${text.slice(Math.max(0, start - 12), start)} ${text.slice(end, end + 12)}`)) return [];
  const before = text.slice(Math.max(0, start - 200), start);
  const after = text.slice(end, end + 200);
  const namesBefore = LIST_BEFORE.exec(before)?.[0].split(/,|\band\b|\bor\b/).map((x) => x.trim()).filter(Boolean) ?? [];
  const namesAfter = LIST_AFTER.exec(after)?.[0].split(/,|\band\b|\bor\b/).map((x) => x.trim()).filter(Boolean) ?? [];
  if (namesBefore.length + namesAfter.length >= 2) return [...namesBefore, ...namesAfter];
  const runBefore = RUN_BEFORE.exec(before)?.[0].replace(/^from\s+/, "").split(/\s+to\s+/).map((x) => x.trim()).filter(Boolean) ?? [];
  const runAfter = RUN_BEFORE.test(before) ? (RUN_AFTER.exec(after)?.[0].split(/\s+to\s+/).map((x) => x.trim()).filter(Boolean) ?? []) : [];
  return runBefore.length + runAfter.length >= 2 ? [...runBefore, ...runAfter] : [];
}

/** The key is an example of a kind ("companies like ", "other states, including West Virginia and "). */
const EXAMPLE_BEFORE = /\b(?:\p{Ll}+s,?\s+(?:such as|including|like)|e\.g\.,?|for example,)\s+(?:(?:the\s+)?[^,;:.()“”"]{1,40}?(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,6}(?:the\s+)?$/u;
/** Capitals that the institutions seated there give away. */
const SEAT_OF: Record<string, RegExp> = {
  Washington: /\b(?:White House|Pentagon|Capitol Hill|State Department|Oval Office)\b/,
  "Washington, D.C.": /\b(?:White House|Pentagon|Capitol Hill|State Department|Oval Office)\b/,
  Moscow: /\bKremlin\b/,
  London: /\b(?:Downing Street|Whitehall|Westminster|Buckingham Palace)\b/,
  Paris: /\b(?:Élysée|Elysee|Quai d'Orsay)\b/,
  Brussels: /\b(?:European Commission|NATO headquarters)\b/,
  Jerusalem: /\bKnesset\b/,
  Beijing: /\b(?:Zhongnanhai|Great Hall of the People|Forbidden City)\b/,
};
/** A code or catalogue label inside a phrase ("CVE-2009-4324", "CVE-2012-0158 vulnerability"); "K-9" is a name. */
export function isCode(text: string): boolean {
  return /(?:^|\s)(?:\p{Lu}+-)+\d{3,}[\d-]*(?:\s|$)|\d{4}-\d{3,}/u.test(text);
}
/** Text between a person and a blank that says where the person works (", a developmental psychologist at the "). */
const TICKER_BEFORE = new RegExp(String.raw`\((?:${STOCK_EXCHANGES})\s*:\s*$`);
const EXCHANGE = new RegExp(String.raw`^(?:${STOCK_EXCHANGES})$`);

/** The words an estimate's source stands beside: a sentence without them is spared the slower test. */
const ESTIMATE_WORDS = /estimat|suggest|anticipat|project|forecast|predict|analysis|data|figures/i;

/**
 * The description of someone whose words the sentence reports, from after their name to the verb of saying or to the
 * end of the sentence ("said Jim Mason, president and co-owner of Taylor International Corp. in Las Vegas", "Eddie
 * Foreman, 40, of Opelika, Alabama said", "says Zhiqiang Shen, director of the Shanghai Astronomical Observatory"): who
 * the speaker is, not what the article tells. The reads kept none of 13 keys there. Worked out once per sentence.
 */
const speakerDescriptionCache = new WeakMap<SentenceInfo, { start: number; end: number }[]>();
function speakerDescriptions(s: SentenceInfo): { start: number; end: number }[] {
  const known = speakerDescriptionCache.get(s);
  if (known) return known;
  const out: { start: number; end: number }[] = [];
  for (const p of s.mentions) {
    if (p.type !== "person") continue;
    const after = s.text.slice(p.end);
    if (!after.startsWith(",")) continue;
    // "said Jim Mason, president of ..." (titles may stand between the verb and the name: "said Senator John Kerry")
    if (/\b(?:said|says|added|adds|told|tells|noted|notes|explained|explains|warned|warns|argued|argues|wrote|writes)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}$/u.test(s.text.slice(0, p.start))) {
      const stop = /[;"“”]/.exec(after);
      out.push({ start: p.end, end: p.end + (stop ? stop.index : after.length) });
      continue;
    }
    // "Eddie Foreman, 40, of Opelika, Alabama said ..."
    const before = /^,[^"“”;]*?,?\s+(?=(?:said|says|added|adds|told|tells|noted|notes|explained|explains|warned|warns|argued|argues)\b)/u.exec(after);
    if (before) out.push({ start: p.end, end: p.end + before[0].length });
  }
  speakerDescriptionCache.set(s, out);
  return out;
}

/** Mention types that are not a body that speaks: figures, dates, people (asked as speakers elsewhere) and places. */
const NOT_A_SPEAKING_BODY = new Set<string>(["number", "year", "date", "century", "person", "city", "country", "region", "place", "nationality"]);

/** One example in a list of them ("the Kroger", "Sam's Club"), for the example patterns below. */
const EXAMPLE_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*)*`;
const EXAMPLE_CUE = String.raw`\b(?:such as|including|like(?: at)?|for example|for instance|e\.g\.,?)\s+`;
/** A cue for examples somewhere before ("such as", "including", "like at"): the cheap test before the two below. */
const EXAMPLE_CUE_TEST = /\b(?:such as|including|like|for example|for instance|e\.g\.)\s/;
/** The first example, right after its cue ("such as _____"). */
const EXAMPLE_FIRST = new RegExp(`${EXAMPLE_CUE}(?:the\\s+)?$`, "u");
/** A later one, after the cue and the examples before it ("such as Walmart, _____"). */
const EXAMPLE_LATER = new RegExp(`${EXAMPLE_CUE}${EXAMPLE_NAME}(?:,\\s+${EXAMPLE_NAME})*,?\\s+(?:(?:and|or)\\s+)?(?:the\\s+)?$`, "u");
/** Mention types that are never where someone works nor whose official it is: people, dates and figures. */
const NOT_A_WORKPLACE = new Set(["person", "year", "date", "number", "century"]);

/**
 * A term that is no key, though the sentence's true statement may still be made on it: the description of someone whose
 * words the sentence reports, and one end of a range ("between 1908 and _____", "the 2002-_____ housing bubble",
 * "Between _____ and 1913"). The reads kept 5 of 26 range ends, calling most the start or end year of a span; the span is
 * the fact.
 */
export function statedNotAsked(s: SentenceInfo, m: Mention): boolean {
  // (not in brackets: the years of a life or of a war after its name, "Maria Keller (1950–_____)", "The French and Indian War
  // (1754–_____)", are the article's dates when the name is its subject, and the rule for asides decides the rest)
  if ((m.type === "year" || m.type === "number" || /^[$€£]\d/.test(m.text)) && /^[$€£]?\d/.test(m.text) && !/\([^()]*$/.test(s.text.slice(0, m.start))) {
    const before = s.text.slice(0, m.start);
    const after = s.text.slice(m.end);
    if ((/\bbetween\s+$/i.test(before) && /^\s+and\s+\d/.test(after)) || /\bbetween\s+\d[\d,.]*\s+and\s+$/i.test(before) || /\d\s*[-–]\s*$/.test(before) || /^\s*[-–]\s*\d/.test(after)) return true;
    // a range's end ("routinely sell for $_____ to $28 a pound": wrong choices fall outside it, blind38), not a change
    // "from 5 to 10"
    // (a ratio, "outnumbered the French 20 to 1", is one figure)
    const ratio = /^\s+to\s+(?:1|one)\b/.test(after) || (/^(?:1|one)$/.test(m.text) && /\d\s+to\s+$/.test(before));
    if (!ratio && !/\bfrom\s+(?:at least\s+|about\s+|around\s+|roughly\s+|c\.\s*)?\$?$/i.test(before) && /^\s+to\s+\$?\d/.test(after)) return true;
    if (!ratio && /\d\s+to\s+\$?$/.test(before) && !/\bfrom\s+(?:at least\s+|about\s+|around\s+|roughly\s+|c\.\s*)?\$?[\d,.]+\s+to\s+\$?$/i.test(before)) return true;
    // someone's age beside their name ("Noel, _____, is charged with ..."): the reads kept none (blind38)
    if (/\p{Lu}[\p{L}'’.-]+,\s*$/u.test(before) && /^\s*,/.test(after) && /^\d{1,3}$/.test(m.text) && Number(m.text) >= 10 && Number(m.text) <= 110) return true;
  }
  // where a person named just before works ("the immunologist De'Broski Herbert at the _____", "Stephen Liggett, who was
  // then at the _____"), or whose official it is ("a review by the _____'s inspector general", "Before _____'s chief medical
  // examiner concluded ..."): a passing detail of who they are (the reads kept none of 4, blind38)
  if (!NOT_A_WORKPLACE.has(m.type) && /^\p{Lu}/u.test(m.text)) {
    const before = s.text.slice(Math.max(0, m.start - 60), m.start);
    if (/\p{Lu}[\p{L}’'.-]+,?\s+(?:who\s+(?:was|is)\s+(?:then\s+|now\s+|also\s+)?)?at\s+(?:the\s+)?$/u.test(before) && s.mentions.some((x) => (x.type === "person" || x.type === "name") && x.end <= m.start && m.start - x.end <= 30)) return true;
    if (/^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:examiner|inspector general|spokes(?:man|woman|person)|attorney general|attorney|minister|director|secretary|commissioner|coroner|prosecutor|ombudsman|auditor|administrator|chief)\b/u.test(s.text.slice(m.end))) return true;
  }
  // a politician's party and state ("Sen. Ted Cruz, _____," -> R-Texas): a label, not a fact of the story (blind38)
  if (/^\(?[RDI]-[A-Z][\p{L}.]*\)?$/u.test(m.text.trim())) return true;
  // An organisation that says what the sentence reports ("the _____ says the embattled U.S. industry must ...", "...,
  // where the oil will be refined, _____ confirmed", "a spokesperson for the _____ said"): who said it is the attribution,
  // what was said the fact (the reads kept none of 4; a place, "Residents in _____ said", is where it happened). The
  // sentence's true statement stays (blind34 had lost two to the budget when this rule dropped the mention whole).
  if (!NOT_A_SPEAKING_BODY.has(m.type) && (/^\s+(?:says|said|confirmed|reported|told|stated|added|noted)\b/.test(s.text.slice(m.end)) || /\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start)))) return true;
  // A count the sentence then lists ("There are _____ types of insulation ..., down feathers and synthetic fibers", "_____
  // ratings ...: temperature rating and comfort rating"): the list counts itself; the statement is still made (blind34)
  if (m.type === "number" && countedByList(m.text, s.text.slice(m.end))) return true;
  return speakerDescriptions(s).some((d) => m.start >= d.start && m.end <= d.end);
}

function isAffiliation(between: string): boolean {
  const m = /^,\s+(?:(?:an?\s+|the\s+)?([^,;"“”()]{0,80}?)\s+)?(?:at|with|from)\s+(?:the\s+)?(?:[^,;"“”()]{0,60}(?:\s+in\s+|,\s+))?$/u.exec(between);
  if (!m) return false;
  if (m[1] === undefined) return true;
  return m[1].split(/\s+/).some((w) => ROLE_NOUNS.has(w) || /(?:ist|ologist|or|er|ian|fellow)$/.test(w));
}

/** A weekday or a time of day ("Wednesday evening", "late Thursday"): when the news broke, not a fact to learn. */
export function isNewsTime(text: string): boolean {
  return /^(?:(?:late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i.test(text.trim());
}

/** Whether the article names `text` in two sentences or more (in any case when `anyCase`: a phrase of common words). */
export function recurs(a: Analysis, text: string, anyCase = false): boolean {
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(text)}(?![\p{L}\p{N}])`, anyCase ? "iu" : "u");
  let n = 0;
  for (const x of a.sentences) if (re.test(x.text) && ++n >= 2) return true;
  return false;
}

/** Whether the article writes a name with more than one figure after it ("Apollo 11", "Apollo 17"), worked out once per name. */
const numbersSeries = memoPerObject((a: Analysis, name: string): boolean => new Set(a.body.match(new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(name)}\s+\d+`, "gu")) ?? []).size > 1);

export function answerable(a: Analysis, m: Mention, s: SentenceInfo): boolean {
  if (m.inQuote || m.isDefinitionAlias) return false;
  if ((m.type === "person" || m.type === "name") && isQuotedSource(a, m.canonical)) return false;
  // A month's short name is half of a date ("Monday, _____. 14" -> Dec), and the hours or minutes of a clock time
  // ("at _____:01 p.m.") are no figures: not asked.
  if (/^\p{Lu}/u.test(m.text) && MONTHS[m.text.toLowerCase()] !== undefined && !MONTH_NAMES.includes(m.text) && /^\.?\s*\d/.test(s.text.slice(m.end))) return false;
  if (m.type === "number" && (/\d:\s*$/.test(s.text.slice(0, m.start)) || /^:\d\d/.test(s.text.slice(m.end)))) return false;
  // A figure written right after a name is part of it ("Apollo 13", "PlayStation 3", "Billboard Hot 100"): the reads kept
  // none of four (not after a month, a title word or the sentence's first word)
  // (a year after a treaty's or an event's name dates it: "the Maastricht Treaty 1992")
  if (m.type === "number" && /^\d/.test(m.text)) {
    const prev = /(?:^|[\s(])(\p{Lu}[\p{L}-]*)\s$/u.exec(s.text.slice(Math.max(0, m.start - 40), m.start));
    const first = prev ? s.text.slice(0, m.start).trimEnd().length - prev[1]!.length === 0 : false;
    // (nor after an everyday word put first after a colon: ": Only 2 percent")
    // (unless the article numbers a series with it, "Apollo 11 ... Apollo 17": then the figure is what tells them apart)
    const series = prev ? numbersSeries(a, prev[1]!) : false;
    // (nor a ratio after a people: "outnumbered the French 20 to 1")
    const ratio = /^\s+to\s+\d/.test(s.text.slice(m.end));
    if (prev && !first && !series && !ratio && (everydayRank(prev[1]!.toLowerCase()) === null || !/[:;"“(]\s*\S+\s$/.test(s.text.slice(Math.max(0, m.start - prev[1]!.length - 4), m.start))) && MONTHS[prev[1]!.replace(/\.$/, "").toLowerCase()] === undefined && !/^(?:No|Nos|Vol|Art|Sec|Chapter|Article|Section|Page|Room|Level|Phase|Stage|Grade|Class|Category|Type|Act|Part|Figure|Table|AD|BC|BCE|CE|AH|A\.D|B\.C)$/.test(prev[1]!)) return false;
    // the number of a section, clause or article cited ("Article II, Section _____ of the Constitution", "Clause _____"):
    // where the text sits, not what it says (the reads kept none of 4)
    if (prev && /^(?:Sec|Section|Clause|Paragraph|Subsection)$/.test(prev[1]!)) return false;
  }
  // A nationality word is an adjective the context gives away ("the _____ government"): not asked.
  if (m.type === "nationality") return false;
  // A place that only locates the one before it ("Cupertino, California") or a continent is general knowledge.
  if ((m.type === "country" || m.type === "region" || m.type === "city") && /\p{Lu}[\p{L}\p{M}'-]*,\s*$/u.test(s.text.slice(0, m.start)) && s.mentions.some((x) => x.end <= m.start && x.end >= m.start - 3 && ["city", "place", "region", "country"].includes(x.type))) return false;
  if (m.subtype === "continent") return false;
  // ... also after a town the analyser could not type ("Bethesda, Maryland"), unless it is a list of places
  const gazKind = US_STATES.has(m.canonical) ? "region" : lookupGazetteer(m.canonical)?.type;
  // (the comma that closes "Nashville, Tennessee, to pursue ..." is no list going on)
  // (a name the lists do not know is the county or state of a typed town when commas close it: "born in Shrewsbury,
  // _____, on 12 February 1809")
  // (or of an untyped town the text calls one, at the sentence's end: "based in the town of Kirkcaldy, _____." -> Fife,
  // where "Scotland" fits as well, blind36)
  const townBefore = (x: Mention) => x.type === "place" || x.type === "city" || (x.type === "name" && /\b(?:town|city|village|county|district|suburb|borough|port|resort)\s+of\s+$/.test(s.text.slice(Math.max(0, x.start - 30), x.start)));
  const countyOfTown = m.type === "name" && /^[\p{Lu}][\p{Ll}]+$/u.test(m.text) && /^\s*(?:,\s*(?!and\b|or\b)\p{Ll}|[.;]?\s*$)/u.test(s.text.slice(m.end)) && s.mentions.some((x) => townBefore(x) && /^,\s*$/.test(s.text.slice(x.end, m.start)));
  // (", and at other locations" goes on to no other place: "his homes in Manhattan and Palm Beach, _____, and at other
  // locations", blind38)
  if (countyOfTown || ((m.type === "country" || m.type === "region" || gazKind === "country" || gazKind === "region") && (!/^\s*(?:,|and\b|or\b)/.test(s.text.slice(m.end)) || /^\s*,\s*(?!and\b|or\b)\p{Ll}/u.test(s.text.slice(m.end)) || /^\s*,?\s*(?:and|or)\s+(?!the\s+\p{Lu}|\p{Lu})/u.test(s.text.slice(m.end))))) {
    // (an aside may come between: "born in Pisa (then part of the Duchy of Florence), _____, on 15 February 1564")
    const prev = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)(?:\s*\([^()]*\))?,\s*$/u.exec(s.text.slice(0, m.start));
    const kind = prev ? lookupGazetteer(prev[1]!)?.type : undefined;
    const prevEnd = prev ? m.start - (prev[0]!.length - prev[1]!.length) : m.start;
    if (prev && kind !== "country" && kind !== "region" && !s.mentions.some((x) => x.end <= m.start && x.end >= prevEnd - 1 && x.end <= prevEnd && (x.type === "country" || x.type === "region" || x.type === "person" || x.type === "organisation"))) return false;
  }
  // a name cut at an initial ("Lyndon B" of "Lyndon B. Johnson") is half a name
  // or at an abbreviation's last full stop ("U.S" of "U.S.", "George H.W" of "George H.W. Bush")
  if (/[\s.]\p{Lu}$/u.test(m.text) && s.text[m.end] === ".") return false;
  // part of a clock time or a ratio ("5:15 pm", "17:16:20")
  if (/^:\d/.test(s.text.slice(m.end)) || /\d:$/.test(s.text.slice(0, m.start))) return false;
  // Inside square brackets: a citation or note mark ("[12]", "[note 3]"), or an editor's aside.
  if (/\[[^\]]*$/.test(s.text.slice(0, m.start))) return false;
  // A dateline ("CAIRO — Gunmen opened fire ...") is not part of the story.
  if (m.start < (DATELINE.exec(s.text)?.[0].length ?? 0)) return false;
  // The owner a name gives away ("_____'s Thanksgiving Day Parade", "_____'s Reagan National Airport"); a person's
  // work is still asked ("_____'s \"Night of the Living Dead\"").
  if (m.type !== "person" && /^['’]s?\s+\p{Lu}/u.test(s.text.slice(m.end))) return false;
  // The end of a title ("the Cat in the _____ balloon")
  if (/\b(?:the|a|an)\s+\p{Lu}\p{Ll}+\s+(?:in|on)\s+the\s+$/u.test(s.text.slice(0, m.start)) && /^\p{Lu}/u.test(m.text)) return false;
  // Where a quoted source works ("CNN meteorologist Todd Borek", "UC Irvine journalism instructor Amy Wilentz",
  // "Marta Kowalczyk, an analyst at the investment firm Ipopema Securities, said")
  if (inSourceApposition(s, m, a.sources)) return false;
  // ... and where anyone described by their job works: the person's description, not the finding
  // ("Carol Auster, a sociologist at Franklin & Marshall College in _____", "Sweet, at the _____, Sacramento")
  if (m.type !== "person" && s.mentions.some((p) => p.type === "person" && p.end <= m.start && isAffiliation(s.text.slice(p.end, m.start)))) return false;
  // A name beside its pair with the same head gives it away ("the North Island and _____" -> South Island)
  const head = /(\p{Lu}[\p{L}'’-]*)$/u.exec(m.text)?.[1];
  if (head && m.text.includes(" ") && (new RegExp(String.raw`\p{Lu}[\p{L}'’-]*\s+${escapeRegExp(head)}\s+(?:and|or)\s+(?:the\s+)?$`, "u").test(s.text.slice(0, m.start)) || new RegExp(String.raw`^\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+${escapeRegExp(head)}\b`, "u").test(s.text.slice(m.end)))) return false;
  // A decade whose year the sentence gives ("the _____ saw ... the 1975 Sears catalog" -> 1970s)
  const decade = /^(?:the\s+)?(\d{3})0s$/.exec(m.text);
  if (decade && new RegExp(String.raw`\b${decade[1]}\d\b`).test(s.text.slice(0, m.start) + " " + s.text.slice(m.end))) return false;
  // Where a country of the article lies on the globe: an ocean, or the country it lies east or west of
  // ("New Zealand is ... in the southwestern _____", "some 2,000 kilometres east of _____")
  if ((/^(?:Pacific|Atlantic|Indian|Arctic|Southern) Ocean$/.test(m.canonical) || (m.type === "country" && /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start)))) && s.mentions.some((x) => x !== m && x.type === "country" && a.trivial.has(normalize(x.canonical)))) return false;
  // A weekday or a time of day ("in a televised address _____" -> Wednesday evening) dates the news, not the fact
  if (isNewsTime(m.text)) return false;
  // A world war in the years it was fought ("In 1945, with _____ winding down") is general knowledge
  if (/^(?:World War (?:I|II|One|Two)|(?:First|Second) World War)$/.test(m.text) && /\b19(?:1[4-8]|39|4[0-5])\b/.test(s.text)) return false;
  // The year of a study or a report ("A _____ study found", "according to a _____ survey by ...")
  if (m.type === "year" && /\b(?:a|an|one|the)\s+$/i.test(s.text.slice(0, m.start)) && /^\s+(?:\p{Ll}+\s+)?(?:study|studies|report|survey|analysis|poll|paper|review|census|experiment|trial|investigation)\b/u.test(s.text.slice(m.end))) return false;
  if (s.mentions.some((x) => x.start > m.end && isQuotedSource(a, x.canonical) && /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(s.text.slice(m.end, x.start)))) return false;
  // The rest of a name that starts with a capital "The" ("the medical journal The _____")
  if (/\S\s+The\s+$/u.test(s.text.slice(0, m.start))) return false;
  // The day of a date without its year ("on October _____", "_____ August"): half a date
  // (a full date without its year is a date mention already, analyze.ts; this is left for "Oct. _____")
  if (m.type === "number" && (MONTH_BEFORE.test(s.text.slice(0, m.start)) || MONTH_AFTER.test(s.text.slice(m.end)))) return false;
  // Half of a name joined by a slash ("General Dynamics/_____", "_____/Convair")
  if (/[\p{L}\d]\/$/u.test(s.text.slice(0, m.start)) || /^\/[\p{L}\d]/u.test(s.text.slice(m.end))) return false;
  // A title's abbreviation is no answer ("_____. Chris Christie's speech" for "Gov"), nor the name after
  // "St." alone ("which St. _____ took as his site"), nor half of a case name ("_____ v. Burke")
  if (/^\.\s+\p{Lu}/u.test(s.text.slice(m.end)) && /^(?:(?:State|Lt|Former)\.?\s+)?(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Dr|St|Mr|Mrs|Ms|Prof|Rev|Hon|Pres|Supt|Det|Adm|Cmdr|Maj)$/.test(m.text)) return false;
  if (/\b(?:St|Ste|Saint)\.?\s+$/.test(s.text.slice(0, m.start))) return false;
  if (/^\s+v(?:s)?\.\s/.test(s.text.slice(m.end)) || /\sv(?:s)?\.\s+$/.test(s.text.slice(0, m.start))) return false;
  // A source's year in brackets after the name ("Arthur Langdon (_____) records ...")
  if (m.type === "year" && /\p{Lu}[\p{L}.'’-]+\s*\($/u.test(s.text.slice(0, m.start)) && /^\)/.test(s.text.slice(m.end))) return false;
  // One member of a list of three or more names ("The hamlets of Cooksland, Dunmere and _____", "foreigners from
  // Italy, Poland, Germany and _____"): recall of a roll. Still asked: a member the article comes back to, and a
  // known one beside the article's own subjects ("a summit between Türkiye, Azerbaijan and _____" asks the new partner).
  const mates = listMates(s.text, m.start, m.end);
  // (a member the article comes back to is still asked: "enemies including the _____, the Cybermen and the Master" -> Daleks)
  if (mates.length && !recurs(a, m.text) && (((m.type === "name" || (m.type === "place" && m.subtype === "place")) && knownTypesOf(m.canonical).length === 0) || !mates.every((x) => a.trivial.has(normalize(x))))) return false;
  // One of several examples of a kind ("competitors such as Walmart, _____ and Costco", "a paid membership like at _____ or
  // Sam's Club"): any other member fits the blank as well; the reads kept none of 6 that were not people (blind37/38)
  if (m.type !== "person" && /^\p{Lu}/u.test(m.text) && !["year", "date", "number", "century"].includes(m.type)) {
    const before = s.text.slice(Math.max(0, m.start - 120), m.start);
    const after = s.text.slice(m.end, m.end + 80);
    const cued = EXAMPLE_CUE_TEST.test(before);
    const first = cued && EXAMPLE_FIRST.test(before) && /^,?\s+(?:and|or)\s|^,\s+\p{Lu}/u.test(after);
    const later = cued && /,\s*$|\s(?:and|or)\s+(?:the\s+)?$/.test(before) && EXAMPLE_LATER.test(before);
    if (first || later) return false;
    // one of two places side by side ("his homes in _____ and Palm Beach", "in Europe and _____", "the US and the _____"):
    // the other fits as well (the reads kept none of 5, blind36-38)
    // (not beside the article's own subject: "a summit between Türkiye, Azerbaijan and _____" asks the new partner)
    // (nor the two sides of "between": "fought between the colonies of British America and _____")
    // (an untyped name that the next name locates is a town: "Manhattan and _____, Florida")
    const locatedName = m.type === "name" && s.mentions.some((x) => x.start > m.end && /^,\s*$/.test(s.text.slice(m.end, x.start)) && (US_STATES.has(x.canonical) || ["region", "country"].includes(lookupGazetteer(x.canonical)?.type ?? "")));
    // (two only: a longer list is the rule above's; and no pair across a clause, "Serbia takes on Japan and _____ plays the
    // Netherlands", where a verb follows the second name, blind39)
    const verbAfter = (end: number) => ["VERB", "AUX"].includes(s.tags.find((t) => t.start >= end)?.pos ?? "");
    const mateEnd = s.mentions.find((x) => x.start > m.end && /^\s+(?:and|or|&)\s+(?:the\s+)?$/.test(s.text.slice(m.end, x.start)))?.end;
    const acrossClause = verbAfter(m.end) || (mateEnd !== undefined && verbAfter(mateEnd));
    if ((["place", "city", "country", "region"].includes(m.type) || locatedName) && !mates.length && !acrossClause && !a.trivial.has(normalize(m.canonical)) && !/\bbetween\b[^,;]{0,60}$/.test(before)) {
      const mate = /(\p{Lu}[\p{L}’'.&-]*)\s+(?:and|or|&)\s+(?:the\s+)?$/u.exec(before)?.[1] ?? /^\s+(?:and|or|&)\s+(?:the\s+)?(\p{Lu}[\p{L}.&-]*)(?!\s+\p{Ll}*(?:rivers|mountains|lakes|islands|valleys|seas)\b)/u.exec(after)?.[1];
      if (mate && !a.trivial.has(normalize(mate)) && !s.mentions.some((x) => a.trivial.has(normalize(x.canonical)) && (x.text === mate || x.text.startsWith(`${mate} `)))) return false;
    }
  }
  // An example the sentence holds up for a kind of thing ("companies like _____ divide ...", "other states,
  // including West Virginia and _____"): any other member would fit the frame, and the article does not
  // come back to it
  if (m.type !== "year" && m.type !== "date" && m.type !== "number" && EXAMPLE_BEFORE.test(s.text.slice(0, m.start)) && !recurs(a, m.text)) return false;
  // A year in a citation's brackets ("Parker and Van Alstyne (2000,2000, _____)", "(Smith 2001; Jones 2005)")
  if (m.type === "year" && /\([^()]*$/.test(s.text.slice(0, m.start))) {
    const inner = /\(([^()]*)$/.exec(s.text.slice(0, m.start))![1]! + m.text + (/^([^()]*)\)/.exec(s.text.slice(m.end))?.[1] ?? "x(");
    if (/^(?:\s*(?:[\p{Lu}][\p{L}.&' -]*\s+)?\d{4}[a-z]?\s*[,;]?)+$/u.test(inner)) return false;
  }
  // One side of a vote's tally ("The Senate voted 67 to _____ ..., mustering the two-thirds majority"): the other side and
  // the majority the sentence names give it away, and the tally is the detail, the outcome the fact
  if (m.type === "number" && (/\bvot(?:ed|e|es|ing)\s+(?:\d[\d,]*\s*(?:-|–|to)\s*)?$/.test(s.text.slice(0, m.start)) && /^\s*(?:-|–|to)\s*\d/.test(s.text.slice(m.end)) || /\bvot(?:ed|e|es|ing)\s+\d[\d,]*\s*(?:-|–|to)\s*$/.test(s.text.slice(0, m.start)))) return false;
  // A name that swallowed a plural title ("like Senators _____ and Bob Corker" -> "Senators Lamar Alexander")
  if (/^(?:Senators|Sens\.|Representatives|Reps\.|Governors|Presidents|Doctors|Drs\.|Messrs\.?)\s/.test(m.text)) return false;
  // A rendering in brackets of the name right before it ("Nieuw-Nederland (_____)" -> New Netherland): most of its words
  // begin as the name's do
  const glossed = /(\p{Lu}[\p{L}'’-]*(?:[\s-]+\p{L}[\p{L}'’-]*){0,3})\s*\(\s*$/u.exec(s.text.slice(0, m.start));
  if (glossed && /^\s*\)/.test(s.text.slice(m.end))) {
    const starts = glossed[1]!.toLowerCase().split(/[\s-]+/).map((w) => w.slice(0, 2));
    const words = m.text.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2);
    if (words.length && words.filter((w) => starts.includes(w.slice(0, 2))).length * 2 >= words.length) return false;
  }
  // A code or catalogue number ("CVE-2009-4324", "a source known as 121102"): a label to look up, not a fact to learn
  if (isCode(m.text) || (/^\d+$/.test(m.text) && /\b(?:known as|designated|code-?named|catalogued as|numbered)\s+$/i.test(s.text.slice(0, m.start)))) return false;
  // An abbreviation in brackets right after the words it abbreviates ("a repeating fast radio burst (_____)")
  if (/^\p{Lu}{2,6}s?$/u.test(m.text) && /\(\s*$/.test(s.text.slice(0, m.start)) && /^\s*\)/.test(s.text.slice(m.end))) {
    const words = s.text.slice(0, m.start).replace(/\(\s*$/, "").trim().split(/[\s-]+/).slice(-m.text.replace(/s$/, "").length);
    if (words.map((w) => w[0]?.toUpperCase()).join("") === m.text.replace(/s$/, "")) return false;
  }
  // ... also when its letters come from another language's words ("Alternative for Germany (_____)" -> AfD, "Initiative
  // Schwarze Menschen in Deutschland (_____)" -> ISD): an abbreviation in brackets right after a capitalised name is that name's
  if (/^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}]{2,6}s?$/u.test(m.text) && /\p{Lu}[\p{L}'’-]*(?:\s+(?:[\p{Ll}]{1,3}\s+)?\p{Lu}[\p{L}'’-]*)+\s*\(\s*$/u.test(s.text.slice(0, m.start)) && /^\s*\)/.test(s.text.slice(m.end))) return false;
  // Academic degrees after a name ("Gambhir, _____" -> MD PhD), a given name before a quoted nickname ("_____ “Sam”
  // Gambhir"), and the name of a chair someone holds ("holds the _____ and D.K. Ludwig Professorship"): parts of how a
  // person is styled, not facts
  if (/^(?:(?:MD|PhD|DPhil|MSc|MA|BA|BSc|MBA|MPH|JD|DDS|RN|FRS)\b[\s,]*)+$/.test(m.text)) return false;
  if (/^\s*[“"‘][\p{L}.'’ -]{1,20}[”"’]\s+\p{Lu}/u.test(s.text.slice(m.end))) return false;
  if (/Professorship|Chair|Fellowship|Lectureship/.test(s.text)) {
    const held = /\b(?:holds?|held|holding|named to|appointed to)\s+the\s+([^,;]{0,100})$/i.exec(s.text.slice(0, m.start));
    if (held && /\b(?:Professorship|Chair|Fellowship|Lectureship)\b/.test(held[1]! + m.text + (/^[^,;]{0,100}/.exec(s.text.slice(m.end))?.[0] ?? ""))) return false;
  }
  // One of the alternatives an "either ... or ..." leaves open ("included either in the tribe Anatini or the tribe _____"):
  // the text does not settle it, so it is no fact to learn
  if (/\beither\b/i.test(s.text)) {
    const before = s.text.slice(0, m.start), after = s.text.slice(m.end);
    // (alternatives of one kind, "the tribe X or the tribe Y", not a list of kinds: "either AMBER alerts, Presidential alerts, or ...")
    const either = /\beither\b([^.;]{0,100})$/i.exec(before);
    const kind = /(\p{Ll}{3,})\s+$/u.exec(before)?.[1];
    if (either && kind) {
      const k = escapeRegExp(kind);
      const first = new RegExp(`^[^.;]{0,60}?\\bor\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}${k}\\b`, "iu").test(after);
      const second = new RegExp(`\\b${k}\\b[^.;]{1,60}\\bor\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}${k}\\s+$`, "iu").test(either[1]!);
      if (first || second) return false;
    }
  }
  // Part of a journal's title ("published in Frontiers in _____ and the Environment journal"), and who funded a study
  // ("The research, supported by the _____ and the U.S. Agency for International Development, ..."): the paper's
  // particulars, not what it found
  if (s.text.includes("journal") && /^(?:\s+(?:(?:and|of|in|for|&)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]*)*\s+journal\b/u.test(s.text.slice(m.end)) && /\b(?:published in|journal)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:(?:in|of|and|for|the|&)\s+)*)*$/u.test(s.text.slice(0, m.start))) return false;
  if (/(?:support|fund|sponsor|financ)ed\b/i.test(s.text) && /\b(?:supported|funded|sponsored|financed)\s+(?:in part\s+)?by\s+(?:the\s+)?(?:[^,;.]{0,80}\s+and\s+(?:the\s+)?)?$/i.test(s.text.slice(0, m.start)) && /\b(?:research|study|studies|project|survey|paper|work)\b/i.test(s.text)) return false;
  // A capital that an institution in the sentence names ("In _____, White House press secretary Josh Earnest ...")
  const seat = SEAT_OF[m.canonical];
  if (seat && seat.test(s.text.slice(0, m.start) + " " + s.text.slice(m.end))) return false;
  // A date worn by a noun ("during his _____ address to a joint meeting of Congress" -> March 3, "In his _____ address
  // to the United Nations" -> September 2013): which speech, not a fact to learn
  if (m.type === "date" && /\b(?:his|her|their|its|the|a|an)\s+$/i.test(s.text.slice(0, m.start)) && s.tags.some((t) => t.start > m.end && t.start <= m.end + 1 && t.pos === "NOUN")) return false;
  // The year that dates a statistic ("15 percent of its gross domestic product in _____, according to ...", "200 million
  // records sold as of _____", "the yield will climb to 4.2 percent in _____", "the first time since _____"): which year the
  // figure belongs to is the detail, the figure the fact. Still asked: the year of a peak or a record ("peaked in _____ at 447.6
  // million tons"), and a year with no figure of that kind beside it.
  if (m.type === "year" && /\b(?:in|since|as of|by|for|of|until|through|year)\s+$/i.test(s.text.slice(0, m.start)) && STATISTIC.test(s.text.slice(0, m.start) + " " + s.text.slice(m.end)) && !/\b(?:peak(?:ed|s)?|record|high(?:est)?|low(?:est)?|top(?:ped)?)\b[^,;.]{0,30}$/i.test(s.text.slice(0, m.start))) return false;
  // One end of a range ("between 950 and _____ ml/min", "roughly 75% (_____ to 78%)", "1.36 to _____"): the other end
  // stands beside it, and which bound a learner remembers is the detail; the range is the fact.
  // (not a ratio: "outnumbered the French 20 to 1")
  // (nor a span of years, "from 1963 to 1989", which is the fact; but a figure the analyser took for a year beside one
  // that cannot be a year is a measure: "between 950 and 1150 ml/min")
  if ((m.type === "number" || m.type === "year") && m.text !== "1" && !/^\s*(?:to|:)\s*1\b/.test(s.text.slice(m.end))) {
    const before = s.text.slice(0, m.start), after = s.text.slice(m.end);
    const lower = RANGE_LOWER_AFTER.test(after) || (RANGE_LOWER_AFTER_BETWEEN.test(after) && /\bbetween\s+(?:(?:about|around|roughly|some)\s+)?$/i.test(before));
    const upper = RANGE_UPPER_BEFORE.exec(before);
    const other = lower ? /\d+(?:[.,]\d+)*/.exec(after)?.[0] : upper ? /(\d+(?:[.,]\d+)*)\D*$/.exec(upper[0])?.[1] : undefined;
    const yearLike = (x: string) => /^\d{4}$/.test(x) && Number(x) >= 1000 && Number(x) <= 2100;
    if ((lower || upper) && (m.type === "number" || (other !== undefined && !yearLike(other)))) return false;
  }
  // A figure in a bracketed aside ("(about _____ mm Hg in arteries)", "(oxygenation less than _____)"): the sentence's
  // claim stands without it
  if (m.type === "number" && /\([^()]*$/.test(s.text.slice(0, m.start)) && /^[^()]*\)/.test(s.text.slice(m.end)) && /\p{L}{3,}[^()]*$/u.test(/\(([^()]*)$/.exec(s.text.slice(0, m.start))![1]! + " " + /^([^()]*)\)/.exec(s.text.slice(m.end))![1]!)) return false;
  // Whose data a figure comes from ("according to data compiled by _____", "according to the _____", "calculated by the
  // _____"): the reads rejected all four as boilerplate; the figure is the fact
  // (and who obtained a document: "In a May 7 memo obtained by the _____", blind34)
  if (m.type !== "number" && m.type !== "year" && m.type !== "date" && m.type !== "person" && /\b(?:according to|compiled by|calculated by|collected by|released by|published by|obtained by)\s+(?:(?:data|figures|a report|a survey|estimates|statistics|numbers|research)\s+(?:[\p{L}-]+\s+){0,2}?(?:by|from)\s+)?(?:the\s+)?(?:[\p{L}-]+-based\s+)?$/iu.test(s.text.slice(0, m.start))) return false;
  // ... and who made an estimate ("_____ estimates that 213 million people watched ...", "Analysis from _____ suggests",
  // "A recent report from _____ anticipates"): the blind27 reader rejected all five research firms, the earlier reads four
  // of four agencies so placed; the estimate is the fact
  if (m.type !== "number" && m.type !== "year" && m.type !== "date" && m.type !== "person" && ESTIMATE_WORDS.test(s.text) && (/^(?:\s+\p{Lu}[\p{L}]*)*\s+(?:estimates|estimated|suggests|anticipates|projects|projected|forecasts|predicts|predicted)\b/u.test(s.text.slice(m.end)) || /\b(?:analysis|projection|projections|estimates?|forecasts?|data|figures)\s+(?:from|by)\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start)))) return false;
  // The body an official's title names ("_____ secretary Bill Matthews has said ...", "_____ spokesperson Michèle LaRose"):
  // the official's job, not the fact (blind34)
  if (!NOT_A_SPEAKING_BODY.has(m.type) && /^\s+(?:secretary|spokesperson|spokesman|spokeswoman|chairman|chairwoman|chair|director|commissioner|chief|official|officer|executive|president|minister|head)\s+\p{Lu}/u.test(s.text.slice(m.end)) && s.mentions.some((x) => x.type === "person" && x.start > m.end && x.start - m.end < 40)) return false;
  // Part of a name with a nickname in quotation marks ("the foundation's Don \"Moose\" _____"): the blank cuts the name
  if (/["“]/.test(s.text) && /^\p{Lu}/u.test(m.text) && /\p{Lu}[\p{L}.'’-]*\s+["“][^"”]{1,20}["”]\s+$/u.test(s.text.slice(0, m.start))) return false;
  // A stock exchange's ticker in brackets ("Amazon.com (NASDAQ:_____)"): boilerplate
  if (s.text.includes(":") && (TICKER_BEFORE.test(s.text.slice(0, m.start)) || (EXCHANGE.test(m.text) && /^\s*:/.test(s.text.slice(m.end))))) return false;
  // One of three or more percentages listed name by name ("Nevada was 5.9 percent below its peak, Arizona _____, Florida
  // 1.5 percent"): the reads kept 1 of 10; the list's point is not one state's figure (prose with three figures, "51.6% in
  // favour ... 32.9% did not vote", is asked)
  if (m.type === "number" && (/(?:%|percent|per cent)$/.test(m.text) || /^\s*(?:%|percent\b|per cent\b)/.test(s.text.slice(m.end))) && (s.text.match(/\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b)/g) ?? []).length >= 3 && (s.text.match(/,\s*(?:and\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b)/gu) ?? []).length >= 2) return false;
  // Where something was published ("in the journal _____", "an article in _____ calculated", "runs the _____ blog"): the
  // reads rejected all five as incidental; what it found is the fact
  if (m.type !== "number" && m.type !== "year" && m.type !== "date" && (/\b(?:in|to)\s+the\s+(?:journal|magazine|newspaper|blog|website|podcast)\s+$/i.test(s.text.slice(0, m.start)) || /\b(?:an?\s+(?:article|report|paper|study|story|op-ed|editorial|essay|post)|published)\s+in\s+(?:the\s+)?$/i.test(s.text.slice(0, m.start)) || /^\s+(?:blog|website|podcast|newsletter)\b/i.test(s.text.slice(m.end)) || /\s(?:blog|website|podcast|newsletter)$/i.test(m.text))) return false;
  // The years of someone's life or reign in brackets after their name ("three more sons, Chagatai (_____—1241), Ögedei,
  // and Tolui", "Hayam Wuruk (r. _____-89)"): the sentence is about them, not their dates, unless they are the article's
  // subject (whose dates the lead gives).
  // (and so is the birthplace before them: "John Ray (_____, 1627–1705)")
  if ((m.type === "year" || m.type === "date" || m.type === "number" || PLACE_TYPES.has(m.type)) && isLifespanBracket(a, s, m)) return false;
  // The hour of a clock time ("Just before _____ in the morning on Monday"): when the news broke
  if (m.type === "number" && /^\d{1,2}$/.test(m.text) && /^\s*(?:in the (?:morning|afternoon|evening)|at night|a\.?m\.?|p\.?m\.?|o['’]clock)\b/i.test(s.text.slice(m.end))) return false;
  // A time zone after a clock time ("9 a.m. _____")
  if (/\d\s*[ap]\.?m\.?\s+$/i.test(s.text.slice(0, m.start))) return false;
  // Half of a name joined by "&" ("Industrial Light & ___").
  if (/\p{Lu}[\p{L}]*\s*&\s*$/u.test(s.text.slice(0, m.start)) || /^\s*&\s*\p{Lu}/u.test(s.text.slice(m.end))) return false;
  // A figure cut out of a version number or a decimal ("1.6._____", "_____.0").
  if (/\d\.$/.test(s.text.slice(0, m.start)) || /^\.\d/.test(s.text.slice(m.end))) return false;
  // Who reported it ("Heise Online adds that ...", "as Hackaday's March story explains", "published at MAKEzine")
  // is the attribution, not the fact.
  if (m.type !== "person" && (OUTLET_AFTER.test(s.text.slice(m.end)) || OUTLET_BEFORE.test(s.text.slice(0, m.start)))) return false;
  // Where a quoted speaker works ("said Mr. Reeves, a senior fellow at the _____ at Harvard University"):
  // the speaker's description, not the story's fact.
  if (s.quoteSpans.length && SPEAKER_APPOSITIVE.test(s.text.slice(0, m.start))) return false;
  if (SPEAKER_WORKS_FOR.test(s.text.slice(0, m.start))) return false;
  // A famous person named with their title ("Russian President _____") is general knowledge.
  // (or with the country they lead: "France's _____" -> Emmanuel Macron, blind45)
  const leads = HEAD_TITLE_BEFORE.test(s.text.slice(0, m.start)) || afterCountryPossessive(s, m);
  if ((m.type === "person" || m.type === "name") && leads && isFamousPerson(a, m.canonical)) return false;
  // An untyped name is asked when the tagger agrees it is a proper noun ("Temüjin", "Merkits").
  if (m.type === "name") return s.tags.some((t) => t.start === m.start && t.pos === "PROPN") && m.text.length > 2;
  return true;
}

/** A name right after a country's possessive ("France’s _____", "Serbia’s _____"): whom the country has, its leader or its player. */
export function afterCountryPossessive(s: SentenceInfo, m: Mention): boolean {
  const owner = /(\p{Lu}[\p{L} ]*?)['’]s\s+$/u.exec(s.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  return !!owner && lookupGazetteer(owner)?.type === "country";
}

/** A year inside a bracket of dates only ("(1187—1241)", "(r. 1350-89)", "(born 1950)") right after the name of someone the article is not about. */
function isLifespanBracket(a: Analysis, s: SentenceInfo, m: Mention): boolean {
  const open = s.text.lastIndexOf("(", m.start);
  if (open < 0 || s.text.lastIndexOf(")", m.start) > open) return false;
  const close = s.text.indexOf(")", m.end);
  if (close < 0) return false;
  const inside = s.text.slice(open + 1, close);
  // (a birthplace may come first: "John Ray (England, 1627–1705)")
  if (!/^\s*(?:\p{Lu}[\p{L}\s.'’-]{1,40},\s*)?(?:(?:born|b\.|died|d\.|r\.|reigned|ruled|c\.|ca\.|circa)\s*)?\d{3,4}(?:\s*(?:BC|BCE|AD|CE))?(?:\s*[–—-]\s*(?:(?:c\.|ca\.)\s*)?\d{2,4}(?:\s*(?:BC|BCE|AD|CE))?)?\s*$/u.test(inside)) return false;
  const named = s.mentions.find((x) => x.end <= open && /^\s*$/.test(s.text.slice(x.end, open)));
  // (a capitalised word the analyser did not take for a name counts as one)
  if (!named) return /\p{Lu}\p{Ll}+\s*$/u.test(s.text.slice(0, open));
  return (named.type === "person" || named.type === "name") && !a.trivial.has(normalize(named.canonical));
}

/** After a range's lower end: its unit, if any, then "to" or a dash and the upper end ("70 to 78%", "950–1150"). */
const RANGE_LOWER_AFTER = /^\s*(?:%|percent\b|[\p{L}/]{1,12}\s*)?\s*(?:to|–|-)\s*\d/u;
/** After "between" and the lower end: "and" and the upper end. */
const RANGE_LOWER_AFTER_BETWEEN = /^\s*(?:%|percent\b|[\p{L}/]{1,12}\s*)?\s*and\s+\d/u;
/** Before a range's upper end: the lower end and "to" or a dash, or "between X and". */
const RANGE_UPPER_BEFORE = /(?:\d[\d,.]*\s*(?:%|percent)?\s*(?:to|–|-)\s*|\bbetween\s+(?:(?:about|around|roughly|some)\s+)?\d[\d,.]*\s*(?:%|percent\b|[\p{L}/]{1,12})?\s*and\s+)$/u;

/** A figure that is a statistic: a percentage, an amount of money, or a count in millions and more. */
const STATISTIC = /(?:\d[\d,.]*\s*(?:%|percent\b|per cent\b|percentage points?\b)|[$€£¥]\s?\d|\d[\d,.]*\s+(?:million|billion|trillion)\b)/i;

const NP_HEAD = new Set(["NOUN", "PROPN"]);
const LIGHT_VERBS = new Set(["become", "have", "make", "take", "give", "get", "do", "seem", "remain", "see", "keep"]);
const VAGUE_MODIFIERS = new Set(["other", "new", "many", "several", "various", "such", "same", "certain", "increasing", "significant", "further", "more", "most", "some", "numerous", "different", "similar", "major", "key", "important", "large", "small", "great"]);

/**
 * Sentences that are not the article's facts: a bracketed link teaser
 * ("[Read: ...]"), a question, or words to the reader ("Join our ...", "you").
 */
export function isDebrisSentence(s: SentenceInfo): boolean {
  const t = s.text.trim();
  if (/^\[/.test(t)) return true;
  // a list's introduction ("In the interview, Obama also said:") holds no fact of its own
  if (endsWithColon(t)) return true;
  // a heading, byline or list introduction has no verb, and a fragment has only -ing forms
  // ("Winning the Manhattan Kickoff Classic, Jefferson Cup, and ...")
  if (s.tags.length && !s.tags.some((x) => x.pos === "AUX" || (x.pos === "VERB" && !/ing$/i.test(x.text)))) return true;
  if (/\?["”’)\]]*$/.test(t)) return true;
  const outside = s.quoteSpans.reduceRight((x, q) => x.slice(0, q.start) + " ".repeat(q.end - q.start) + x.slice(q.end), s.text);
  if (/\b(?:you|your|yours)\b/i.test(outside)) return true;
  // a first-person passage outside quotation marks is a quotation set as a block ("Our apprehension ... us"), not the article's fact
  // ("World War I", "Charles I" are not the pronoun)
  // ("When I asked ...": a capitalised word of the sentence's grammar before "I" is no king's name)
  if (/(?<!\p{Lu}\p{L}*\s)\bI\s+\p{Ll}|\b(?:[Ww]e|us|[Oo]ur|[Mm]y|me)\b/u.test(outside) || /(?:^|[\s,(])(?:When|If|As|And|But|So|Then|Now|Here|What|Where|Why|How|Before|After|Because|While|Although|Though|Since|Until|Once|Today|Yesterday|Recently|Later|Still|Yet|Last|This|That)\s+I\s+\p{Ll}/u.test(outside)) return true;
  if (/^(?:Join|Click|Subscribe|Sign up|Follow|Read more|Share)\b/.test(t)) return true;
  // an image's caption ("Illustration from an original painting by Sir Harry Johnston, based on preserved skins.", blind42)
  if (/^(?:Illustration|Photo|Photograph|Image|Painting|Drawing|Engraving|Portrait|Map|Diagram|Picture)\s+(?:of|from|by|showing|shows|taken)\b/.test(t)) return true;
  // reporting boilerplate ("A spokesman for Christie declined to comment.")
  // ("The FBI did not have a comment for this story.", "had no comment")
  if (/\b(?:declined to comment|did not (?:immediately )?(?:respond|return)|could not be reached|was not immediately available|(?:did not|didn['’]t) have (?:a |any )?comment|had no (?:immediate )?comment|would not comment)\b/i.test(t) && t.split(/\s+/).length < 16) return true;
  // where the research was published ("A paper describing the research was published April 6 in Nature Biomedical
  // Engineering."): a press release's boilerplate
  if (/^(?:A|The) (?:paper|study|report|article)s? (?:describing|detailing|on|about|reporting) (?:the|this|these|their) (?:research|work|study|findings|results)\b[^.]{0,40}\b(?:was|were|is|are|will be) (?:published|posted|presented)\b/i.test(t) || /^The (?:study|research|paper|findings) (?:was|were|is|are|will be) published (?:online )?(?:on |in |today|this week|\p{Lu})/u.test(t) || /^The (?:discovery|discoveries|finding|findings|study|research|results?|work) (?:was|were|is|are|will be) (?:announced|published|reported|described)\b[^.]{0,40}\bin the journal\b/.test(t)) return true;
  // credit lines ("Heba Habib contributed to this report.")
  if (/\bcontributed (?:to )?(?:this|the) (?:report|article|story)\b|^(?:Reporting|Editing|Additional reporting) by\b/i.test(t)) return true;
  return false;
}
/**
 * An item of a list that a sentence ending in a colon introduces ("Obama also said:" then one
 * paragraph per point): what someone said, set out without quotation marks. Asked as a fact it
 * loses who said it, so it is not used.
 */
export function isReportedListItem(a: Analysis, s: SentenceInfo): boolean {
  const introIndex = listIntrosOf(a)[s.index]!;
  if (introIndex < 0) return false;
  const intro = a.sentences[introIndex]!;
  if (!/\b(?:said|says|told|added|argued|wrote|explained|insisted|claimed)\b/.test(intro.text)) return false;
  // narration resumes when the speaker is named again ("Mr Obama was speaking to the BBC ...")
  const speakers = intro.mentions.filter((x) => x.type === "person").map((x) => x.canonical.split(/\s+/).pop()!);
  return !speakers.some((n) => s.text.includes(n));
}

const endsWithColon = (text: string) => /:["”’)]*$/.test(text.trim());

const introCache = new WeakMap<Analysis, Int32Array>();
/**
 * For each sentence that is a paragraph of its own, the sentence ending in a colon that the run of
 * one-sentence paragraphs before it follows (-1 when none): one pass over the article.
 */
function listIntrosOf(a: Analysis): Int32Array {
  let out = introCache.get(a);
  if (!out) {
    const ss = a.sentences;
    const alone = (k: number) => ss[k - 1]?.paragraph !== ss[k]!.paragraph && ss[k + 1]?.paragraph !== ss[k]!.paragraph;
    out = new Int32Array(ss.length).fill(-1);
    let open = -1; // the introduction governing a sentence right after this one
    for (let k = 0; k < ss.length; k++) {
      if (alone(k)) out[k] = open;
      open = endsWithColon(ss[k]!.text) ? k : alone(k) ? open : -1;
    }
    introCache.set(a, out);
  }
  return out;
}

/**
 * The object of a clause's main verb as a fact ("use [the ATP and NADPH]",
 * "emphasised [the need for alliances]"): what people ask "what did X ...?" about.
 */
export function objectPhrases(s: SentenceInfo): Mention[] {
  const out: Mention[] = [];
  const t = s.tags;
  for (let v = 0; v < t.length; v++) {
    if (t[v]!.pos !== "VERB") continue;
    let i = v + 1;
    if (t[i]?.pos === "DET") i++;
    const start = i;
    while (i < t.length && (t[i]!.pos === "ADJ" || t[i]!.pos === "NOUN" || t[i]!.pos === "PROPN" || (t[i]!.pos === "CCONJ" && NP_HEAD.has(t[i + 1]?.pos ?? "")))) i++;
    // "the need for alliances": one prepositional complement
    if (t[i]?.pos === "ADP" && /^(?:of|for)$/.test(t[i]!.lemma) && NP_HEAD.has(t[i + 1]?.pos ?? "")) {
      const before = i;
      i++;
      while (i < t.length && (t[i]!.pos === "NOUN" || t[i]!.pos === "PROPN" || t[i]!.pos === "ADJ")) i++;
      // (not a complement cut short, "aid computation for thousands | of years", nor a length of time, "for decades")
      if ((t[i]?.pos === "ADP" && t[i]!.lemma === "of") || /^(?:thousands|hundreds|millions|dozens|years|decades|centuries|months|weeks|days|hours|ages|generations)$/i.test(t[i - 1]!.text)) i = before;
    }
    const end = i - 1;
    if (end < start || !NP_HEAD.has(t[end]!.pos) || end - start > 6) continue;
    // cut before the noun it modifies ("the problem of district | gerrymandering")
    const nx = t[end + 1];
    if (nx && /^\p{Ll}/u.test(nx.text) && /^\s*$/.test(s.text.slice(t[end]!.end, nx.start)) && (nx.pos === "NOUN" || (nx.pos === "VERB" && /ing$/.test(nx.text)))) continue;
    if (end === start && t[start]!.pos === "PROPN") continue; // a lone name is a mention already
    // "other changes", "new content", "increasing gunbattles": a vague phrase many answers fit
    if (VAGUE_MODIFIERS.has(t[start]!.lemma)) continue;
    // "uses a lot of power", "a number of reasons": a quantity word is no term, and the blank would cut "a" from it;
    // nor is the name of where something was published ("runs the Digiconomist blog")
    if (/^(?:lot|lots|variety|range|host|couple|bit|deal|plenty|handful)$/i.test(t[start]!.text) || /^(?:blog|website|podcast|newsletter)$/i.test(t[end]!.text)) continue;
    // after a light verb ("become public knowledge", "have a population") the phrase is not the fact
    if (LIGHT_VERBS.has(t[v]!.lemma)) continue;
    // an -ing word inside a noun phrase is no verb ("the personal computer operating | system market", blind31)
    // (not a preposition in -ing: "a preference regarding the number of users")
    if (/ing$/.test(t[v]!.text) && !/^(?:regarding|including|concerning|following|according|involving|excluding|considering|featuring)$/i.test(t[v]!.text) && v > 0 && /^(?:NOUN|ADJ|PROPN)$/.test(t[v - 1]!.pos) && /^\s+$/.test(s.text.slice(t[v - 1]!.end, t[v]!.start))) continue;
    // whom it was said to ("told CNN affiliate WUSA", "told reporters") is attribution
    if (t[v]!.lemma === "tell") continue;
    // "a recorded confession and excerpts | from Roof's journal": two coordinated items, the last cut from its complement
    // (blind30; the judged reads kept none of 4)
    if (t.slice(start, end + 1).some((x) => x.pos === "CCONJ") && t[end + 1]?.pos === "ADP") continue;
    const text = s.text.slice(t[start]!.start, t[end]!.end);
    if (/[.,;:]$/.test(text) || text.split(/\s+/).length < 2) continue;
    out.push({ sentence: s.index, start: t[start]!.start, end: t[end]!.end, text, canonical: text, type: "concept", subtype: "phrase", inQuote: s.quoteSpans.some((q) => t[start]!.start >= q.start && t[end]!.end <= q.end), ambiguous: false });
  }
  return out;
}

/**
 * The sentence gives an example of what the text says around it: "for example" or "for instance" as an aside, or
 * opening it ("New Mexico, for instance, still had 4 percent fewer ...", "As a final example: nitrous oxide is 63.3%
 * nitrogen ..."). Its figures and names illustrate a point the sentence before made: the reads kept none of 13 asked
 * there. Its true statement is still made.
 */
export function isExampleSentence(text: string): boolean {
  return /^\s*(?:For example|For instance|As an example|As a final example|As another example)\b|(?:,|;|—|–|\()\s*(?:for example|for instance|e\.g\.)\s*(?:,|—|–|\)|:)/.test(text);
}

/** The words after a count of two to five end on a list of exactly that many short items, after a colon, a comma or a dash. */
export function countedByList(count: string, after: string): boolean {
  const n = /^\d$/.test(count) ? Number(count) : NUMBER_WORDS[count.toLowerCase()];
  if (!n || n < 2 || n > 5) return false;
  const tail = /[:,—–]\s*([^.;:,—–]+(?:,\s*[^.;:,—–]+)*)\.?\s*$/.exec(after);
  if (!tail) return false;
  const items = tail[1]!.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).map((x) => x.trim()).filter(Boolean);
  return items.length === n && items.every((x) => x.split(/\s+/).length <= 5);
}
