// Owns finding dated events for ordering questions: a short label for what
// happened and when, with relative dates already resolved against the
// article's date (see dates.ts). Labels never contain the date itself.
import type { Analysis, SentenceInfo } from "./analyze";
import { checkNoUnresolvedPronoun } from "./checks";
import { parseIsoDate, type ResolvedDate } from "./dates";
import { tagText } from "./tagger";

export type DatedEvent = {
  label: string;
  date: ResolvedDate;
  sentence: SentenceInfo;
  /** The words the article used ("four years ago"). */
  expression: string;
  /** Resolved against the article's date. */
  relative: boolean;
  /**
   * Whether the label ends where its clause does. One the date's removal left without its end is no item
   * to order or match ("Apollo ran", "The first manned flight of Apollo was", "The DSTT was used only",
   * "The question is what happened"): readers rejected them as fragments.
   */
  whole: boolean;
};

const CLAUSE_OPENERS = /^(?:since|after|before|when|while|as|and|but|which|that|where|until|by|in|on|at|during|from)\b\s*/i;
const EVENT_VERBS =
  /\b(?:founded|established|created|formed|signed|launched|opened|elected|appointed|born|died|built|completed|won|released|published|discovered|liberated|held|began|ended|introduced|announced|acquired|merged|listed|started|set up)\b/;

function tidy(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/^[,;:\s]+|[,;:\s]+$/g, "")
    .replace(/\s+([,.;:])/g, "$1")
    .trim();
}

function shorten(label: string, maxWords = 14): string {
  let out = label;
  // Drop a quoted title and what follows "entitled"/"called".
  out = out.replace(/\s+(?:entitled|titled|called|named)\s+["“].*$/u, "");
  out = out.replace(/\s+["“][^"”]*["”].*$/u, "");
  const words = out.split(" ");
  if (words.length > maxWords) {
    // Cut at a preposition after the verb to keep subject-verb-object.
    const verbAt = words.findIndex((w) => EVENT_VERBS.test(w) || /ed$/.test(w));
    const cut = words.findIndex((w, i) => i > Math.max(verbAt + 2, 3) && /^(?:in|at|on|through|with|from|for|after|before|during|amid|under|by|near|aboard|off|across|into)$/.test(w));
    if (cut > 0 && cut <= maxWords + 2) return words.slice(0, cut).join(" ");
    return "";
  }
  return out;
}

/** The words around a date expression that say what happened then. */
function labelFor(s: SentenceInfo, dStart: number, dEnd: number, kind: string): string {
  const text = s.text.replace(/[.!?]["”’)]*$/u, "");
  const before = text.slice(0, dStart);
  const after = text.slice(dEnd);
  if (kind === "anchored") {
    // "one year after Shusha was liberated from ...": the event follows.
    return shorten(tidy(after.split(/[,;](?!\d)/)[0] ?? ""));
  }
  // "Four years ago, X did Y." -> "X did Y"
  if (before.trim() === "" || /^\s*(?:in|on|since)\s*$/i.test(before)) {
    return shorten(tidy(after.replace(/^\s*,/, "").split(/[;]/)[0] ?? ""));
  }
  // "... the Organization of Turkic States (OTS) founded in 2009 in Azerbaijan" -> subject + verb
  const verbPhrase = /((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}’'-]*\s+(?:of\s+(?:the\s+)?|and\s+)?)*\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\([^)]+\))?)\s+((?:was|were|is|has been|had been)\s+)?([\p{Ll}]+ed|born|held|won|began|built)\s+(?:in|on|at|during)\s*$/u.exec(before);
  if (verbPhrase) return shorten(tidy(`${verbPhrase[1]} ${verbPhrase[2] ?? ""}${verbPhrase[3]}`));
  // "X on Sunday held an event" -> "X held an event"
  const clauseStart = Math.max(before.search(/[,;](?!\d)[^,;]*$/), -1);
  let left = before.slice(clauseStart + 1);
  const right = after.split(/[,;](?!\d)/)[0] ?? "";
  if (/\b(?:in|on|at|during|since)\s*$/i.test(left) && !/\p{Ll}+ed\s+(?:in|on)\s*$/u.test(left)) {
    // "Since Azerbaijan’s short-lived independence in the early 20th century": the noun phrase before "in"
    left = left.replace(/\b(?:in|on|at|during)\s*(?:the\s*)?$/i, "");
    const np = tidy(left.replace(CLAUSE_OPENERS, ""));
    if (!/\b(?:is|was|were|are|has|have|had)\b/.test(np) && np.split(" ").length <= 8 && np.length > 3) return np;
  }
  left = left.replace(/\b(?:in|on|at|during|since|by)\s*(?:the\s*)?$/i, "");
  let prev = "";
  while (prev !== left) {
    prev = left;
    left = left.replace(/^\s+/, "").replace(CLAUSE_OPENERS, "");
  }
  return shorten(tidy(`${left} ${right}`));
}

/** Verbs a "from" and a year may follow as the event's own time: "retired from 2010" is rare, "served from 2001" is not. */
const FROM_VERBS = /^(?:moved|returned|came|fled|graduated|retired|resigned|released|freed|date|dates|dated|dating|ran|runs|served|serves|lived|worked|stretched|stretches|spanned|spans|lasted|continued|operated|played|reigned|ruled|existed)$/;

/** Dated events, one per distinct date, earliest sentence first for ties. */
export function findDatedEvents(a: Analysis): DatedEvent[] {
  const out: DatedEvent[] = [];
  const day = parseIsoDate(a.date);
  const articleKey = day ? day.year * 10_000 + day.month * 100 + day.day : null;
  for (const s of a.sentences) {
    if (s.quoteShare > 0.5) continue;
    for (const d of s.dates) {
      if (!d.resolvedFinal || /^(?:today|now|this (?:year|month|week))$/i.test(d.text)) continue;
      // Plans ("next year") have not happened yet: they do not belong in a chronology.
      if (articleKey !== null && d.resolvedFinal.sortKey > articleKey) continue;
      if (s.quoteSpans.some((q) => d.start >= q.start && d.end <= q.end)) continue;
      // another date earlier in the same clause owns the words before this one ("endorsed Ed Broadbent in
      // 1979 and ... last endorsed the Progressive Conservatives in 1972" would date Broadbent to 1972)
      const clauseFrom = s.text.slice(0, d.start).search(/[,;](?!\d)[^,;]*$/);
      // (a part of the same date does not count: "on Sunday 20 June 1965")
      if (d.kind !== "anchored" && s.dates.some((o) => o !== d && o.start > clauseFrom && o.end <= d.start && !/^[\s,]*$/.test(s.text.slice(o.end, d.start)) && o.resolvedFinal?.year !== d.resolvedFinal?.year)) continue;
      // a date inside a relative clause dates that clause, not the sentence ("Poland defeated Soviet Russia in the
      // Polish-Soviet War that started in 1919" is no event of 1919: blind29)
      if (/\b(?:that|which|who)\s+(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?\p{Ll}+\s+(?:in|on|at|during|since|by)\s+(?:the\s+)?$/u.test(s.text.slice(0, d.start))) continue;
      // a year after a noun and "from" dates that noun ("Apple replaced a flawed design from 2015 ... with a design from
      // 2015" is no event of 2015: the reader found the chronology's key wrong, blind43); not a span ("from 1990 to 1995")
      // nor where someone came from or when something ran from ("returned from 1998", "served from 2001")
      const fromNoun = /\b(\p{Ll}{3,})\s+from\s+$/u.exec(s.text.slice(0, d.start));
      if (fromNoun && !/^\s*(?:to|until|through|till|[–-])/u.test(s.text.slice(d.end)) && !FROM_VERBS.test(fromNoun[1]!)) continue;
      // a year before a noun dates that noun, not the clause ("... mammals until the 2006 discovery of bones")
      if (/\b(?:the|a|an|its|their|his|her)\s+$/i.test(s.text.slice(0, d.start)) && /^\s+\p{Ll}/u.test(s.text.slice(d.end))) continue;
      let label = labelFor(s, d.start, d.end, d.kind)
        // (not from a "by" whose agent comes before the date: "a star chart invented | by Abū Rayhān al-Bīrūnī | in the early
        // 11th century" had lost its agent and ended on "invented")
        .replace(/\s+(?:in|at|on|with|since|from|until)\s+[^,]*\d[^,]*$/u, "")
        .replace(/\s+by\s+(?:the\s+)?(?:\d|end\b|early\b|late\b|mid)[^,]*$/u, "")
        .replace(/\s+(?:in|at|on|by|with|since|from|until|of|the)$/u, "");
      // "..., who finished fourth": name the person the clause is about.
      const rel = /^(?:who|which)\s+/i.exec(label);
      if (rel) {
        const idx = s.text.indexOf(label);
        const owner = s.mentions.filter((m) => m.end <= idx && /^\s*,\s*$/.test(s.text.slice(m.end, idx))).pop();
        label = owner ? `${owner.canonical} ${label.slice(rel[0].length)}` : "";
      }
      label = label.replace(/^[\s,;:–—-]+/u, "").replace(/^(?:but|and|yet|so|then|also)\s+/i, "");
      if (/^\p{L}+ing\b/u.test(label)) label = "";
      if (checkNoUnresolvedPronoun(label)) label = "";
      const words = label.split(" ").filter(Boolean);
      if (words.length < 2 || words.length > 16) continue;
      if (/\b\d{4}\b|\bago\b|\bcentury\b/.test(label)) continue;
      if (/^(?:it|this|he|she|they)\b/i.test(label)) continue;
      // asides and trailing relative clauses are not the event ("(then known as ...)", "where he played")
      label = label.replace(/\s*\([^)]*\)/g, "").replace(/\s+(?:where|when|which|who|whom|whose)\s.*$/u, "").replace(/\s+(?:and|or|but)$/u, "").replace(/[\s,;:]+$/u, "").trim();
      if (!label || !readsAsEvent(s, label)) continue;
      // a verb whose object, a clause, follows the date ("The Geographic Board discovered | in 2009 | that ...")
      if (/^\s*,?\s*(?:that|whether|how|why)\b/i.test(s.text.slice(d.end)) && tagText(label).filter((t) => /\p{L}/u.test(t.text)).pop()?.pos === "VERB") continue;
      out.push({ label: label[0]!.toUpperCase() + label.slice(1), date: d.resolvedFinal, sentence: s, expression: d.text, relative: d.kind !== "absolute", whole: isWholeEvent(label) });
    }
  }
  return out;
}

const OPEN_ENDED_VERBS = new Set(["run", "last", "continue", "remain", "operate", "serve", "stay", "happen", "exist", "live", "work"]);
/** An event label that ends where its clause does: not on "was", "only", "that", nor on a verb that needs its time ("Apollo ran"). */
function isWholeEvent(label: string): boolean {
  const tags = tagText(label).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const last = tags[tags.length - 1];
  if (!last || tags.length < 2) return false;
  if (/\b(?:what|which|who|whether)\b/i.test(label)) return false;
  // "Netscape made two announcements: first, that ...": a label that opens a list is no event
  if (/[:;]/.test(label)) return false;
  // (a phrasal verb's particle ends it: "The Korean War broke out")
  const particle = /^(?:out|up|off|down|over|away|back)$/i.test(last.text) && tags[tags.length - 2]?.pos === "VERB";
  // (an adverb of manner ends it too: "... was closed permanently")
  const manner = last.pos === "ADV" && /\p{L}{3,}ly$/u.test(last.text) && !/^(?:only|early|nearly|partly|mostly|largely)$/i.test(last.text);
  if ((["AUX", "ADV", "ADP", "SCONJ", "DET", "CCONJ", "PART", "PRON"].includes(last.pos) && !particle && !manner) || /^(?:that|only|also)$/i.test(last.text)) return false;
  if (last.pos === "VERB" && OPEN_ENDED_VERBS.has(last.lemma)) return false;
  return true;
}

/**
 * A label a learner can read as an event: no citation marks or cut-off words ("-era course work"),
 * not a cleft ("What is clear is that ..."), a verb of its own, and its first word starts a phrase in
 * the sentence (capitalised there, or a name) rather than being the tail of one ("well as the EDP Cup").
 */
function readsAsEvent(s: SentenceInfo, label: string): boolean {
  if (/[[\]()]|(?:^|\s)[-–—](?:\p{L}|\s|$)/u.test(label)) return false;
  // cut before its complement ("left the team to concentrate", "addresses beginning")
  if (/\bto\s+\p{Ll}+$|\p{Ll}+ing$/u.test(label)) return false;
  // a standing state in the present is no event ("The Constitution provides for a parliamentary form of Government", blind44)
  if (/^(?:\S+\s+){1,6}?(?:provides|provide|is|are|has|have|includes|include|consists|remains|remain|states|contains|contain)\b/u.test(label)) return false;
  const verbs = new Set(s.tags.filter((t) => t.pos === "VERB" || t.pos === "AUX").map((t) => t.text));
  if (!label.split(/\s+/).some((w) => verbs.has(w))) return false;
  // a finite verb, not only a participle after a noun or a comma ("The only large settlement recorded in the
  // Domesday Book", "Cornishmen, allied with other rebels")
  const words = label.split(/\s+/);
  const finite = words.some((w, i) => {
    if (!verbs.has(w.replace(/[,.;:]$/, ""))) return false;
    if (!/(?:ed|en)$/.test(w.replace(/[,.;:]$/, ""))) return true;
    const prev = words[i - 1] ?? "";
    return !/,$/.test(prev) && !(/^(?:the|The)$/.test(words[0]!) && /^\p{Ll}/u.test(prev) && !/^(?:has|have|had|was|were|is|are|be|been)$/.test(prev));
  });
  if (!finite) return false;
  if (/^(?:what|it is|there (?:is|was|are|were))\b/i.test(label)) return false;
  // (the reads kept none of 14 ordering questions; their items read garbled where the date came out)
  // a label that opens with a preposition has no subject ("For the HBO original film Taking Chance", "Around the Sailendra
  // dynasty rose"); one with two words says too little to place ("Red experimented"); a preposition left before another
  // word of its kind or "as" is where the date was ("spent the summer of as an apprentice"); a slash is half a date ("/66")
  if (/^(?:around|about|for|in|on|at|by|after|before|during|from|since|until|with|of|to|under|over)\s/i.test(label)) return false;
  if (words.length < 3) return false;
  if (/\b(?:of|in|on|at|from|to|by|around|since|during|until)\s+(?:as|of|in|on|at|to|by|from|and|or|with|for)\b/i.test(label)) return false;
  if (/\/|\d{1,2}(?:st|nd|rd|th)?\s*$/.test(label)) return false;
  // a verb first has no subject ("Stir of Echoes", a film's title the tagger read as a verb); a present tense is a state or a
  // method, not an event ("Taylor Alison Swift is an American singer-songwriter", "The data compiled by Bloomberg compares ...")
  if (verbs.has(words[0]!) || /\b(?:is|are)\s+(?:also\s+)?(?:known|considered|regarded|seen|called|named)\b/.test(label)) return false;
  if (words.some((w) => /^(?:is|are|has|have|do|does)$/.test(w.replace(/[,.;:]$/, "")))) return false;
  const from = s.text.toLowerCase().indexOf(label.toLowerCase());
  if (from >= 0) {
    const tags = s.tags.filter((t) => t.start >= from && t.end <= from + label.length);
    // (a verb in -s between a name or a noun and its object: "Bloomberg compares the ...", not "Armenian forces through")
    if (tags.some((t, i) => t.pos === "VERB" && /\p{Ll}[^s]s$/u.test(t.text) && ["PROPN", "NOUN"].includes(tags[i - 1]?.pos ?? "") && ["DET", "NOUN", "PROPN", "ADJ", "NUM"].includes(tags[i + 1]?.pos ?? ""))) return false;
  }
  // cut before its time word or its object ("visited the Newcastle area later", "The Geographic Board discovered")
  if (/\b(?:later|earlier|afterwards|then|before|after|again)$/i.test(label)) return false;
  // "A report released": an indefinite subject says nothing a learner can place in time
  if (/^(?:an?|some)\s/i.test(label)) return false;
  // a date taken out of it left a hole ("their total revenue for was $163 million")
  if (/\b(?:for|in|on|at|of|by|since|from)(?:\s+(?:was|were|is|are|had|has)\b|\s*[,.;:]|\s*$)/i.test(label)) return false;
  // a year taken out of "in late 2003" ("disbanded in late on good terms")
  if (/\b(?:in|by|until|since|from)\s+(?:late|early|mid)(?!-?\s*\d)\b/i.test(label)) return false;
  // "The first was ...", "The first of the neon signs was switched": the first of what the sentence before listed
  if (/^(?:The\s+)?(?:first|second|third|last|latter|former)\s+(?:was|were|of)\b/i.test(label)) return false;
  const at = s.text.toLowerCase().indexOf(label.toLowerCase());
  // rebuilt from pieces ("Owner did ..."): it must still start with a capital
  if (at < 0) return /^\p{Lu}\p{L}*\s/u.test(label) && !/^(?:A|An|The)\s+\p{Ll}+$/u.test(label);
  if (/^\p{Ll}/u.test(s.text.slice(at)) && !/^(?:the|a|an)\s/.test(s.text.slice(at))) return false;
  // a verb whose object the label left behind
  const last = s.tags.find((t) => t.end === at + label.length);
  const next = s.tags.find((t) => t.start >= at + label.length);
  // a particle verb cut from its particle ("was switched | on")
  if (last?.pos === "VERB" && next && /^(?:on|off|up|down|out|in|over|back|away)$/i.test(next.text) && next.pos !== "ADP") return false;
  if (last && last.pos === "VERB" && next && ["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"].includes(next.pos) && /^\s+$/.test(s.text.slice(last.end, next.start))) return false;
  return true;
}
