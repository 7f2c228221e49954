// Owns reading an article into facts the question builders can use: sentences
// with their mentions (typed names, dates, numbers, key nouns), acronyms from
// "Long Name (ABBR)", people and their surnames, pronouns and whether they
// resolve, quotations, and which entities are the article's main topic.
import { segmentArticle } from "@/lib/domain/article/segment";
import { findDateExpressions, MONTH_NAMES, resolveAnchored, type DateExpression, type ResolvedDate } from "./dates";
import { lookupDemonym, lookupGazetteer } from "./gazetteer";
import { knownTypesOf } from "./lists";
import { everydayRank } from "./lists/everyday-words";
import {
  COUNTRY_HEADS,
  DOC_HEADS,
  EVENT_HEADS,
  GIVEN_NAMES,
  LOCATION_PREPOSITIONS,
  MONTHS,
  WEEKDAYS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_NOUNS,
  ORG_HEADS,
  ORG_SUBTYPE,
  PLACE_HEADS,
  PLACE_TYPES,
  ROLE_NOUNS,
  HOLIDAYS,
  SPEECH_FORMS,
  SPEECH_VERBS,
  TITLES,
} from "./lexicon";
import { tagText, type Tag } from "./tagger";
import { escapeRegExp, foldDiacritics, isAllCaps, isCapitalized, isPossessive, memoByString, normalize, NUMBER_WORDS, STOPWORDS, tokenize, type Edit, type Token } from "./text";

export type EntityType =
  | "person"
  | "country"
  | "city"
  | "region"
  | "place"
  | "organisation"
  | "document"
  | "event"
  | "nationality"
  | "year"
  | "date"
  | "century"
  | "number"
  | "concept"
  | "name";

export type Mention = {
  sentence: number;
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  /** The full name this mention stands for (a surname resolves to the full name). */
  canonical: string;
  type: EntityType;
  subtype: string;
  inQuote: boolean;
  /** A surname shared by two people in the article: never an answer on its own. */
  ambiguous: boolean;
  /** Title or apposition attached to a person ("deputy chair of ..."). */
  role?: string;
  /** Numeric value (years, numbers). */
  value?: number;
  /** Mention is a definition's short form, e.g. the ABBR inside "(ABBR)". */
  isDefinitionAlias?: boolean;
};

export type PronounUse = {
  start: number;
  end: number;
  word: string;
  resolved: boolean;
  /** A rewrite that replaces the pronoun with its antecedent in a stem. */
  rewrite?: Edit;
};

export type SentenceInfo = {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Part-of-speech tags, offsets relative to the sentence (tagger.ts). */
  tags: Tag[];
  mentions: Mention[];
  quoteSpans: { start: number; end: number }[];
  /** Share of the sentence's characters inside quotation marks. */
  quoteShare: number;
  pronouns: PronounUse[];
  dates: (DateExpression & { resolvedFinal: ResolvedDate | null })[];
  /** Contains a name, a date or a number: a fact a question should cover. */
  isFact: boolean;
};

export type EntityInfo = {
  canonical: string;
  type: EntityType;
  subtype: string;
  aliases: Set<string>;
  sentences: Set<number>;
  acronym?: string;
  longForm?: string;
};

export type Analysis = {
  body: string;
  title: string;
  date?: string;
  sentences: SentenceInfo[];
  paragraphCount: number;
  entities: Map<string, EntityInfo>;
  /** Acronym -> long form, from "Long Name (ABBR)". */
  acronyms: Map<string, string>;
  /** Surname (folded) -> full names of people who carry it. */
  surnames: Map<string, string[]>;
  /** Entities too central to ask about (in most sentences). */
  trivial: Set<string>;
  /** Lemma -> count of lowercase content words across the article. */
  nounCounts: Map<string, number>;
  /**
   * People the story only quotes or holds up as examples ("said Steve Cowan, a spokesman ...",
   * "people like Latasha Abney"): key -> whether any mention gives them a role. Without one they
   * are a vox pop, and what they say is colour.
   */
  sources: Map<string, { hasRole: boolean }>;
};

const SPEECH_AFTER = /^(?:\s*,[^,"“”]{1,120}?(?:,|\s(?=(?:said|says|told|tells)\b)))?\s*(?:said|says|told|tells|added|adds|stated|wrote|writes|explained|explains|noted|notes|warned|warns|predicted|predicts|recalled|recalls|remembered|remembers|argued|argues|cautioned|cautions|insisted|insists|pointed out|points out|called|reported|according)\b/;
// (not "told" or "asked": "told Reuters" names the listener)
const SPEECH_BEFORE = /\b(?:said|says|added|adds|explained|explains|noted|notes|recalled|recalls|remembered|remembers|according to)\s+(?:(?:Mr|Ms|Mrs|Dr|Senator|Sen|Rep|Representative|Gov|Governor|Professor|Prof|Mayor|Commissioner|Chief)\.?\s+)?(?:(?:van|von|de|der|al)\s+)?$/;
const EXAMPLE_BEFORE = /\b(?:people|those|travell?ers|residents|drivers|customers|fans|passengers|families|voters|workers|others)\s+(?:like|such as|including)\s+$/;

/**
 * Whether the story gives the person a public role: a title ("Dr.", "Governor"), a job with the
 * employer before the name ("CNN meteorologist Todd Borek"), or an apposition that names where they
 * work (", a geochemist at the National Autonomous University"). ", a nurse from Dayton," is no role.
 */
function hasRoleAt(s: SentenceInfo, m: Mention): boolean {
  const before = s.text.slice(0, m.start);
  const after = s.text.slice(m.end);
  if (/\b(?:Dr|Prof|Professor|Sen|Rep|Gov|Governor|Gen|Judge|Chief|Sgt|Lt|Capt|Col|President|Minister|Mayor)\.?\s+$/.test(before)) return true;
  if (m.role && /^\p{Lu}/u.test(m.role)) return true;
  // an employer before the name ("At US Airways, Todd Lehmacher", "American Airlines' Kent Powell")
  if (/\bAt\s+\p{Lu}[^,]{1,60},\s*$/u.test(before) || /\p{Lu}[\p{L}.&-]*['’]s?\s+$/u.test(before)) return true;
  if (/\p{Lu}[\p{L}.&'’-]*\s+(?:\p{Ll}+\s+){1,2}$/u.test(before) && ROLE_NOUNS.has(lemmaOf(prevWordOf(before)))) return true;
  return /^,\s+(?:(?:an?|the|its|their)\s+)?[^,;"“”]{0,60}?\b(?:at|for|of|with|to)\s+(?:the\s+)?\p{Lu}/u.test(after);
}

/** Whether a mention is inside the apposition that describes a quoted source (", an analyst at the firm _____,"). */
export function inSourceApposition(s: SentenceInfo, m: Mention, sources: Map<string, unknown>): boolean {
  return s.mentions.some((p) => p !== m && p.end <= m.start && sources.has(key(p.canonical)) && /^,\s+(?:an?|the|its|their)\s+[^,;"“”]*$/u.test(s.text.slice(p.end, m.start)) && /^[^,;"“”]*,/u.test(s.text.slice(m.end)));
}

/** Whether a person's mention only reports their words or holds them up as an example. */
export function isSpeechMention(s: SentenceInfo, m: Mention): boolean {
  return SPEECH_AFTER.test(s.text.slice(m.end)) || SPEECH_BEFORE.test(s.text.slice(0, m.start)) || EXAMPLE_BEFORE.test(s.text.slice(0, m.start));
}

const key = (s: string) => normalize(s);

const COMPASS = new Set(["East", "West", "North", "South", "Northern", "Southern", "Eastern", "Western", "Central"]);

function quoteSpansOf(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const re = /“[^”]*”|"[^"]*"|«[^»]*»/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function headOf(words: string[]): string {
  const of = words.findIndex((w) => w === "of" || w === "for" || w === "on");
  const core = of > 0 ? words.slice(0, of) : words;
  return core[core.length - 1] ?? "";
}

function anyHead(words: string[], heads: Set<string>): boolean {
  return words.some((w) => heads.has(w));
}

function isNameHead(word: string): boolean {
  return ORG_HEADS.has(word) || DOC_HEADS.has(word) || EVENT_HEADS.has(word) || PLACE_HEADS.has(word) || COUNTRY_HEADS.has(word);
}

/**
 * An acronym in brackets names the words before it only when its letters could be their initials:
 * "TFEU" after "... the European Union" names a longer name ("Treaty on the Functioning of ..."), not the union.
 */
function acronymFits(acronym: string, words: string[]): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return true;
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!);
  return initials[0] === acronym[0] && [...acronym].every((c) => initials.includes(c));
}

type Run = { tokens: Token[] };

/**
 * The last words of an agency's name that holds an "and" ("Customs and Border Protection", "Citizenship and Immigration
 * Services", "Immigration and Customs Enforcement", "Housing and Urban Development"): split there, the blind42 reader met
 * "Customs and _____, part of Homeland Security" -> Border Protection, and rejected all three such blanks.
 */
const AGENCY_ENDS = /^(?:Protection|Services|Enforcement|Prevention|Development|Affairs)$/;

/**
 * Capitalised runs in a sentence, joined across "of"/"and" only where the
 * result is one institution or document name ("Organization of Turkic
 * States", "Justice and Development Party"), never a list ("Türkiye and Azerbaijan").
 */
function capitalRuns(text: string, tokens: Token[], properWords: Set<string>, properPairs: Set<string>): Run[] {
  const runs: Run[] = [];
  const firstWord = tokens.findIndex((t) => /\p{L}/u.test(t.text));
  const usable = (i: number): boolean => {
    const t = tokens[i]!;
    if (!isCapitalized(t.text) && !/^\d/.test(t.text)) return false;
    if (/^\d/.test(t.text)) return false;
    if (MONTHS[t.text.toLowerCase()] !== undefined && t.text.length > 3) return false;
    const atStart = i === firstWord || /^[\s“"‘(]*$/.test(text.slice(tokens[i - 1]?.end ?? 0, t.start)) && i === firstWord;
    if (atStart) {
      const next = tokens[i + 1];
      // "New Zealand", "New York" at the start of a sentence: "New" belongs to the name
      // (and so does a compass word of a name the gazetteer knows: "North Dakota law enforcement officials ...")
      const newName = !!next && /^[ \t]+$/.test(text.slice(t.end, next.start)) && isCapitalized(next.text) && (t.text === "New" || !!lookupGazetteer(`${t.text} ${next.text}`) || properPairs.has(`${t.text} ${next.text}`) || (/^(?:North|South|East|West|Upper|Lower)$/.test(t.text) && knownTypesOf(`${t.text} ${next.text}`).some((r) => r.type === "place")));
      if ((STOPWORDS.has(t.text.toLowerCase()) || NOT_NAMES.has(t.text)) && !newName) return false;
      // "Leaving Westlake Station, the tunnels turn ...": a participle that opens the sentence is no part of a name
      // ("Reading Football Club won" keeps it: no comma closes the phrase)
      if (/^\p{Lu}\p{Ll}+ing$/u.test(t.text) && everydayRank(t.text) !== null && !properWords.has(t.text)) {
        let e = i + 1;
        while (e < tokens.length && isCapitalized(tokens[e]!.text)) e++;
        if (e > i + 1 && /^\s*,/.test(text.slice(tokens[e - 1]!.end))) return false;
      }
      const nextCapital = !!next && /^[ \t]+$/.test(text.slice(t.end, next.start)) && isCapitalized(next.text);
      // "Analysts said": a plural at the start of a sentence is not a name, whatever verb follows
      const nextSpeech = !!next && SPEECH_VERBS.has(next.text) && lemmaOf(t.text) === t.text.toLowerCase();
      // "Électricité de France", "Organization of Turkic States" at the start of a sentence
      const afterNext = tokens[i + 2];
      const joined =
        !!next && !!afterNext && NAME_CONNECTORS.has(next.text) && next.text !== "and" && next.text !== "the" && isCapitalized(afterNext.text) &&
        (isNameHead(t.text) || !["of", "for"].includes(next.text));
      // ("Customs and Border Protection, part of ...": an agency named with "and")
      let e = i + 2;
      while (e < tokens.length && isCapitalized(tokens[e]!.text) && /^[ \t]+$/.test(text.slice(tokens[e - 1]!.end, tokens[e]!.start))) e++;
      const agency = next?.text === "and" && e > i + 2 && (AGENCY_ENDS.test(tokens[e - 1]!.text) || ORG_HEADS.has(tokens[e - 1]!.text));
      // ("Greenland signed a treaty ...": a place the lists know, that is no everyday word, before its verb)
      const listed = !!next && /^[ \t]+\p{Ll}/u.test(text.slice(t.end)) && everydayRank(t.text) === null && knownTypesOf(t.text).some((r) => r.type === "place");
      if (!properWords.has(t.text) && !GIVEN_NAMES.has(t.text) && !lookupGazetteer(t.text) && !nextCapital && !nextSpeech && !joined && !listed && !agency) return false;
    }
    if (i > 0 && /[“"]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start)) && !properWords.has(t.text) && STOPWORDS.has(t.text.toLowerCase())) return false;
    return true;
  };
  const whitespaceGap = (a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));
  let i = 0;
  while (i < tokens.length) {
    if (!usable(i) || isPossessive(tokens[i]!.text)) {
      i++;
      continue;
    }
    const segs: Token[][] = [[tokens[i]!]];
    const joins: string[][] = [];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      // a middle initial and its dot stay inside the name ("John F. Kennedy", "James E. Webb")
      const initialDot = j - 1 > i && /^\p{Lu}$/u.test(prev.text) && /^\.[ \t]+$/.test(text.slice(prev.end, t.start)) && isCapitalized(t.text);
      // "Seattle–Tacoma International Airport": an en dash between two names, no spaces, makes one name
      if (text.slice(prev.end, t.start) === "–" && isCapitalized(t.text) && isCapitalized(prev.text) && !/^\d/.test(t.text)) {
        segs[segs.length - 1]!.push(t);
        j++;
        continue;
      }
      if (!whitespaceGap(prev, t) && !initialDot) break;
      if (isCapitalized(t.text) && !isPossessive(t.text) && !/^\d/.test(t.text)) {
        segs[segs.length - 1]!.push(t);
        j++;
        continue;
      }
      // connectors: of / of the / and / for ...
      let k = j;
      const conn: string[] = [];
      // ("on July 17", "on Tuesday" is a date, not part of a name)
      while (k < tokens.length && NAME_CONNECTORS.has(tokens[k]!.text) && whitespaceGap(tokens[k - 1]!, tokens[k]!) && conn.length < 2 && !(tokens[k]!.text === "on" && (MONTHS[tokens[k + 1]?.text.toLowerCase() ?? ""] !== undefined || WEEKDAYS[tokens[k + 1]?.text.toLowerCase() ?? ""] !== undefined))) {
        conn.push(tokens[k]!.text);
        k++;
      }
      if (conn.length && k < tokens.length && whitespaceGap(tokens[k - 1]!, tokens[k]!) && isCapitalized(tokens[k]!.text) && !isPossessive(tokens[k]!.text)) {
        joins.push(conn);
        segs.push([]);
        j = k;
        continue;
      }
      break;
    }
    // Decide which joins hold.
    let current: Token[] = [...segs[0]!];
    const flush = () => {
      if (current.length) runs.push({ tokens: current });
      current = [];
    };
    for (let s = 1; s < segs.length; s++) {
      const conn = joins[s - 1]!;
      const left = current.map((t) => t.text);
      const right = segs[s]!.map((t) => t.text);
      const leftHead = left[left.length - 1] ?? "";
      let keep = false;
      if (conn[0] === "of" || conn[0] === "for") {
        // (or a name already joined on its head: "Treaty on the Functioning" + "of the European Union")
        keep = isNameHead(leftHead) || left.some((w) => ORG_HEADS.has(w)) || (left.includes("on") && left.some((w) => DOC_HEADS.has(w) || EVENT_HEADS.has(w)));
        // (not "for the" a name that modifies the noun after it: "the Kennedy Space Center for the Apollo program" is the
        // center, built for the programme; the blank had taken "Kennedy Space Center for the Apollo", blind33)
        if (keep && conn[0] === "for" && conn.includes("the")) {
          const after = tokens.find((t) => t.start >= segs[s]![segs[s]!.length - 1]!.end);
          if (after && /^\p{Ll}+$/u.test(after.text) && !STOPWORDS.has(after.text) && text.slice(segs[s]![segs[s]!.length - 1]!.end, after.start) === " ") keep = false;
        }
      } else if (conn[0] === "on") {
        // "Treaty on European Union", "Committee on Science and Astronautics", "Conference on Civil Rights";
        // not "the Summit on Tuesday"
        // (an institution "on" a street is where it is: "Lothian Regional Council on George IV Bridge")
        keep = (DOC_HEADS.has(leftHead) || EVENT_HEADS.has(leftHead) || /^(?:Committee|Commission|Council|Institute|Centre|Center)$/.test(leftHead)) && !right.some((w) => PLACE_HEADS.has(w));
      } else if (conn[0] === "and" || conn[0] === "&") {
        const leftIsPlace = lookupGazetteer(left.join(" "))?.type;
        keep =
          (!leftIsPlace &&
            !left.some((w) => isNameHead(w)) &&
            (anyHead(right, ORG_HEADS) || anyHead(right, DOC_HEADS) || anyHead(right, EVENT_HEADS) || AGENCY_ENDS.test(right[right.length - 1] ?? ""))) ||
          // the second subject of a name joined on "on": "Committee on Science and Astronautics"
          (left.includes("on") && right.length === 1 && !lookupGazetteer(right[0]!) && s === segs.length - 1);
      } else {
        // van, von, al, bin, la ... inside names ("Électricité de France", "Charles de Gaulle")
        // ("a" only after "for": "Committee for a Responsible Federal Budget")
        keep = conn[0] !== "the" && conn[0] !== "a";
      }
      if (keep) {
        const connTokens = tokens.filter((t) => t.start >= current[current.length - 1]!.end && t.end <= segs[s]![0]!.start);
        current.push(...connTokens, ...segs[s]!);
      } else {
        flush();
        current = [...segs[s]!];
      }
    }
    flush();
    i = j;
  }
  return runs;
}

type Typed = { type: EntityType; subtype: string; role?: string };

function typeRun(words: string[], before: string, after: string): Typed | null {
  const text = words.join(" ");
  // a name that modifies a noun of works or brands is a work or a brand, not the person it is named after ("the eight Harry
  // Potter films", "the Harry Potter universe": "Potter" had been offered as an actor, blind35)
  if (/^\s+(?:films?|movies?|books?|novels?|series|franchise|brand|universe|saga|fans)\b/.test(after)) return { type: "name", subtype: "work" };
  const gaz = lookupGazetteer(text);
  const head = headOf(words);
  if (gaz) {
    if (gaz.type === "country" || gaz.type === "city" || gaz.type === "region") return { type: gaz.type, subtype: gaz.subtype ?? gaz.type };
    return { type: gaz.type, subtype: gaz.subtype ?? gaz.type };
  }
  // a country the name lists know and the gazetteer does not ("Sudan", "Libya", "Tunisia")
  if (knownTypesOf(text).some((r) => r.type === "place" && r.subtype === "country")) return { type: "country", subtype: "country" };
  if (words.length > 1 && COUNTRY_HEADS.has(words[0]!) && words[1] === "of") {
    const inner = lookupGazetteer(words.slice(2).join(" "));
    if (inner?.type === "country") return { type: "country", subtype: "country" };
  }
  if (words.length > 1 || ORG_HEADS.has(head) || isAllCaps(text)) {
    if (ORG_HEADS.has(head) && words.length > 1) return { type: "organisation", subtype: ORG_SUBTYPE[head] ?? "organisation" };
    if (DOC_HEADS.has(head) && words.length > 1) return { type: "document", subtype: head.toLowerCase() };
    if (EVENT_HEADS.has(head) && words.length > 1) return { type: "event", subtype: head.toLowerCase() };
    if (PLACE_HEADS.has(head) && words.length > 1) return { type: "place", subtype: head.toLowerCase() };
  }
  const nextWord = /^\s*([\p{L}-]+)/u.exec(after)?.[1] ?? "";
  // a verb of saying after it, said of words ("claimed that", "claimed:"), not of things ("Cholera claimed 100,000 lives")
  const saysNext = SPEECH_VERBS.has(nextWord) && (SPEECH_FORMS.has(nextWord) || /^\s*[\p{L}-]+\s*(?:that\b|[,:“"]|$)/u.test(after));
  const prevWord = (/([\p{L}-]+)\s*$/u.exec(before)?.[1] ?? "").toLowerCase();
  // an agency whose name holds an "and" ("Customs and Border Protection"): capitalRuns kept it whole on that last word
  if (words.length > 2 && words.includes("and") && AGENCY_ENDS.test(words[words.length - 1]!)) return { type: "organisation", subtype: "organisation" };
  // A flight ("Malaysia Airlines Flight MH17") is an event, not its airline.
  if (words.length > 1 && words.slice(1).includes("Flight")) return { type: "event", subtype: "flight" };
  // An institution word anywhere after the first ("Imperial College London") makes an organisation.
  if (words.length > 1) {
    const inner = words.slice(1).find((w) => ORG_HEADS.has(w));
    if (inner) return { type: "organisation", subtype: ORG_SUBTYPE[inner] ?? "organisation" };
  }
  // "analysts at Rystad Energy": after "at", a multi-word unknown name is an organisation, not a person.
  if (words.length > 1 && prevWord === "at" && !GIVEN_NAMES.has(words[0]!)) return { type: "organisation", subtype: "organisation" };
  if (words.length === 1) {
    const w = words[0]!;
    const dem = lookupDemonym(w);
    if (dem || (/(?:ian|ish|ese|ic|ean|i)$/u.test(w) && /^\p{Ll}/u.test(nextWord) && !SPEECH_VERBS.has(nextWord) && !STOPWORDS.has(nextWord))) {
      if (dem || /^\p{Ll}/u.test(nextWord)) return { type: "nationality", subtype: "nationality" };
    }
    if (isAllCaps(w)) return { type: "organisation", subtype: "acronym" };
  }
  // "the investment firm Ipopema Securities": a name right after an organisation noun is that organisation.
  if (words.length <= 4 && ORG_NOUNS.has(prevWord) && !GIVEN_NAMES.has(words[0]!)) return { type: "organisation", subtype: prevWord === "bank" ? "bank" : "company" };
  // People: a given name, a speech verb or an apposition after it.
  // (a middle initial is part of it: "John F. Kennedy")
  const initials = words.filter((w) => /^\p{Lu}$/u.test(w)).length;
  // (and so is a particle: "Bill de Blasio", "Ludwig van Beethoven")
  const particles = words.filter((w, k) => k > 0 && k < words.length - 1 && NAME_PARTICLES.has(w)).length;
  const looksLikeName = words.length >= 2 && words.length - initials - particles <= 4 && words.every((w, k) => /^\p{Lu}[\p{Ll}\p{M}’'-]+$/u.test(w) || (k > 0 && k < words.length - 1 && (/^\p{Lu}$/u.test(w) || NAME_PARTICLES.has(w))));
  const appWords = /^\s*,\s*(?:an?\s+|the\s+)?([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after);
  const roleLike = (w: string | undefined) => !!w && (ROLE_NOUNS.has(w) || /(?:ist|ian|eer|ger|ker|ner|ter|yst|tor|ant)$/.test(w));
  const apposition = !!appWords && /^\s*,\s*(?:an?|the)\s/u.test(after) ? roleLike(appWords[1]) || roleLike(appWords[2]) : !!appWords && (ROLE_NOUNS.has(appWords[1]!) || ROLE_NOUNS.has(appWords[2] ?? ""));
  const honorific = /\b(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s*$/u.test(before);
  const afterComma = /^\s*,\s*([\p{Ll}]+)/u.exec(after)?.[1] ?? "";
  // "Poland's deputy prime minister, Krzysztof Gawkowski, said"
  const roleBefore = /([\p{Ll}-]+)\s*,\s*$/u.exec(before)?.[1] ?? "";
  // (a street is no person, whatever its first word: "20 Charles Road", "Clyde Road")
  // (nor a fort, a mountain or a lake by the word before its name: "Fort York", blind46)
  const street = words.length >= 2 && (/^(?:Road|Street|Avenue|Lane|Boulevard|Terrace|Crescent)$/.test(words[words.length - 1]!) || PLACE_PREFIX.test(words[0]!));
  if (looksLikeName && !street && (GIVEN_NAMES.has(words[0]!) || saysNext || SPEECH_VERBS.has(afterComma) || apposition || ROLE_NOUNS.has(roleBefore) || ROLE_NOUNS.has(prevWordOf(before)) || /(?:ist|ographer)$/.test(prevWordOf(before)) || honorific)) {
    return { type: "person", subtype: "person" };
  }
  if (words.length === 1 && HOLIDAYS.has(words[0]!)) return { type: "event", subtype: "holiday" };
  // ("differs from Etumbot", "derived from Latin": a "from" that is no place's)
  // (nor is a plural abbreviation: "listed in URVs")
  if (words.length === 1 && LOCATION_PREPOSITIONS.has(prevWord) && !/^\p{Lu}{2,}s$/u.test(words[0]!) && !/\b(?:differs?|differed|differing|different|distinct|derived|distinguished|apart|aside|borrowed|adapted)\s+from\s*$/i.test(before)) return { type: "place", subtype: "place" };
  // (not an everyday word at the head of a sentence: "People said we were crazy.")
  if (words.length === 1 && saysNext && everydayRank(words[0]!) === null) return { type: "person", subtype: "surname" };
  return { type: "name", subtype: "name" };
}

/** The word before a place's name that says what it is: "Fort York", "Mount Kenya", "Lake Simcoe". */
const PLACE_PREFIX = /^(?:Fort|Mount|Lake|Loch|Cape|Port|Camp)$/;

/** A place the gazetteer or the name lists know ("Sudan", "Libya"): never someone's surname. */
const isKnownPlace = memoByString((name) => !!lookupGazetteer(name) || knownTypesOf(name).some((r) => r.type === "place"));

/** Split a leading title ("Azerbaijani President", "Prime Minister") off a person's name. */
function splitTitle(words: string[]): { prefix: string[]; title: string[]; name: string[] } | null {
  for (let t = words.length - 2; t >= 0; t--) {
    if (!TITLES.has(words[t]!)) continue;
    const name = words.slice(t + 1);
    // (a particle inside the name is no connector: "Mayor Bill de Blasio"; a first name "Bill" is no bill)
    if (name.some((w, k) => (isNameHead(w) && !(k === 0 && w === "Bill" && name.length > 1)) || (NAME_CONNECTORS.has(w) && !(k > 0 && k < name.length - 1 && NAME_PARTICLES.has(w))) || TITLES.has(w))) return null;
    let s = t;
    while (s > 0 && TITLES.has(words[s - 1]!)) s--;
    return { prefix: words.slice(0, s), title: words.slice(s, t + 1), name };
  }
  return null;
}

/** A day without its year, "April 20" or "20 April" (a date with its year is dates.ts's). */
const MONTH_ALT = MONTH_NAMES.join("|");
const DAY_RE = new RegExp(String.raw`\b(?:(?:${MONTH_ALT})\s+\d{1,2}(?!\d|\s*,?\s*\d{4}|:)|\d{1,2}\s+(?:${MONTH_ALT})(?!\s*,?\s*\d{4}))\b`, "g");
/** A decade, with its part: "1740s", "the late 1960s" (the mention starts after "the"). */
const DECADE_RE = /\b(?:(?:early|mid|late)[\s-])?1\d{2}0s\b|\b(?:(?:early|mid|late)[\s-])?20[0-2]0s\b/g;
/** A count in words before a plural noun (values from text.ts's NUMBER_WORDS, and "hundred"). */
const COUNT_RE = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?=((?:[\p{Ll}-]+\s+)?[\p{Ll}-]{3,}s)\b)/giu;

export type AnalyzeInput = { body: string; title?: string; date?: string };

export function analyzeArticle(input: AnalyzeInput): Analysis {
  const { body } = input;
  const paragraphs = segmentArticle(body);
  const sentences: SentenceInfo[] = [];
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const text = body.slice(s.start, s.end);
      const quoteSpans = quoteSpansOf(text);
      const quoted = quoteSpans.reduce((n, q) => n + (q.end - q.start), 0);
      sentences.push({
        index: s.index,
        paragraph: p.index,
        start: s.start,
        end: s.end,
        text,
        tokens: tokenize(text),
        tags: [],
        mentions: [],
        quoteSpans,
        quoteShare: text.length ? quoted / text.length : 0,
        pronouns: [],
        dates: [],
        isFact: false,
      });
    }
  }

  // One tagger pass over the body; each sentence takes the tags inside it.
  {
    const all = tagText(body);
    let k = 0;
    for (const s of sentences) {
      while (k < all.length && all[k]!.end <= s.start) k++;
      let j = k;
      while (j < all.length && all[j]!.start < s.end) {
        const t = all[j]!;
        const start = Math.max(t.start, s.start);
        const end = Math.min(t.end, s.end);
        if (end > start) s.tags.push({ ...t, start: start - s.start, end: end - s.start, text: s.text.slice(start - s.start, end - s.start) });
        j++;
      }
      k = j > k ? j - 1 : k;
    }
  }

  // Words seen capitalised away from a sentence start are proper words.
  const properWords = new Set<string>();
  const properPairs = new Set<string>();
  const lowerWords = new Map<string, number>();
  for (const s of sentences) {
    const first = s.tokens.findIndex((t) => /\p{L}/u.test(t.text));
    s.tokens.forEach((t, i) => {
      if (i !== first && isCapitalized(t.text)) {
        const gap = s.text.slice(s.tokens[i - 1]?.end ?? 0, t.start);
        if (!/[“"‘]\s*$/.test(gap) && !/[:.]\s*$/.test(gap)) {
          properWords.add(t.text);
          // ("North Dakota" inside a sentence: the pair is one name at a sentence's start too)
          const next = s.tokens[i + 1];
          if (COMPASS.has(t.text) && next && isCapitalized(next.text) && s.text.slice(t.end, next.start) === " ") properPairs.add(`${t.text} ${next.text}`);
        }
      }
      if (/^\p{Ll}/u.test(t.text)) {
        const lemma = lemmaOf(t.text);
        lowerWords.set(lemma, (lowerWords.get(lemma) ?? 0) + 1);
      }
    });
  }

  const acronyms = new Map<string, string>();
  const entities = new Map<string, EntityInfo>();
  const register = (m: Mention) => {
    const k = key(m.canonical);
    let e = entities.get(k);
    if (!e) {
      e = { canonical: m.canonical, type: m.type, subtype: m.subtype, aliases: new Set(), sentences: new Set() };
      entities.set(k, e);
    }
    if (m.text !== m.canonical) e.aliases.add(m.text);
    e.sentences.add(m.sentence);
  };

  // Pass 1: names.
  for (const s of sentences) {
    const inQuote = (a: number, b: number) => s.quoteSpans.some((q) => a >= q.start && b <= q.end);
    for (const run of capitalRuns(s.text, s.tokens, properWords, properPairs)) {
      let toks = run.tokens;
      // Drop words that are never names alone.
      // Drop a leading function word ("The", "This"); a compass word stays when a name follows ("West Ham United").
      while (
        toks.length &&
        NOT_NAMES.has(toks[0]!.text) &&
        !(COMPASS.has(toks[0]!.text) && toks.length > 1) &&
        !(toks[0]!.text === "New" && toks.length > 1) &&
        !lookupGazetteer(toks.map((t) => t.text).join(" "))
      )
        toks = toks.slice(1);
      if (!toks.length) continue;
      let words = toks.map((t) => t.text);
      let role: string | undefined;
      // (a company named like a rank and a word, "General Electric", "General Dynamics/Convair", is no person)
      const split0 = splitTitle(words);
      const split = split0 && split0.title.length === 1 && split0.title[0] === "General" && split0.name.length === 1 && (everydayRank(split0.name[0]!) !== null || /^(?:Dynamics|Motors|Mills|Atomics|Instruments|Foods)$/.test(split0.name[0]!)) ? null : split0;
      if (split && split.name.length) {
        if (split.prefix.length) {
          const pToks = toks.slice(0, split.prefix.length);
          const pWords = split.prefix;
          const typed = typeRun(pWords, s.text.slice(0, pToks[0]!.start), s.text.slice(pToks[pToks.length - 1]!.end));
          const pText = s.text.slice(pToks[0]!.start, pToks[pToks.length - 1]!.end);
          const nat = lookupDemonym(pText);
          const t: Typed = nat ? { type: "nationality", subtype: "nationality" } : typed ?? { type: "name", subtype: "name" };
          s.mentions.push(mk(s, pToks, t, inQuote));
        }
        role = [...split.prefix, ...split.title].join(" ");
        toks = toks.slice(split.prefix.length + split.title.length);
        words = split.name;
        const m = mk(s, toks, { type: "person", subtype: "person", role }, inQuote);
        s.mentions.push(m);
        continue;
      }
      if (words.length === 1 && (NOT_NAMES.has(words[0]!) || TITLES.has(words[0]!))) continue;
      const before = s.text.slice(0, toks[0]!.start);
      const after = s.text.slice(toks[toks.length - 1]!.end);
      const typed = typeRun(words, before, after);
      if (!typed) continue;
      const m = mk(s, toks, typed, inQuote);
      // "Long Name (ABBR)": the abbreviation is the long name's alias.
      const paren = /^\s*\(([^()]{1,30})\)/u.exec(after);
      // (not a person's party and district, "Michael Doherty (R-Warren)", nor a life span)
      // (nor a publisher and year, "Stern Men (Houghton Mifflin 2000)", blind39)
      // (nor the name in another script, "Νίκος Παναγιωτίδης in Greek")
      // (a name in another language keeps its words, not its label: "(German: Rheintal)" -> Rheintal)
      const alias = paren ? paren[1]!.replace(/^\p{Lu}\p{Ll}+:\s*/u, "").trim() : "";
      if (paren && words.length > 1 && /^\p{Lu}/u.test(alias) && !alias.includes(":") && typed.type !== "person" && acronymFits(alias, words) && !/^[\p{Lu}]-\p{Lu}/u.test(alias) && !/\b(?:1[5-9]|20)\d\d\b/.test(alias) && /^[\p{Script=Latin}\d\s.:&'’-]+$/u.test(alias)) {
        acronyms.set(alias, m.canonical);
      }
      // Apposition: "Zafer Sırakaya, deputy chair of Türkiye’s ruling ... Party (AK Party)"
      if (typed.type === "person") {
        const app = /^\s*,\s*((?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:of|at|for|with)\s+[^,]+?(?:\([^)]*\))?)\s*(?:,|\bsaid\b|\bsays\b|$)/u.exec(after);
        const roleWord = app ? /(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for|with)\b/u.exec(app[1]!)?.[1] : undefined;
        if (app && roleWord && ROLE_NOUNS.has(roleWord)) m.role = app[1]!.trim();
      }
      // Role in front: "World Athletics president Sebastian Coe", "marine biologist Elena Vargas".
      if (typed.type === "person" && !m.role) {
        const pre = /((?:(?:\p{Lu}[\p{L}\p{M}’'-]*|[\p{Ll}-]+)\s+){0,3}([\p{Ll}-]+))\s+$/u.exec(before);
        if (pre && (ROLE_NOUNS.has(pre[2]!) || /(?:ist|ner|ter|ker|ger|tor)$/.test(pre[2]!))) {
          const words = pre[1]!.split(/\s+/);
          // keep the role's own words: drop determiners, prepositions and verbs on the left
          let k = 0;
          while (k < words.length - 1 && (STOPWORDS.has(words[k]!.toLowerCase()) || /^\p{Ll}+(?:ed|s)$/u.test(words[k]!) && !ROLE_NOUNS.has(words[k]!))) k++;
          const role = words.slice(k).join(" ");
          if (!/^(?:the|a|an|his|her|their|its)$/i.test(words[k] ?? "")) m.role = role;
        }
      }
      s.mentions.push(m);
    }
  }

  // Acronym mentions take their long form's type; the "(ABBR)" itself is a definition alias.
  const firstByCanonical = new Map<string, Mention>();
  for (const s of sentences) for (const m of s.mentions) if (!firstByCanonical.has(m.canonical)) firstByCanonical.set(m.canonical, m);
  for (const s of sentences) {
    for (const m of s.mentions) {
      const long = acronyms.get(m.text);
      if (long) {
        const longMention = firstByCanonical.get(long);
        m.canonical = long;
        if (longMention) {
          m.type = longMention.type;
          m.subtype = longMention.subtype;
        }
        const before = s.text.slice(0, m.start);
        if (/\(\s*$/.test(before)) m.isDefinitionAlias = true;
      }
    }
    // A bracketed short form like "(AK Party)" may have been split into words: mark them.
    for (const m of s.mentions) {
      if (/\(\s*$/.test(s.text.slice(0, m.start)) && /^[^)]*\)/.test(s.text.slice(m.end)) && m.type !== "person") {
        const inner = /\(([^()]*)$/.exec(s.text.slice(0, m.end))?.[1] ?? "";
        if (acronyms.has(inner.trim())) m.isDefinitionAlias = true;
      }
    }
  }

  // A two- or three-word name whose last word also stands alone elsewhere is a person
  // introduced in full and then by surname (news style).
  const loneWords = new Set<string>();
  for (const s of sentences) for (const m of s.mentions) if (!m.text.includes(" ") && m.type === "person") loneWords.add(m.text);
  // A lone untyped name that a full name ends with, used as the subject of a verb twice or more
  // ("McPherson was awarded ...", "McPherson served ..."), is that person's surname.
  const subjectUses = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== "name" || m.text.includes(" ")) continue;
      const next = s.tags.find((t) => t.start >= m.end);
      if (next && (next.pos === "VERB" || next.pos === "AUX" || next.text === "’s" || next.text === "'s")) subjectUses.set(m.text, (subjectUses.get(m.text) ?? 0) + 1);
    }
  }
  for (const [w, n] of subjectUses) if (n >= 2) loneWords.add(w);
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== "name") continue;
      const parts = m.text.split(/\s+/);
      if (parts.length >= 2 && parts.length <= 3 && parts.every((w) => /^\p{Lu}[\p{L}\p{M}’'-]+$/u.test(w) && /\p{Ll}/u.test(w)) && loneWords.has(parts[parts.length - 1]!) && !isKnownPlace(m.text) && !isKnownPlace(parts[parts.length - 1]!) && !PLACE_PREFIX.test(parts[0]!)) {
        m.type = "person";
        m.subtype = "person";
      }
    }
  }

  // "Ingrid Halvorsen and Magnus Berg": a name listed with a person is a person too.
  for (const s of sentences) {
    s.mentions.forEach((m, i) => {
      if (m.type !== "name" || i === 0) return;
      const prev = s.mentions[i - 1]!;
      const parts = m.text.split(/\s+/);
      const between = s.text.slice(prev.end, m.start);
      if (prev.type === "person" && /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(between) && parts.length >= 2 && parts.length <= 3 && parts.every((w) => /^\p{Lu}[\p{L}\p{M}’'-]+$/u.test(w) && /\p{Ll}/u.test(w))) {
        m.type = "person";
        m.subtype = "person";
      }
    });
  }

  // People: full names give surnames; a lone surname resolves to its full name.
  // (a name with a middle initial is a person's even when nothing else typed it: "Lyndon B. Johnson" beside "Andrew
  // Johnson" makes a lone "Johnson" ambiguous, where it had been taken for Andrew: blind26)
  for (const s of sentences)
    for (const m of s.mentions)
      if (m.type === "name" && /^\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+){1,2}\p{Lu}\p{Ll}+$/u.test(m.text) && !isNameHead(m.text.split(/\s+/).pop()!)) {
        m.type = "person";
        m.subtype = "person";
        const e = entities.get(key(m.canonical));
        if (e && e.type === "name") { e.type = "person"; e.subtype = "person"; }
      }
  const surnames = new Map<string, string[]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.type !== "person") continue;
      const parts = m.text.split(/\s+/);
      if (parts.length < 2) continue;
      const sk = foldDiacritics(parts[parts.length - 1]!).toLowerCase();
      const list = surnames.get(sk) ?? [];
      if (!list.includes(m.text)) list.push(m.text);
      surnames.set(sk, list);
    }
  }
  const lastFull = new Map<string, string>();
  // the people the title names, by first and last word ("Taylor Alison Swift" for "Taylor Swift")
  const titleWords = new Set((input.title ?? "").split(/[\s,:;()]+/).filter(Boolean));
  const firstLast = (name: string) => { const w = name.split(/\s+/); return [w[0]!, w[w.length - 1]!] as const; };
  const titled = [...new Set([...surnames.values()].flat())].filter((o) => firstLast(o).every((w) => titleWords.has(w)));
  for (const s of sentences) {
    for (const m of s.mentions) {
      const parts = m.text.split(/\s+/);
      const sk = foldDiacritics(parts[parts.length - 1]!).toLowerCase();
      const owners = surnames.get(sk);
      if (parts.length >= 2 && m.type === "person") {
        lastFull.set(sk, m.text);
        continue;
      }
      // (the first name of the person the title names is that person: "Taylor has a younger brother" in "Taylor Swift")
      const subject = parts.length === 1 ? titled.find((o) => firstLast(o)[0] === m.text) : undefined;
      if (subject) {
        m.type = "person";
        m.subtype = "person";
        m.canonical = subject;
        m.ambiguous = false;
        continue;
      }
      if (parts.length === 1 && owners && !isKnownPlace(m.text)) {
        m.type = "person";
        m.subtype = "person";
        // (of a family, the one the title names: in "Taylor Swift", "Swift" is Taylor, not her brother Austin Swift)
        const ownersTitled = owners.filter((o) => titled.includes(o));
        if (owners.length === 1) m.canonical = owners[0]!;
        else if (ownersTitled.length && new Set(ownersTitled.map((o) => firstLast(o).join(" "))).size === 1) m.canonical = ownersTitled[0]!;
        else {
          m.ambiguous = true;
          m.canonical = lastFull.get(sk) ?? owners[0]!;
        }
      }
    }
  }

  // Dates, numbers.
  let anchor: ResolvedDate | null = null;
  let anchorParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== anchorParagraph) {
      anchor = null;
      anchorParagraph = s.paragraph;
    }
    const exprs = findDateExpressions(s.text, input.date);
    const sentenceAnchor = exprs.find((e) => e.kind !== "anchored" && e.resolved)?.resolved ?? anchor;
    s.dates = exprs.map((e) => ({ ...e, resolvedFinal: e.kind === "anchored" ? resolveAnchored(e, sentenceAnchor) : e.resolved }));
    const firstAbs = exprs.find((e) => e.kind !== "anchored" && e.resolved && !/^(today|now)$/i.test(e.text));
    if (firstAbs?.resolved) anchor = firstAbs.resolved;
    for (const d of exprs) {
      if (d.kind !== "absolute" || !d.resolved) continue;
      const inQ = s.quoteSpans.some((q) => d.start >= q.start && d.end <= q.end);
      if (/^\d{4}$/.test(d.text)) {
        s.mentions.push({ sentence: s.index, start: d.start, end: d.end, text: d.text, canonical: d.text, type: "year", subtype: "year", inQuote: inQ, ambiguous: false, value: d.resolved.year });
      } else if (/century/i.test(d.text)) {
        const num = /(\d{1,2}(?:st|nd|rd|th))/i.exec(d.text)!;
        const st = d.start + d.text.indexOf(num[1]!);
        s.mentions.push({ sentence: s.index, start: st, end: st + num[1]!.length, text: num[1]!, canonical: num[1]!, type: "century", subtype: "century", inQuote: inQ, ambiguous: false, value: parseInt(num[1]!, 10) });
      } else {
        s.mentions.push({ sentence: s.index, start: d.start, end: d.end, text: d.text, canonical: d.text, type: "date", subtype: "date", inQuote: inQ, ambiguous: false });
      }
    }
    // A day without its year ("On April 20, Kennedy sent a memo"): one date, asked whole, never its day alone.
    DAY_RE.lastIndex = 0;
    for (let m = DAY_RE.exec(s.text); m; m = DAY_RE.exec(s.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (s.mentions.some((x) => start < x.end && end > x.start)) continue;
      const inQ = s.quoteSpans.some((q) => start >= q.start && end <= q.end);
      s.mentions.push({ sentence: s.index, start, end, text: m[0], canonical: m[0], type: "date", subtype: "date", inQuote: inQ, ambiguous: false });
    }
    // A decade ("in the 1740s", "during the late 1960s"): a date, asked whole with its "early"/"late".
    DECADE_RE.lastIndex = 0;
    for (let m = DECADE_RE.exec(s.text); m; m = DECADE_RE.exec(s.text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (s.mentions.some((x) => start < x.end && end > x.start)) continue;
      // "the 1600s" is a century; "the 1840s and 50s" shares its century with the next
      if (/[1-9]00s$/.test(m[0]) || /^\s*(?:and|or|to|[-–])\s*['’]?\d0s\b/.test(s.text.slice(end))) continue;
      const inQ = s.quoteSpans.some((q) => start >= q.start && end <= q.end);
      s.mentions.push({ sentence: s.index, start, end, text: m[0], canonical: m[0], type: "date", subtype: "decade", inQuote: inQ, ambiguous: false });
    }
    // Quantities: 3.2 billion, 45 percent, $12 million, 1,200 people.
    const numRe = /(?:[$€£]\s?)?\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?:[$€£]\s?)?\b\d+(?:\.\d+)?\b/g;
    for (let m = numRe.exec(s.text); m; m = numRe.exec(s.text)) {
      const start = m.index;
      let end = start + m[0].length;
      if (s.mentions.some((x) => start < x.end && end > x.start)) continue;
      // scores and ranges ("3-1", "2019-20") are not one number
      if (/^[-–]\d/.test(s.text.slice(end)) || /\d[-–]$/.test(s.text.slice(0, start))) continue;
      if (/^\d(?:st|nd|rd|th)/.test(s.text.slice(end - 1, end + 2)) || /^[a-z]/i.test(s.text.slice(end, end + 1))) {
        if (!/^(?:st|nd|rd|th)\b/.test(s.text.slice(end))) continue;
      }
      const rest = s.text.slice(end);
      const unit = /^(\s?(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b|thousand\b))/i.exec(rest);
      if (unit) end += unit[1]!.length;
      const text = s.text.slice(start, end);
      const nextNoun = /^\s+([\p{Ll}-]+)/u.exec(s.text.slice(end))?.[1] ?? "";
      const value = parseFloat(text.replace(/[^\d.]/g, ""));
      const inQ = s.quoteSpans.some((q) => start >= q.start && end <= q.end);
      const subtype = unit ? unit[1]!.trim().toLowerCase().replace("per cent", "percent").replace("%", "percent") : nextNoun || "count";
      s.mentions.push({ sentence: s.index, start, end, text, canonical: text, type: "number", subtype, inQuote: inQ, ambiguous: false, value });
    }
    // Counts written in words before a plural noun ("three astronauts", "twelve regenerations"); not "one"
    // (a pronoun as often as a count) nor inside a name ("the Three Gorges").
    COUNT_RE.lastIndex = 0;
    for (let m = COUNT_RE.exec(s.text); m; m = COUNT_RE.exec(s.text)) {
      const start = m.index;
      const end = start + m[1]!.length;
      if (s.mentions.some((x) => start < x.end && end > x.start)) continue;
      if (/^\p{Lu}/u.test(m[1]!) && start > 0 && !/[.!?]["”’]?\s*$/.test(s.text.slice(0, start))) continue;
      // "the two countries" names things already counted; "three hundred years" is one number
      if (/\b(?:the|these|those|both|its|their|his|her|our|all|first|last|next|other|of)\s+$/i.test(s.text.slice(0, start))) continue;
      if (/^\s+(?:hundred|thousand|million|billion)\b/i.test(s.text.slice(end)) || /\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)[\s-]+$/i.test(s.text.slice(0, start))) continue;
      // a count the sentence spells out ("three brothers named Hasar, ...", "three more sons, Chagatai, ..."),
      // a time ("four years ago") or one of two counts ("three or four stages") gives itself away
      const tail = s.text.slice(end);
      if (/^\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\b\s*(?:,\s*(?:namely\s+|including\s+)?\p{Lu}|:|[—–]|named\b|called\b|namely\b|including\b)/u.test(tail)) continue;
      if (/^\s+(?:years?|months?|weeks?|days?|decades?|centuries)\s+(?:ago|later|earlier|before|after)\b/i.test(tail)) continue;
      if (/(?::\s*\p{L}[^.;]*,|\bnamely\b)/u.test(tail)) continue;
      if (/^\s+(?:or|to|and)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(tail) || /\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:or|to|and)\s+$/i.test(s.text.slice(0, start))) continue;
      const word = m[1]!.toLowerCase();
      const value = word === "hundred" ? 100 : NUMBER_WORDS[word]!;
      const inQ = s.quoteSpans.some((q) => start >= q.start && end <= q.end);
      const nextNoun = /^\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+s)\b/u.exec(s.text.slice(end))?.[1] ?? "count";
      s.mentions.push({ sentence: s.index, start, end, text: m[1]!, canonical: m[1]!, type: "number", subtype: nextNoun, inQuote: inQ, ambiguous: false, value });
    }
    s.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  for (const s of sentences) for (const m of s.mentions) register(m);
  for (const [abbr, long] of acronyms) {
    const e = entities.get(key(long));
    if (e) {
      e.acronym = abbr;
      e.aliases.add(abbr);
    }
  }

  // Anaphoric "the declaration", "the party": a head noun standing for a named entity.
  const headToEntity = new Map<string, string>();
  for (const e of entities.values()) {
    if (e.type !== "document" && e.type !== "organisation" && e.type !== "event") continue;
    const words = e.canonical.split(/\s+/);
    const h = headOf(words).toLowerCase();
    if (!h) continue;
    headToEntity.set(h, headToEntity.has(h) && headToEntity.get(h) !== key(e.canonical) ? "" : key(e.canonical));
  }
  for (const s of sentences) {
    const re = /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(\p{Ll}+)\b/gu;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const target = headToEntity.get(m[1]!);
      if (target) entities.get(target)?.sentences.add(s.index);
    }
  }

  // Pronouns.
  let lastPerson: { name: string; sentence: number } | null = null;
  for (const s of sentences) {
    const prevSentence = sentences[s.index - 1];
    s.tokens.forEach((t, ti) => {
      const w = t.text.toLowerCase();
      if (!["he", "she", "it", "they", "him", "her", "his", "its", "their", "them"].includes(w)) return;
      const earlier = s.mentions.filter((m) => m.end <= t.start && !m.inQuote);
      const inQuotePron = s.quoteSpans.some((q) => t.start >= q.start && t.end <= q.end);
      let resolved = false;
      let rewrite: Edit | undefined;
      if (inQuotePron) resolved = true; // quoted speech: the pronoun belongs to the speaker
      else if (w === "he" || w === "she" || w === "him" || w === "his" || w === "her") {
        if (earlier.some((m) => m.type === "person") || s.pronouns.some((p) => p.rewrite && p.start < t.start)) resolved = true;
        else if (lastPerson && lastPerson.sentence >= s.index - 2) {
          resolved = true;
          if (w === "he" || w === "she") rewrite = { start: t.start, end: t.end, text: lastPerson.name };
          else if (w === "his" || w === "her") rewrite = { start: t.start, end: t.end, text: `${lastPerson.name}’s` };
        }
      } else {
        const earlierWords = s.tokens.slice(0, ti).filter((x) => /^\p{L}/u.test(x.text) && !STOPWORDS.has(x.text.toLowerCase()));
        if (earlier.length || earlierWords.length >= 2) resolved = true;
        else if (w === "it" && ti === 0 && prevSentence && prevSentence.paragraph === s.paragraph) {
          const subj = /^(The\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(?:also\s+)?\p{Ll}+(?:s|ed)\b/u.exec(prevSentence.text);
          const expletive = /^It\s+(?:is|was|has been|seems|appears)\b/u.test(s.text);
          if (subj && !expletive) {
            resolved = true;
            rewrite = { start: t.start, end: t.end, text: subj[1]! };
          }
        }
      }
      s.pronouns.push({ start: t.start, end: t.end, word: t.text, resolved, ...(rewrite ? { rewrite } : {}) });
    });
    for (const m of s.mentions) if (m.type === "person" && !m.inQuote) lastPerson = { name: m.canonical, sentence: s.index };
  }

  // Key nouns: lowercase content words the article repeats.
  const nounCounts = new Map<string, number>();
  for (const [lemma, n] of lowerWords) if (n >= 2 && !STOPWORDS.has(lemma)) nounCounts.set(lemma, n);

  // Trivial: the article's main topic, named in most sentences.
  const trivial = new Set<string>();
  const titleNorm = normalize(input.title ?? "");
  const total = Math.max(1, sentences.length);
  for (const [k, e] of entities) {
    if (e.type === "year" || e.type === "number" || e.type === "date" || e.type === "century") continue;
    const share = e.sentences.size / total;
    // (with the gazetteer's short forms of a place: "L.A. school shutdown" names Los Angeles)
    const names = [e.canonical, ...e.aliases, ...(PLACE_TYPES.has(e.type) ? (lookupGazetteer(e.canonical)?.aliases ?? []).filter((x) => x.length > 2) : [])];
    const inTitle = titleNorm !== "" && names.some((a) => titleNorm.includes(normalize(a)));
    // (a name the title gives and the text repeats is what the article is about, even when the text
    // mostly says "the plane": "AirAsia" in a story titled on the AirAsia search)
    // (written whole in the title, not as part of a longer name: "Shusha" of "the Shusha Declaration" is not)
    // (a place or a thing the title names is the subject in fewer sentences than a person is: "Fukushima" in 4 of 53
    // under "Fukushima set for epic clean-up"; a news story's leading person is still asked about)
    // (a company's or a club's suffix is no longer name: "Raith Rovers F.C.", "Apple Inc.")
    const wholeInTitle = inTitle && names.some((a) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(a)}(?![\\p{L}\\p{N}]|\\s+(?!(?:F\\.?C\\.?|A\\.?F\\.?C\\.?|Inc\\.?|Ltd\\.?|PLC|plc|Corp\\.?|Co\\.|LLC|GmbH|AG|S\\.A\\.)(?:\\s|$))\\p{Lu})`, "u").test(input.title ?? ""));
    if (share >= 0.5 || (inTitle && (share >= 0.25 || (wholeInTitle && e.sentences.size >= 3 && share >= (e.type === "person" ? 0.08 : 0.05))))) trivial.add(k);
  }
  // Without a title: the name the article is plainly about (in a fifth of its sentences or more,
  // half as often again as any other) is its subject, and its demonym goes with it ("Tunisian").
  const named = [...entities.entries()].filter(([, e]) => !["year", "number", "date", "century", "nationality"].includes(e.type)).sort((x, y) => y[1].sentences.size - x[1].sentences.size);
  const [top, second] = named;
  if (top && top[1].sentences.size / total >= 0.2 && top[1].sentences.size >= 1.5 * (second?.[1].sentences.size ?? 0)) trivial.add(top[0]);
  // A name written in a fifth of the sentences or more, counting its uses inside longer names ("Star Wars"
  // in "the Star Wars Saga"), is what the article is about: a blank on it is answered by the whole text.
  // (from a word's start, and two letters at least: "T" of "A.T. & T." was "written" in every sentence with a capital T)
  const written = named
    .filter(([, e]) => e.type !== "person" && e.canonical.replace(/[^\p{L}\p{N}]/gu, "").length >= 2)
    .map(([k, e]) => {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(e.canonical)}`, "u");
      return [k, sentences.filter((s) => s.text.includes(e.canonical) && re.test(s.text)).length] as const;
    })
    .sort((x, y) => y[1] - x[1]);
  for (const [k, n] of written) if (n >= 3 && n / total >= 0.2) trivial.add(k);
  // A place the article is about under its short form is as trivial under its full name ("L.A." in the title and the
  // text: "the shutdown of _____ schools" -> Los Angeles)
  // (dots aside: the analyser keeps "L.A" of "... in L.A.")
  const trivialDotless = new Set([...trivial].map((t) => t.replace(/\./g, "")));
  for (const [k, e] of entities) {
    if (!PLACE_TYPES.has(e.type) || trivial.has(k)) continue;
    if ((lookupGazetteer(e.canonical)?.aliases ?? []).some((x) => trivialDotless.has(normalize(x).replace(/\./g, "")))) trivial.add(k);
  }
  // The country a story is set in (named in three sentences or more, twice as often as any other country) is its
  // setting: "the total public debt of the _____" -> United States in a story on the US budget.
  const countries = named.filter(([, e]) => e.type === "country");
  if (countries[0] && countries[0][1].sentences.size >= 3 && countries[0][1].sentences.size >= 2 * (countries[1]?.[1].sentences.size ?? 0)) trivial.add(countries[0][0]);
  // The country the title sets the story in, by its people's adjective or by its name ("Gigantic Chinese telescope
  // opens ...", "Uncork the mystery of Germany's Frühburgunder"): "in southern _____" is answered by the title
  if (input.title) {
    const titleWords = new Set((input.title.match(/\p{Lu}[\p{L}’']*/gu) ?? []).map((w) => w.replace(/['’]s?$/u, "")));
    for (const [k, e] of countries) if ([...titleWords].some((w) => w === e.canonical || lookupDemonym(w)?.name === e.canonical)) trivial.add(k);
  }
  // A news story's leading figure: the person named in the most sentences (a fifth of them or more,
  // more than any other person) is who the story is about; a blank on them is answered by the whole text.
  const people = named.filter(([, e]) => e.type === "person");
  if (people[0] && people[0][1].sentences.size / total >= 0.2 && people[0][1].sentences.size > (people[1]?.[1].sentences.size ?? 0)) trivial.add(people[0][0]);
  // A name in the article's first sentence that recurs through it (in a seventh of its sentences or more) is what the article is about.
  const first = sentences[0];
  if (first) for (const m of first.mentions) {
    const e = entities.get(key(m.canonical));
    if (e && !["year", "number", "date", "century"].includes(e.type) && e.sentences.size >= 3 && e.sentences.size / total >= 1 / 7) trivial.add(key(m.canonical));
  }
  // ... and under its legal name when the article opens with it ("Microsoft Corporation is an American multinational ..." in an
  // article that calls it Microsoft: blind31 was asked "Which company is an American multinational corporation?" and offered
  // "Microsoft Corporation" as a wrong answer; "the Mozilla Corporation" in an article on Mozilla, which opens otherwise, stays)
  const opener = first?.mentions.find((m) => m.start <= 1);
  const legal = opener ? /^(.+?)\s+(?:Corporation|Corp\.?|Company|Co\.|Inc\.?|Incorporated|Ltd\.?|Limited|plc|PLC|LLC|Group)$/.exec(opener.canonical) : null;
  if (opener && legal && trivial.has(key(legal[1]!))) trivial.add(key(opener.canonical));
  for (const [k, e] of entities) {
    // the subject country's people too, in the plural ("Tunisians" in a story on Tunisia)
    const word = e.type === "nationality" ? e.canonical : /^\p{Lu}\p{Ll}+s$/u.test(e.canonical) ? e.canonical.slice(0, -1) : null;
    const country = word ? lookupDemonym(word)?.name : undefined;
    if (country && trivial.has(key(country))) trivial.add(k);
  }
  // ... and when the gazetteer does not know the country: "Tunisian(s)" of a trivial "Tunisia", "Javanese" of "Java"
  for (const t of [...trivial]) {
    const name = entities.get(t)?.canonical ?? "";
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) continue;
    const stem = name.replace(/[aeiouy]+$/i, "");
    for (const [k, e] of entities) if (e.canonical !== name && e.canonical.startsWith(stem) && /^(?:ians?|ans?|ns?|(?:an|in)?ese|is?)s?$/.test(e.canonical.slice(stem.length))) trivial.add(k);
  }

  // Quoted sources: every mention of the person reports their words (or names them as an example).
  const speech = new Map<string, { speech: number; other: number; hasRole: boolean }>();
  // names the tagger left untyped but that say something ("Soelistyo, head of the agency, told ...") are people here
  const speakers = new Set<string>();
  const personLike = (name: string) => /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|von|de|der)\s+)?\p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(name) && !name.split(/\s+/).some(isNameHead);
  const saying = new Map<Mention, boolean>();
  for (const s of sentences) for (const m of s.mentions) {
    if (m.inQuote || !(m.type === "person" || (m.type === "name" && personLike(m.canonical)))) continue;
    const says = isSpeechMention(s, m);
    saying.set(m, says);
    if (says) speakers.add(key(m.canonical));
  }
  for (const s of sentences) for (const m of s.mentions) {
    if ((m.type !== "person" && !(m.type === "name" && speakers.has(key(m.canonical)))) || m.inQuote) continue;
    const k = key(m.canonical);
    const c = speech.get(k) ?? { speech: 0, other: 0, hasRole: false };
    if (saying.get(m)) c.speech++;
    // "The Peterson family had planned ...": their family, neither their words nor their deeds
    else if (!/^\s+family\b/.test(s.text.slice(m.end))) c.other++;
    if (hasRoleAt(s, m)) c.hasRole = true;
    speech.set(k, c);
  }
  const sources = new Map<string, { hasRole: boolean }>();
  // (someone the lists know, quoted, is news: a president who speaks is still asked about)
  for (const [k, c] of speech) if (c.speech > 0 && c.other === 0 && !trivial.has(k) && !knownTypesOf(entities.get(k)?.canonical ?? k).some((r) => r.type === "person")) sources.set(k, { hasRole: c.hasRole });

  for (const s of sentences) {
    s.isFact = s.mentions.some((m) => !m.inQuote && m.type !== "name" && m.type !== "nationality" && !sources.has(key(m.canonical)) && !inSourceApposition(s, m, sources)) || s.dates.some((d) => d.resolvedFinal && !/^(today|now)$/i.test(d.text));
  }

  return {
    body,
    title: input.title ?? "",
    ...(input.date ? { date: input.date } : {}),
    sentences,
    paragraphCount: paragraphs.length,
    entities,
    acronyms,
    surnames,
    trivial,
    nounCounts,
    sources,
  };
}

function prevWordOf(before: string): string {
  return (/([\p{L}-]+)\s*$/u.exec(before)?.[1] ?? "").toLowerCase();
}

function mk(s: SentenceInfo, toks: Token[], t: Typed, inQuote: (a: number, b: number) => boolean): Mention {
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const text = s.text.slice(start, end);
  const gaz = lookupGazetteer(text);
  const canonical = gaz && gaz.type !== "person" ? gaz.name : text;
  return {
    sentence: s.index,
    start,
    end,
    text,
    canonical,
    type: t.type,
    subtype: t.subtype,
    inQuote: inQuote(start, end),
    ambiguous: false,
    ...(t.role ? { role: t.role } : {}),
  };
}

export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) return w.slice(0, -1);
  return w;
}
