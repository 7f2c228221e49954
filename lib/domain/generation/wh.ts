// Owns turning a clause and one answer span in it into the wh-question a
// teacher would write: a subject keeps the word order ("Who signed the
// declaration?"); any other slot fronts a wh-phrase and inverts, with the
// first auxiliary ("When was the organisation founded?") or with do-support
// and the verb's base form ("What did Heydar Aliyev chair?"). A span inside a
// noun phrase ("the 2009 summit", "a population of ___") gives no question:
// better none than a sentence with "which person" pushed into its middle.
import { tagText, type Tag } from "./tagger";
import { PLACE_TYPES, TITLES } from "./lexicon";
import { looksPlural } from "./text";
import { everydayRank } from "./lists/everyday-words";
import { isReducedRelative } from "./clauses";
import { lookupDemonym } from "./gazetteer";

export type WhTarget = {
  /** Entity type of the answer (person, organisation, country, year, number, concept, ...). */
  type: string;
  /** A finer noun for "which ..." ("party", "team", "river"), when known. */
  noun?: string;
};

const TIME_TYPES = new Set(["year", "date", "century", "decade"]);
const TIME_PREPS = new Set(["in", "on", "at", "during", "around", "circa"]);
const PLACE_PREPS = new Set(["in", "at"]);
const HEDGES = new Set(["nearly", "almost", "about", "around", "approximately", "roughly", "some", "over", "under", "just", "only", "least", "than", "more", "less", "fewer", "up", "to"]);
const PERSON_PREPS = new Set(["by", "with", "against", "for", "to", "from"]);
const MOTION_PREPS = new Set(["near", "from", "to", "into", "across", "through", "along", "towards", "toward", "in", "at", "on"]);
const SPEECH = new Set(["say", "add", "note", "state", "tell", "believe", "think", "claim", "argue", "report", "announce", "explain", "warn", "suggest", "write", "insist", "stress", "emphasize", "emphasise"]);
const MEASURE_ADJ = new Set(["long", "high", "tall", "deep", "wide", "old", "thick", "far", "large", "heavy"]);

function whPhrase(t: WhTarget, role: "subject" | "object"): string {
  if (t.type === "person") return "who";
  if (TIME_TYPES.has(t.type)) return t.type === "century" ? "which century" : role === "subject" ? `which ${t.type === "date" ? "date" : "year"}` : "when";
  if (t.noun) return `which ${t.noun}`;
  switch (t.type) {
    case "organisation":
      return "which organisation";
    case "country":
      return "which country";
    case "city":
      return "which city";
    case "region":
      return "which region";
    case "place":
      return "which place";
    case "document":
      return "which document";
    case "event":
      return "which event";
    case "nationality":
      return "which nationality";
    default:
      return "what";
  }
}

function doForm(verb: Tag, subject = ""): string {
  const text = verb.text.toLowerCase();
  // a verb whose past is its base ("hit", "put", "cost") after one thing is past: the present would take -s ("What did a
  // British airstrike hit ...?", not "What do a British airstrike hit ...?")
  if (text === verb.lemma) return subject && isSingularSubject(subject) ? "did" : "do";
  if (/s$/.test(text) && !/ss$/.test(text) && `${verb.lemma}s` === text || `${verb.lemma}es` === text || (verb.lemma.endsWith("y") && text === `${verb.lemma.slice(0, -1)}ies`)) return "does";
  return "did";
}

function join(parts: string[]): string {
  return parts
    .filter((p) => p && p.trim())
    .join(" ")
    .replace(/\s+([,;:.!?’'])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function lowerFirst(tags: Tag[], i: number, text: string, isName?: (word: string) => boolean): string {
  const t = tags[i];
  // (a people's adjective keeps its capital: "French traders", not "french traders", blind46)
  if (!t || /^\p{Lu}{2,}/u.test(t.text) || t.text === "I" || lookupDemonym(t.text)) return text;
  // the tagger calls a capitalised sentence opener a name ("Professional and labor organizations", "Members"):
  // an everyday word followed by a lower-case one is not a name unless the article names something with it
  // ("Forecasters see ..."): the article names nothing with it
  // (nor one before a name the article writes in lower case elsewhere: "Zoologist Ray Lankester", where a connective went)
  const opener = t.pos === "PROPN" && (i === 0 || everydayRank(t.text) !== null) && (/^\p{Ll}/u.test(tags[i + 1]?.text ?? "") || (i === 0 && !!isName)) && !(isName?.(t.text) ?? true);
  if (t.pos === "PROPN" && !opener) return text;
  // a title before a name keeps its capital ("President Bill Clinton", "Mr. Reeves")
  if (TITLES.has(t.text.replace(/\.$/, "")) && /^\p{Lu}/u.test(tags[i + 1]?.text ?? "")) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function finish(q: string): string | null {
  // (and the stop inside a closing quotation mark: "... “misguided policy advocacy.”?")
  // (a dotted abbreviation keeps its stop: "... at 10:17 p.m.?")
  const dotted = /(?:^|\s)(?:\p{L}\.){2,}[\s,;:]*$/u.test(q);
  let out = (dotted ? q.replace(/[\s,;:]+$/u, "") : q.replace(/[\s.,;:!]+$/u, "")).replace(/[.,;:]+([”"’])$/u, "$1").trim();
  if (!out) return null;
  out = out.charAt(0).toUpperCase() + out.slice(1);
  const quotes = (out.match(/["“”]/g) ?? []).length;
  const open = (out.match(/\(/g) ?? []).length;
  const close = (out.match(/\)/g) ?? []).length;
  if (quotes % 2 || open !== close) return null;
  // a gerund cut from its object or a dangling conjunction ("... across most of Eurasia by conquering?")
  if (/\b(?:by|after|before|while|without|from|of)\s+\p{Ll}+ing$|\b(?:and|or|but)$/u.test(out)) return null;
  // a verb left without what was said or believed ("Who is said to believe?"), or a word written twice ("valued at at the time")
  if (/\b(?:believe|believes|say|says|think|thinks|claim|claims|argue|argues|insist|insists|suggest|suggests|show|shows|find|finds|know|knows|feel|feels|hope|hopes|expect|expects|warn|warns|add|adds|note|notes|explain|explains|state|states)$/u.test(out)) return null;
  if (/\b(\p{L}+)\s+\1\b/iu.test(out)) return null;
  // half of a hyphenated word ("closed -fired plants")
  if (/(?:^|\s)-\p{L}|\p{L}-(?:\s|$)/u.test(out)) return null;
  // a possessive left without its noun ("resurfacing the city's of streets")
  if (/['’]s\s+(?:of|and|or|in|to)\b/u.test(out)) return null;
  // a preposition left at the end ("... place third in the actual contest with?", "... the areas in?")
  // ("When have eleven world records been set on the Berlin course since?")
  if (/\s(?:with|in|at|since|until|till)$/u.test(out)) return null;
  // nor a contraction taken for the verb ("When's Kevin Bacon starred in ... She Having a Baby?" of "She's Having a Baby")
  if (/^(?:When|Where|What|Who|How|Which)['’]s\s/u.test(out)) return null;
  // nor before a phrase moved to the end ("What did Rutherford perform in between 1908 and 1913?" of "a series of
  // experiments in which they ...")
  if (/\b(?:in|on|at|of|with|by|for|to|from|into)\s+(?:in|on|at|of|with|by|for|to|from|into|between|during)\s/u.test(out)) return null;
  return `${out}?`;
}

/**
 * A wh-question asking for [start, end) of `clause`, or null when the span
 * sits where no clean question can be formed.
 */
export function whQuestionFor(clause: string, start: number, end: number, target: WhTarget, tagsIn?: Tag[], isName?: (word: string) => boolean): string | null {
  const tags = tagsIn ?? tagText(clause);
  let n = tags.length;
  const sa = tags.findIndex((t) => t.start === start);
  let sb = -1;
  for (let i = 0; i < n; i++) if (tags[i]!.end === end) sb = i;
  if (sa < 0 || sb < sa) {
    // the span may end inside a token carrying the final period ("m.")
    sb = tags.findIndex((t) => t.start < end && t.end > end - 1 && t.end >= end);
    if (sa < 0 || sb < sa) return null;
  }
  const slice = (from: number, to: number) => (from < to && from < n ? clause.slice(tags[from]!.start, tags[Math.min(to, n) - 1]!.end) : "");
  // what a short name stands for is asked as such (acronymQuestions), not as "Which organisation stands for Durable Water
  // Repellent?" (blind34)
  if (/^\s+(?:stands|stood|stand|is short)\s+for\b/.test(clause.slice(end))) return null;

  // Main verb: the first verb outside brackets.
  let v = -1;
  let depth = 0;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    if (!depth && (t.pos === "AUX" || t.pos === "VERB") && !(i > 0 && isReducedRelative(tags, i, n))) {
      v = i;
      break;
    }
  }
  if (v <= 0) return null;
  // a participle after a noun with its "by" is a reduced relative, not the main verb: the tagger missed the verb before it
  // ("New York City traces its origins to a trading post founded by colonists ..." -> "When did New York City traces ...?")
  if (/(?:ed|en|wn)$/.test(tags[v]!.text) && tags[v - 1]!.pos === "NOUN" && tags[v + 1]?.text === "by" && tags.slice(0, v - 1).some((t) => t.pos === "NOUN" && /s$/.test(t.text) && !/ss$/.test(t.text))) return null;
  // an infinitive is no finite verb ("Deregulation in 1980 led to lower rates", the tagger calling "led" a noun)
  if (tags[v - 1]!.pos === "PART" && /^to$/i.test(tags[v - 1]!.text)) return null;
  // Leading adverbial ("In 1939, ..."): the subject starts after the last comma before the verb.
  let subjStart = 0;
  let comma = -1;
  for (let i = 0; i < v; i++) if (tags[i]!.text === ",") comma = i;
  if (comma >= 0) subjStart = comma + 1;
  if (subjStart >= v) return null;
  if (["ADP", "SCONJ", "ADV", "PART", "VERB", "AUX", "CCONJ"].includes(tags[subjStart]!.pos)) return null;
  // a relative or interrogative pronoun in the subject ("who first pitched ...") cannot be inverted around
  if (tags.slice(subjStart, v).some((t) => /^(?:who|which|that|whom|whose|what)$/i.test(t.text))) return null;
  // the answer must not carry a possessive ("See's actions")
  if (tags[sb + 1]?.text === "’s" || tags[sb + 1]?.text === "'s" || /[’']s$/.test(clause.slice(start, end))) return null;
  // The subject must not itself hold a verb or a comma-separated aside
  if (tags.slice(subjStart, v).some((t) => t.text === "(" || t.text === '"' || t.text === "“")) return null;
  // A fronted phrase moves to the end only when it is a prepositional or time phrase ("In 1939, ...");
  // a fronted description ("A prominent Washington lawyer since 1969, McPherson ...") or a sentence
  // adverb ("Unsurprisingly, ...") reads wrong there and is dropped.
  // (a partitive opener is no adverbial: "Of the 400 city laborers ..., many learn ..." cannot be asked around)
  if (comma >= 0 && tags[0]!.pos === "ADP" && /^of$/i.test(tags[0]!.text)) return null;
  // nor a phrase that answers the sentence before ("In return, Sudan will improve ...": "What will Sudan improve in return?")
  if (comma >= 0 && /^(?:in (?:return|exchange|response|retaliation|turn|addition)|as a result|as part of)\b/i.test(slice(0, comma))) return null;
  const adverbial = comma >= 0 && (tags[0]!.pos === "ADP" || (tags[0]!.pos === "SCONJ" && comma > 1)) ? slice(0, comma) : "";
  // Verb group: auxiliaries, adverbs and "not" between them, then the main verb.
  let vgEnd = v;
  while (vgEnd < n && (tags[vgEnd]!.pos === "AUX" || tags[vgEnd]!.pos === "PART" || (tags[vgEnd]!.pos === "ADV" && vgEnd + 1 < n && (tags[vgEnd + 1]!.pos === "VERB" || tags[vgEnd + 1]!.pos === "AUX")))) vgEnd++;
  const hasAux = tags[v]!.pos === "AUX";
  if (vgEnd < n && tags[vgEnd]!.pos === "VERB") vgEnd++;
  else if (!hasAux) return null;
  // A particle right after the verb ("set up") belongs to it
  const mainVerb = tags.slice(v, vgEnd).reverse().find((t) => t.pos === "VERB");

  const subjectText = lowerFirst(tags, subjStart, slice(subjStart, v), isName);
  // "There are marked tribal differences ...": no wh-word can take the place of what "there" introduces ("What are there
  // marked across New Zealand?", "Which organisation had there been ...?", blind36)
  if (/^there$/i.test(subjectText.trim())) return null;
  // The question ends before a subordinate clause ("..., as it held sway ...", "... because ...").
  let n2 = n;
  for (let i = Math.max(vgEnd, sb + 1); i < n; i++) {
    const t = tags[i]!;
    // "... imposed X and blocked Y": a second verb phrase is another fact
    if (t.pos === "CCONJ" && i > sb && (tags[i + 1]?.pos === "VERB" || tags[i + 1]?.pos === "AUX")) {
      n2 = i;
      break;
    }
    // "... and the colliery railways in north-east England became ...": a second clause with its own subject
    // (not "&" inside a name: "the first New Orleans Jazz & Heritage Festival ... in what is now ..." had become "When did
    // Wein's Festival Productions produce the first New Orleans Jazz?")
    if (t.pos === "CCONJ" && i > sb && t.text !== "&") {
      let j = i + 1;
      // (a verb behind a relative word or a dash is not the new clause's: "... – state, county, and local agencies from
      // North Dakota and nine other states – that have sent officers")
      while (j < n && !/^(?:[,;:.–—]|that|which|who|whom|whose)$/i.test(tags[j]!.text) && tags[j]!.pos !== "VERB" && tags[j]!.pos !== "AUX") j++;
      if (j < n && (tags[j]!.pos === "VERB" || tags[j]!.pos === "AUX") && j > i + 1 && tags.slice(i + 1, j).some((x) => x.pos === "NOUN" || x.pos === "PROPN" || x.pos === "PRON")) {
        n2 = i;
        break;
      }
    }
    // a relative clause after the answer ("... University where he played ...") is another fact
    if (i > sb && /^(?:where|which|who|whom|whose)$/i.test(t.text)) {
      n2 = i;
      break;
    }
    // (a subordinator right after the answer too, when a clause follows: "... growth as Trump and Republicans pursue ...")
    const subordinate = /^(?:as|because|while|when|since|although|though|unless|whereas)$/i.test(t.text) && (t.pos === "SCONJ" || t.pos === "ADP") && /^(?:PROPN|PRON)$/.test(tags[i + 1]?.pos ?? "") && tags.slice(i + 2, Math.min(n, i + 7)).some((x) => x.pos === "VERB" || x.pos === "AUX");
    if ((t.pos === "SCONJ" && i > sb + 1) || (i > sb && subordinate) || t.text === ":" || (t.text === "," && tags[i + 1] && (tags[i + 1]!.pos === "SCONJ" || tags[i + 1]!.pos === "VERB" || /^(?:which|who|where|when|while|namely|including|especially|particularly)$/i.test(tags[i + 1]!.text)))) {
      n2 = i;
      break;
    }
  }
  // a clause cut from its verb ("... discover that the names of the North Island?"), or a verb
  // cut from the clause that was its object ("Which organisation discovered in 2009?")
  // (not a relative "that" after its noun: "the \"missile gap\" that he ... felt")
  const afterNoun = (i: number) => /^(?:NOUN|PROPN)$/.test(tags[i - 1]?.pos ?? "") || /^["”’]$/.test(tags[i - 1]?.text ?? "");
  for (let i = vgEnd; i < n2; i++) {
    if (!/^(?:that|whether)$/i.test(tags[i]!.text) || tags[i]!.pos === "DET" || tags[i]!.pos === "PRON" || afterNoun(i)) continue;
    if (!tags.slice(i + 1, n2).some((t) => t.pos === "VERB" || t.pos === "AUX")) return null;
  }
  if (n2 < n && /^(?:that|whether)$/i.test(tags[n2]!.text) && tags[n2]!.pos === "SCONJ" && !afterNoun(n2) && !tags.slice(vgEnd, n2).some((t, k, xs) => (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON") && !xs.slice(0, k).some((x) => x.pos === "ADP"))) return null;
  n = n2;
  const tail = (from: number, cut?: [number, number]): string =>
    cut ? join([slice(from, cut[0]), tags[cut[1] + 1]?.text === "," ? "" : slice(cut[1] + 1, n)]) : slice(from, n);

  // A. The answer is the subject.
  if (sa >= subjStart && sb < v) {
    let s0 = subjStart;
    while (s0 < sa && tags[s0]!.pos === "DET") s0++;
    if (s0 !== sa || sb !== v - 1) return null;
    const wh = whPhrase(target, "subject");
    return finish(join([wh, slice(v, n), adverbial ? lowerFirst(tags, 0, adverbial) : ""]));
  }
  // B. The answer is in the leading adverbial: only a bare "In 1939" / "On 5 May".
  if (comma >= 0 && sb < comma) {
    if (!(sa === 1 && sb === comma - 1 && tags[0]!.pos === "ADP" && TIME_TYPES.has(target.type) && TIME_PREPS.has(tags[0]!.lemma))) return null;
    return invert("when", [0, comma], true);
  }
  // C. After the verb group, in the main clause: no second verb between (a participle or
  // relative clause would make the question about something else).
  if (sa < vgEnd) return null;
  // an aside between the verb and the answer (", accounting for ___") is another clause
  for (let i = vgEnd; i < sa; i++) if (tags[i]!.text === "," || tags[i]!.text === "—" || tags[i]!.text === "–") return null;
  for (let i = vgEnd; i < sa; i++) if (tags[i]!.pos === "VERB" || tags[i]!.pos === "AUX" || /^(?:which|who|that|whose)$/i.test(tags[i]!.text) && tags[i]!.pos === "PRON") return null;
  // Inside a noun phrase: a modifier of the next noun, or after "of"/an adjective.
  const next = tags[sb + 1];
  const prev = tags[sa - 1]!;
  let from = sa;
  let to = sb;
  let wh = whPhrase(target, "object");
  if (target.type === "number") {
    // hedges ("nearly", "more than") go with the number
    while (from - 1 >= vgEnd && HEDGES.has(tags[from - 1]!.lemma)) from--;
    const unit = next && next.pos === "NOUN" ? next : null;
    const adj = unit && tags[sb + 2] && MEASURE_ADJ.has(tags[sb + 2]!.lemma) ? tags[sb + 2]! : null;
    if (adj) {
      wh = `how ${adj.lemma}`;
      to = sb + 2;
    } else if (unit && /s$/.test(unit.text) && !/%/.test(clause.slice(start, end)) && !/^(?:north|south|east|west)\b/i.test(tags[sb + 2]?.text ?? "")) {
      // (not a bearing: "sits at 28 degrees north" had become "How many degrees does Canaveral sit at north?", blind33)
      wh = `how many ${unit.text}`;
      to = sb + 1;
    } else if (/%|percent|per cent/.test(clause.slice(start, end + 9))) {
      wh = "what percentage";
      if (unit && /^per/.test(unit.text)) to = sb + 1;
    } else if (/^[$€£]/.test(clause.slice(start, end))) wh = "how much";
    else return null;
    const before = tags[from - 1];
    if (before && before.pos === "ADP" && before.lemma === "of") return null;
    if (before && (before.pos === "DET" || before.pos === "ADJ")) return null;
    return invert(wh, [from, to], false);
  }
  if (next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "NUM") && !/^[,.;:)]/.test(next.text)) return null;
  // a modifier before an adjective and its noun ("the Jamaica national team")
  if (next && next.pos === "ADJ" && (tags[sb + 2]?.pos === "NOUN" || tags[sb + 2]?.pos === "PROPN")) return null;
  // Nothing can be asked out of a coordination ("Khwarezmian and ___ lands", "Central Asia and ___").
  if ((next && next.pos === "CCONJ") || prev.pos === "CCONJ" || (tags[sa - 2]?.pos === "CCONJ" && (prev.pos === "DET" || prev.pos === "ADP"))) return null;
  if (prev.text === "," && tags.slice(vgEnd, sa).some((t) => t.pos === "CCONJ" || t.text === ",")) return null;
  if (next && next.text === "’s") return null;
  // the answer names the noun after it ("reached the League Cup final"): "Which event did Raith reach final ...?" (blind36)
  // (an adjective there is the head: "final", "semi-final")
  if (next && (next.pos === "NOUN" || (next.pos === "ADJ" && !/^(?:NOUN|ADJ|PROPN)$/.test(tags[sb + 2]?.pos ?? ""))) && /^\p{Ll}/u.test(next.text) && tags[sb]!.end === next.start - 1) return null;
  // the answer is what a possessive owns ("magazine’s ___"): no question can front it
  if (/^['’]s$/.test(prev.text) || /['’]s$/.test(prev.text)) return null;
  if (prev.pos === "ADJ" || prev.pos === "NOUN" || prev.pos === "PROPN" || prev.pos === "NUM" || (prev.pos === "ADP" && prev.lemma === "of")) return null;
  if (prev.pos === "DET") {
    if (!/^(?:the|a|an)$/i.test(prev.text)) return null;
    from = sa - 1;
  }
  const prep = tags[from - 1];
  if (prep && prep.pos === "ADP" && from - 1 >= vgEnd) {
    // "When is tourism critical ...?": a time asked of a state (be + adjective) reads wrong
    if (TIME_TYPES.has(target.type) && hasAux && !mainVerb) return null;
    if (TIME_TYPES.has(target.type) && TIME_PREPS.has(prep.lemma)) return invert(target.type === "century" ? "in which century" : "when", [from - 1, to], false);
    // a place that locates a noun inside another phrase ("ordered a strike against a factory in Khartoum"): "Where did he
    // order a strike?" asks where he gave the order
    if (PLACE_TYPES.has(target.type) && /^(?:in|at|near|outside)$/.test(prep.lemma) && /^(?:NOUN|PROPN)$/.test(tags[from - 2]?.pos ?? "") && tags.slice(vgEnd, from - 2).some((t) => t.pos === "ADP")) return null;
    // "Where ...?" for a city is answered as well by its country ("Khartoum" or "Sudan"): ask "In which city ...?"
    if (target.type === "city" && PLACE_PREPS.has(prep.lemma)) return invert(`${prep.lemma} which city`, [from - 1, to], false);
    if (PLACE_TYPES.has(target.type) && PLACE_PREPS.has(prep.lemma) && !/^which (?:party|team|company)/.test(wh)) return invert("where", [from - 1, to], false);
    const p = prep.lemma;
    if (target.type === "person" && PERSON_PREPS.has(p)) return invert(`${p} whom`, [from - 1, to], false);
    if (PLACE_TYPES.has(target.type) && MOTION_PREPS.has(p)) return invert(`${p} ${wh}`, [from - 1, to], false);
    if (wh !== "what" && (p === "by" || p === "with" || p === "against" || p === "for")) return invert(`${p} ${wh}`, [from - 1, to], false);
    return null;
  }
  return invert(wh, [from, to], false);

  function invert(whText: string, cut: [number, number], fromAdverbial: boolean): string | null {
    // "When did the dark ages come when the dot-com bubble burst?": a "when" clause left in answers the question itself
    if (/^(?:when|in which)/i.test(whText) && tags.slice(cut[1], n).some((t) => /^when$/i.test(t.text))) return null;
    // a verb after the answer means the answer sat in an embedded clause ("said [X] would ...")
    if (!fromAdverbial) for (let i = cut[1] + 1; i < n; i++) if (tags[i]!.pos === "AUX" || tags[i]!.pos === "VERB" && !/(?:ed|ing)$/.test(tags[i]!.text)) return null;
    if (!fromAdverbial && mainVerb && SPEECH.has(mainVerb.lemma)) return null;
    const rest = fromAdverbial ? slice(vgEnd, n) : tail(vgEnd, cut);
    // a second object coordinated with the answer stays behind ("maintain [an active presence] on social media and a
    // close relationship with fans" -> "What does Swift maintain on social media and a close relationship ...?")
    if (!fromAdverbial && tags.slice(cut[1] + 1, n).some((t, k, xs) => t.pos === "CCONJ" && xs[k + 1]?.pos === "DET" && !xs.slice(k + 1).some((y) => y.pos === "VERB" || y.pos === "AUX"))) return null;
    const adv = fromAdverbial ? "" : adverbial ? lowerFirst(tags, 0, adverbial) : "";
    // "When had voters elected ...?" reads as if a later time were given: ask in the simple past
    if (hasAux && tags[v]!.text.toLowerCase() === "had" && vgEnd === v + 2 && mainVerb && tags[v + 1] === mainVerb && mainVerb.lemma !== "be") {
      return finish(join([whText, "did", subjectText, mainVerb.lemma, rest, adv]));
    }
    // "had to stay" is no auxiliary "had": "Where did Darwin have to stay ...?", not "Where had Darwin to stay ...?"; nor is
    // "had" with no verb after it: "When did Raith have their largest ever gate ...?", not "When had Raith ... ?" (blind36)
    const have = tags[v]!.text.toLowerCase();
    if (hasAux && (have === "had" || have === "has" || have === "have") && (tags[v + 1]?.text === "to" || (!mainVerb && vgEnd === v + 1))) {
      return finish(join([whText, DO_FOR_HAVE[have], subjectText, "have", slice(v + 1, vgEnd), rest, adv]));
    }
    if (hasAux) {
      const aux = tags[v]!.text.toLowerCase();
      const restVg = slice(v + 1, vgEnd);
      return finish(join([whText, aux, subjectText, restVg, rest, adv]));
    }
    if (!mainVerb) return null;
    const aux = doForm(mainVerb, subjectText);
    const vgBefore = slice(v, vgEnd).slice(0, Math.max(0, mainVerb.start - tags[v]!.start));
    return finish(join([whText, aux, subjectText, vgBefore, mainVerb.lemma, rest, adv]));
  }
}

/** The do-support for a main-verb "have": "had" -> "did ... have". */
const DO_FOR_HAVE = { had: "did", has: "does", have: "do" } as const;

/** Whether a subject is one thing in the third person: not "I", "you", "we", "they", a plural noun or two joined by "and". */
function isSingularSubject(subject: string): boolean {
  const words = subject.trim().split(/\s+/);
  const last = words[words.length - 1]!.replace(/[,.;:]$/, "");
  if (/^(?:i|you|we|they)$/i.test(subject.trim()) || /\band\b/.test(subject)) return false;
  return !looksPlural(last) || /^\p{Lu}/u.test(last);
}
