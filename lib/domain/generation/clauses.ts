// Owns cutting a sentence down to the clause that holds one fact, so a cloze,
// a statement or a wh-question quotes a claim rather than a whole paragraph-long
// sentence. Works on the sentence's tags (tagger.ts); offsets are relative to
// the sentence. The result is a list of pieces of the original sentence, in
// order, plus an optional subject to put in front (for "X did A, and did B"
// when the fact is in the second part), so nothing is reworded.
import { SPEECH_FORMS } from "./lexicon";
import type { Tag } from "./tagger";

export type Clause = {
  /** Pieces of the sentence kept, in order (offsets into the sentence). */
  pieces: { start: number; end: number }[];
  /** Text to put before the first piece (a subject borrowed from the main clause). */
  prefix: string;
};

const COORDINATORS = new Set(["and", "but", "while", "whereas", "although", "though", "yet", "so"]);
const RELATIVES = new Set(["which", "who", "whom", "whose"]);
const SUBJECT_START = new Set(["DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM"]);

type Seg = { from: number; to: number; needsSubject: boolean };

/**
 * A participle right after its noun, with its "by", and a finite verb still to come: a reduced relative, not the clause's
 * verb ("a small team led by Doudna and Charpentier published a key paper" had asked "When did a small team lead by
 * Doudna?", blind44).
 */
export function isReducedRelative(tags: Tag[], i: number, to: number): boolean {
  const t = tags[i]!;
  if (t.pos !== "VERB" || tags[i + 1]?.text !== "by" || !/^(?:NOUN|PROPN)$/.test(tags[i - 1]?.pos ?? "")) return false;
  if (!/(?:ed|led|wn|en|built|made|run|held|kept|bought|brought|taught|sold|told|found)$/.test(t.text)) return false;
  // (the verb to come is finite: an auxiliary, or a verb that is no participle of its own)
  for (let j = i + 2; j < to; j++) {
    const x = tags[j]!;
    if (x.text === "," || x.text === ";") continue;
    if (x.pos === "AUX" || (x.pos === "VERB" && !/(?:ing)$/.test(x.text) && !(tags[j + 1]?.text === "by" && /^(?:NOUN|PROPN)$/.test(tags[j - 1]?.pos ?? "")))) return true;
  }
  return false;
}

/** Index of the first finite-looking verb of a token range, or -1. */
export function firstVerb(tags: Tag[], from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tags[i]!;
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    if (depth) continue;
    // (not the second half of a hyphenated word: "a free-living cyanobacterium entered ...")
    if (i > from && tags[i - 1]!.text === "-" && tags[i - 1]!.end === t.start) continue;
    if (i > from && isReducedRelative(tags, i, to)) continue;
    if (t.pos === "AUX" || t.pos === "VERB") return i;
  }
  return -1;
}

/**
 * The subject of the sentence's main clause: the tokens before its first verb,
 * after a leading adverbial ("In 1939, ..."). Null when the sentence does not
 * start with a plain subject.
 */
export function mainSubject(sentence: string, tags: Tag[]): { start: number; end: number } | null {
  const v = firstVerb(tags, 0, tags.length);
  if (v <= 0) return null;
  // a participle that says where ("The first lighthouse built there was ...") is part of the subject, not its verb: cut
  // before it, the subject says something else ("The first lighthouse was built by Henry Winstanley", blind34)
  if (/^(?:there|here)$/i.test(tags[v + 1]?.text ?? "") && tags.slice(v + 2).some((t) => t.pos === "AUX" || t.pos === "VERB")) return null;
  let s = 0;
  // (commas inside brackets are the aside's: "The Rhine (Romansh: Rein, German: Rhein) is")
  let depth = 0;
  let open = -1;
  for (let i = 0; i < v; i++) {
    const x = tags[i]!.text;
    if (x === "(" || x === "[") { if (!depth) open = i; depth++; }
    else if (x === ")" || x === "]") depth = Math.max(0, depth - 1);
    else if (x === "," && !depth) { s = i + 1; open = -1; }
  }
  if (s >= v || !SUBJECT_START.has(tags[s]!.pos)) return null;
  if (tags.slice(s, v).some((t) => t.pos === "ADP" && t.lemma !== "of")) {
    // "Near Chur the river turns": a leading prepositional phrase is not the subject
    if (tags[s]!.pos === "ADP") return null;
  }
  // a bracketed aside that ends the subject is not part of it
  const end = open > s && tags[v - 1]!.text === ")" ? open - 1 : v - 1;
  return { start: tags[s]!.start, end: tags[end]!.end };
}

function segments(sentence: string, tags: Tag[]): Seg[] {
  const segs: Seg[] = [];
  let from = 0;
  let needs = false;
  let depth = 0;
  // an aside between two dashes is no place to cut either ("76 different agencies – state, county, and local agencies
  // from North Dakota and nine other states – that have sent officers")
  const dashes = tags.map((t, i) => (/^[–—]$/.test(t.text) ? i : -1)).filter((i) => i >= 0);
  const inDashes = (i: number) => dashes.length >= 2 && dashes.some((d, n) => n % 2 === 0 && dashes[n + 1] !== undefined && i > d && i < dashes[n + 1]!);
  // semicolons between the verb phrases of one list ("had either been directly captured, burned or skimmed; evaporated at
  // the surface; been consumed by micro-organisms; or dissolved ...") are no clause boundaries: the last item follows "; or"
  // with no subject of its own
  const verbList = tags.some((t, i) => t.text === ";" && /^(?:and|or)$/i.test(tags[i + 1]?.text ?? "") && /^(?:VERB|AUX|ADV)$/.test(tags[i + 2]?.pos ?? ""));
  const verbAfter = (j: number) => {
    while (tags[j]?.pos === "ADV") j++;
    return /^(?:VERB|AUX)$/.test(tags[j]?.pos ?? "");
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    if (depth || inDashes(i)) continue;
    if (t.text === ";" && verbList) continue;
    if (t.text === ";") {
      // a semicolon between list items is no clause boundary ("includes Tokelau (...); the Cook Islands
      // and Niue (...); and the Ross Dependency, which is ..."): what follows needs a verb of its own
      // before any relative word
      let j = i + 1;
      let d2 = 0;
      let clause = false;
      for (; j < tags.length; j++) {
        const x = tags[j]!;
        if (x.text === "(" || x.text === "[") d2++;
        else if (x.text === ")" || x.text === "]") d2 = Math.max(0, d2 - 1);
        if (d2) continue;
        if (x.text === ";" || /^(?:which|who|whom|whose|where|that)$/i.test(x.text)) break;
        // ("; operating systems (...); video-game consoles (...)": a "verb" before a noun or after a hyphen names a thing)
        const nounLike = (tags[j + 1]?.pos === "NOUN" && !["PRON", "NOUN", "PROPN"].includes(tags[j - 1]?.pos ?? "")) || tags[j - 1]?.text === "-" || tags[j + 1]?.text === "(";
        if (x.pos === "AUX" || (x.pos === "VERB" && !nounLike)) {
          clause = true;
          break;
        }
      }
      if (!clause) continue;
      segs.push({ from, to: i, needsSubject: needs });
      from = i + 1;
      needs = false;
      continue;
    }
    const next = tags[i + 1];
    const after = tags[i + 2];
    if (t.text === "," && next && COORDINATORS.has(next.lemma) && after) {
      // ", and the agency ...": a clause with its own subject; ", and descends ...": a verb phrase
      // ", and nowadays, X ...": an adverb and a comma before the clause
      let k = i + 2;
      if (tags[k]?.pos === "ADV" && tags[k + 1]?.text === ",") k += 2;
      let verbAt = firstVerb(tags, k, Math.min(tags.length, k + 9));
      // ", and a former bus passing lane in the middle": an -ing word inside a noun phrase is no clause's verb
      while (verbAt > k && /ing$/.test(tags[verbAt]!.text) && tags[verbAt - 1]!.pos !== "AUX" && tags[verbAt - 1]!.pos !== "PRON") verbAt = firstVerb(tags, verbAt + 1, Math.min(tags.length, k + 9));
      if (verbAt < 0) continue;
      // ", and bottom—when their children play ...": a verb behind a dash or a subordinator is no verb of the item's own
      // (nor one behind "than": ", and more power than the entire planet generates by 2020" is a second object)
      if (tags.slice(k, verbAt).some((x) => x.pos === "SCONJ" || /^(?:[—–]|than)$/i.test(x.text))) continue;
      // ", and Giulia (née Ammannati), who had married in 1562": a verb behind a relative word is the relative clause's
      // (", and input/output devices that perform both functions": so is one behind a "that" after a noun)
      // (", and more like a franchise that actually could have existed": an adverb may come between "that" and its verb)
      if (!/^(?:who|whom|whose|which)$/i.test(tags[k]!.text) && tags.slice(k + 1, verbAt).some((x, n) => /^(?:who|whom|whose|which)$/i.test(x.text) || (/^that$/i.test(x.text) && /^(?:NOUN|PROPN)$/.test(tags[k + n]!.pos) && verbAfter(k + n + 2)))) continue;
      const first = tags[k] ?? after;
      // ", and the image base address.", ", and operating system.": the last item of a list the segment
      // holds, whose "verb" is a noun's modifier ("base address", "operating system"), is no clause
      if (lastListItem(tags, from, i, k)) continue;
      // "included extending alert lengths, enabling web links, and improving their ...": the last of a list of -ing phrases
      if (/ing$/.test(tags[k]!.text) && tags.slice(from, i).some((x, n, arr) => n > 0 && arr[n - 1]!.text === "," && /ing$/.test(x.text))) continue;
      // "Her versatile artistry, songwriting, and entrepreneurship have influenced ...": with no verb before the comma, the
      // "and" joins the subject's items, not two clauses (the cut had made "Entrepreneurship have influenced the _____")
      // (an -ing word alone between commas is one of the items: "artistry, songwriting, and")
      if (!tags.slice(from, i).some((x, n) => (x.pos === "VERB" || x.pos === "AUX") && !(/ing$/.test(x.text) && tags[from + n - 1]?.text === "," && tags[from + n + 1]?.text === ","))) continue;
      const ownSubject = SUBJECT_START.has(first.pos) && verbAt > k;
      const bareVerb = k === i + 2 && (after.pos === "VERB" || after.pos === "AUX");
      if (!ownSubject && !bareVerb) continue;
      // "When rock salt melts ice, and the water seeps ..., it can set off ...": both clauses hang on the
      // "When"; cut at the "and" the second would run into the main clause
      // (only before the main clause: "As there had been ..., British colonists named ..., and it became ..." splits)
      if (!segs.length && from === 0 && SUBORDINATOR.test(tags[0]!.text) && !tags.slice(1, i).some((x) => x.text === ",")) continue;
      segs.push({ from, to: i, needsSubject: needs });
      from = k;
      needs = bareVerb;
      i = k - 1;
    }
  }
  segs.push({ from, to: tags.length, needsSubject: needs });
  return segs.filter((s) => s.to > s.from);
}

/**
 * Whether the words from `k` to the sentence's end are the last item of a list that began before the comma
 * at `comma`: the segment has an earlier comma, the tail is short, and no word in it acts as a verb (an -ing
 * or other verb-looking word right before a noun modifies it: "operating system", "image base address").
 */
function lastListItem(tags: Tag[], from: number, comma: number, k: number): boolean {
  if (!tags.slice(from, comma).some((t) => t.text === ",")) return false;
  // (the item ends at the next comma: "the cultural, financial, and media capital of the world, and exerts ...")
  let end = nextBreak(tags, k, tags.length);
  while (end > k && /^(?:[.!?\]\[]|\d+)$/.test(tags[end - 1]!.text)) end--;
  if (end - k > 6 || end <= k) return false;
  const tail = tags.slice(k, end);
  if (tail.some((t) => t.pos === "AUX" || t.text === "," || t.text === ";")) return false;
  // (nor a base form after a noun at the end: "the image base address")
  return tail.every((t, n) => t.pos !== "VERB" || tail[n + 1]?.pos === "NOUN" || tail[n + 1]?.pos === "PROPN" || (n === tail.length - 1 && n > 0 && tail[n - 1]!.pos === "NOUN" && t.lemma === t.text.toLowerCase() && !/(?:ed|[^s]s)$/.test(t.text)));
}

/** The first comma or semicolon at or after `from` outside brackets, or `to`. */
function nextBreak(tags: Tag[], from: number, to: number): number {
  let depth = 0;
  let j = from;
  for (; j < to; j++) {
    const x = tags[j]!.text;
    if (x === "(") depth++;
    else if (x === ")") depth--;
    else if (!depth && (x === "," || x === ";")) break;
  }
  return j;
}

const DASH = /^[–—]$/;
const SUBORDINATOR = /^(?:as|when|while|if|although|though|because|since|after|before|once|unless|until|whenever|whereas)$/i;
/** A stem of more words than this loses a closing participle phrase that does not hold the fact. */
export const LONG_CLAUSE_WORDS = 30;

/** Token ranges of relative clauses (", which ...", ", who ..."), parentheses and dash asides, to drop when they do not hold the fact. */
function droppable(tags: Tag[], from: number, to: number): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (let i = from; i < to; i++) {
    const t = tags[i]!;
    // ", he said." / ", she added," : a pronoun's attribution, whose "he" the clause alone cannot say
    // (a named one, ", Smith said.", says who and stays)
    if (t.text === "," && /^(?:he|she|they)$/i.test(tags[i + 1]?.text ?? "") && SPEECH_FORMS.has(tags[i + 2]?.text ?? "")) {
      const j = i + 3;
      if (j >= to || /^[.!?]$/.test(tags[j]!.text)) {
        out.push({ from: i, to: j });
        break;
      }
      if (tags[j]!.text === ",") {
        out.push({ from: i, to: j });
        i = j - 1;
        continue;
      }
    }
    // " – or Aotearoa as it is called by Māori – ", " — easily the year’s best original movie song — ": an aside set off by
    // two spaced dashes goes like a bracket (the readers rejected the 31-to-58-word stems that kept them as too long)
    if (DASH.test(t.text) && i > from && tags[i - 1]!.end < t.start) {
      let j = i + 1;
      while (j < to && !DASH.test(tags[j]!.text)) j++;
      if (j < to && j > i + 1 && tags[j]!.start > tags[j - 1]!.end && !tags.slice(i + 1, j).some((x) => x.text === "(" || x.text === ")")) {
        // (not one between a clause put first and the main clause, where it stands for a comma: "As more whales beach and
        // die – from exhaustion ... – an acute sense of grief is growing", "Fun as that might sound ... — the late
        // neurologist wrote ... — Steenburgen wasn’t thrilled")
        const f = /^(?:and|but|yet|so)$/i.test(tags[from]!.text) ? from + 1 : from;
        const fronted = (SUBORDINATOR.test(tags[f]?.text ?? "") || tags[f + 1]?.text === "as") && !tags.slice(f, i).some((x) => x.text === ",");
        if (!fronted) out.push({ from: i, to: j + 1 });
        i = j;
        continue;
      }
    }
    if (t.text === "(") {
      let j = i + 1;
      let depth = 1;
      for (; j < to && depth; j++) {
        if (tags[j]!.text === "(") depth++;
        else if (tags[j]!.text === ")") depth--;
      }
      // "response (and eye-watering prices) ... that are reserved": a bracket that adds a second noun is part of
      // the phrase the rest of the sentence agrees with
      // (a comma after it that parts the subject from its verb goes with it: "The Senate of Pakistan (Urdu: ...), is the
      // upper legislative chamber" had read "The Senate of Pakistan, is ...", blind44)
      const subjectComma = tags[j]?.text === "," && tags[i - 1]?.text !== "," && (tags[j + 1]?.pos === "AUX" || (tags[j + 1]?.pos === "VERB" && !/(?:ed|en|ing|wn|ten)$/.test(tags[j + 1]!.text))) && !tags.slice(from, i).some((x) => x.text === ",");
      if (!depth && !/^and$/i.test(tags[i + 1]?.text ?? "")) out.push({ from: i, to: subjectComma ? j + 1 : j });
      i = j - 1;
      continue;
    }
    if (t.text === "," && tags[i + 1] && RELATIVES.has(tags[i + 1]!.lemma)) {
      let j = nextBreak(tags, i + 2, to);
      const firstBreak = j;
      // a participle phrase after it hangs on the relative clause's last noun ("The plane, whose engines were made
      // by CFM International, co-owned by General Electric ..., lacked"): it goes with it
      // (so does a second relative clause on that noun: "said Joe Carbone, who works for the Transportation
      // Department, where he is known as the pothole chief")
      while (j < to && tags[j]!.text === "," && ((/^[\p{Ll}-]+ed$/u.test(tags[j + 1]?.text ?? "") && tags[j + 2]?.text === "by") || /^(?:where|which)$/.test(tags[j + 1]?.text ?? ""))) j = nextBreak(tags, j + 1, to);
      // a relative clause whose own verb comes after an aside ("the Lenape, whose homeland, known as Lenapehoking, included
      // Staten Island; ...") runs to that verb's phrase
      // (not when an auxiliary follows a comma after words of the relative clause: that is the main clause's verb, and
      // the relative clause's own verb was one the tagger missed, "the protesters, who call/NOUN themselves “water
      // protectors”, were camping ..."; "the Y2K bug, which, at the turn of the millennium, was supposed to" goes on)
      for (let guard = 0; guard < 2 && j < to && tags[j]!.text === "," && (tags[j + 1]?.pos !== "AUX" || firstBreak === i + 2) && !tags.slice(i + 2, j).some((x) => x.pos === "AUX" || (x.pos === "VERB" && !/(?:ed|wn|ing)$/.test(x.text))); guard++) j = nextBreak(tags, j + 1, to);
      // ", which ..., " in the middle goes with both commas ("X, who ..., said" -> "X said"), unless a new
      // subject follows ("the novel by Matheson, which tells ..., George Romero told" keeps its comma)
      // (a second relative clause, ", where he is known as ...", keeps its comma)
      // a verbless tail to the sentence's end is the relative clause's list going on ("Rēnos, which was adapted
      // ... as Greek Ῥῆνος (Rhēnos), Latin Rhenus."): it goes with it, or the stem would end "Rēnos, Latin Rhenus"
      if (j < to && tags[j]!.text === "," && !tags.slice(j + 1, to).some((x) => x.pos === "VERB" || x.pos === "AUX")) j = to;
      // (or a set adverbial before the verb: "Judge Arthur Engoron, who has clashed with Trump ..., at first tried to stop"
      // had kept a comma, "Judge Arthur Engoron, at first tried", blind44)
      const setAdverbial = /^(?:at|in|for|by)$/i.test(tags[j + 1]?.text ?? "") && /^(?:first|once|last|least|times|fact|turn|now|length|then|all)$/i.test(tags[j + 2]?.text ?? "") && ["VERB", "AUX"].includes(tags[j + 3]?.pos ?? "");
      const verbNext = (["VERB", "AUX", "ADV"].includes(tags[j + 1]?.pos ?? "") || setAdverbial) && !/^(?:where|when|which|who|whom|whose|why|how)$/i.test(tags[j + 1]?.text ?? "");
      out.push({ from: i, to: j < to && tags[j]!.text === "," && verbNext ? j + 1 : j });
      i = j - 1;
    }
  }
  return out;
}

/**
 * The clause of `sentence` that holds [spanStart, spanEnd). When the sentence
 * has only one clause, the whole sentence (less parentheses and relative
 * clauses that do not hold the span).
 */
export function clauseFor(sentence: string, tags: Tag[], spanStart: number, spanEnd: number): Clause {
  const segs = segments(sentence, tags);
  const seg = segs.find((s) => tags[s.from]!.start <= spanStart && (s.to >= tags.length ? sentence.length : tags[s.to]!.start) >= spanEnd) ?? { from: 0, to: tags.length, needsSubject: false };
  let prefix = "";
  if (seg.needsSubject) {
    const subj = mainSubject(sentence, tags);
    if (!subj) return whole(sentence, tags, spanStart, spanEnd);
    prefix = sentence.slice(subj.start, subj.end);
    // "The DSTT was used only by buses ..., and shared by buses and light rail ...": the second verb
    // phrase shares the first one's auxiliary ("The DSTT was shared by ...")
    const v = firstVerb(tags, 0, tags.length);
    let w = v + 1;
    while (tags[w]?.pos === "ADV") w++;
    const own = tags[seg.from];
    if (v > 0 && tags[v]!.pos === "AUX" && /^(?:is|are|was|were|has|have|had)$/i.test(tags[v]!.text) && tags[w]?.pos === "VERB" && own?.pos === "VERB" && /(?:ed|en|wn|ilt|ught|ld|nt)$/.test(own.text)) prefix += ` ${tags[v]!.text}`;
  }
  const drops = droppable(tags, seg.from, seg.to).filter((d) => !(tags[d.from]!.start <= spanStart && tags[d.to - 1]!.end >= spanEnd) && !(tags[d.from]!.start < spanEnd && tags[d.to - 1]!.end > spanStart));
  // a long clause loses a closing participle phrase after the fact (", marking the third time the weapon has been used in
  // the four-year war", ", impacting job markets, healthcare, ...": blind45)
  const kept = tags.slice(seg.from, seg.to).filter((t, n) => /[\p{L}\p{N}]/u.test(t.text) && !drops.some((d) => seg.from + n >= d.from && seg.from + n < d.to)).length;
  if (kept > LONG_CLAUSE_WORDS) {
    const tail = closingParticiple(tags, seg.from, seg.to);
    if (tail >= 0 && tags[tail]!.start >= spanEnd && !drops.some((d) => d.to > tail)) drops.push({ from: tail, to: seg.to });
  }
  const pieces: { start: number; end: number }[] = [];
  let cursor = seg.from;
  for (const d of drops) {
    if (d.from > cursor) pieces.push({ start: tags[cursor]!.start, end: tags[d.from - 1]!.end });
    cursor = d.to;
  }
  let last = seg.to - 1;
  while (last >= cursor && /^[.,;:!?]$/.test(tags[last]!.text)) last--;
  if (last >= cursor) pieces.push({ start: tags[cursor]!.start, end: tags[last]!.end });
  if (!pieces.length) return whole(sentence, tags, spanStart, spanEnd);
  return { pieces, prefix };
}

/** The comma that opens a participle phrase running to the segment's end (", marking ...", ", giving ..."), or -1. */
function closingParticiple(tags: Tag[], from: number, to: number): number {
  let depth = 0;
  let at = -1;
  for (let i = from; i < to; i++) {
    const x = tags[i]!.text;
    if (x === "(") depth++;
    else if (x === ")") depth--;
    else if (!depth && x === "," && i > from + 3 && tags[i + 1]?.pos === "VERB" && /^\p{Ll}+ing$/u.test(tags[i + 1]!.text)) at = i;
  }
  // (the phrase must be the last part: no finite verb after it, which would make it a clause of its own)
  if (at < 0 || tags.slice(at + 2, to).some((t) => t.pos === "AUX" || t.text === ";")) return -1;
  return at;
}

function whole(sentence: string, tags: Tag[], _s: number, _e: number): Clause {
  let last = tags.length - 1;
  while (last >= 0 && /^[.,;:!?]$/.test(tags[last]!.text)) last--;
  return { pieces: [{ start: 0, end: last >= 0 ? tags[last]!.end : sentence.length }], prefix: "" };
}

/** The clause as text, with `replace` applied to [spanStart, spanEnd) when given. */
export function renderClause(sentence: string, c: Clause, span?: { start: number; end: number; text: string }): string {
  let out = "";
  for (const p of c.pieces) {
    let piece = sentence.slice(p.start, p.end);
    if (span && span.start >= p.start && span.end <= p.end) piece = sentence.slice(p.start, span.start) + span.text + sentence.slice(span.end, p.end);
    out += (out && !/^[,;:.]/.test(piece) ? " " : "") + piece.trim();
  }
  out = out.replace(/\s+,/g, ",").replace(/\s{2,}/g, " ").trim();
  if (c.prefix) out = `${c.prefix} ${out}`;
  // A clause cut from the middle starts with a capital
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** The clause as text and where the span landed in it (null when the span is not in a kept piece). */
const LEADING_CONNECTIVE = /^(?:But|And|Yet|However,|Still,|Furthermore,|Moreover,|Meanwhile,|Unsurprisingly,|Instead,|Indeed,|Also,|For (?:instance|example),|In addition,|Additionally,|In fact,|Of course,|As a result,|Then,|Thereafter,|Subsequently,|Afterwards?,|Elsewhere,|Consequently,|Thus,|Therefore,|Hence,|Nevertheless,|Nonetheless,|Likewise,|Similarly,|Accordingly,|Plus,|What (?:is|was) (?:clear|certain|known|obvious) is that)\s+/i;

export function clauseText(sentence: string, c: Clause, spanStart: number, spanEnd: number): { text: string; start: number; end: number } | null {
  let out = c.prefix ? `${c.prefix} ` : "";
  let at: { start: number; end: number } | null = null;
  c.pieces.forEach((p, i) => {
    const raw = sentence.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (i > 0 && !/^[,;:.]/.test(piece)) out += " ";
    const base = out.length - (p.start + lead);
    if (spanStart >= p.start && spanEnd <= p.end) at = { start: spanStart + base, end: spanEnd + base };
    out += piece;
  });
  if (!at) return null;
  const found = at as { start: number; end: number };
  // a dash aside opened but cut before it closed ("a link between the crisis ... kauri trees – and threatening the giant
  // Tāne Mahuta" lost "– and the increase in whale strandings"), or a list of verbs cut before its last ("would take the
  // paper tape ..., roll it out the length of the hallway" lost ", and edit the binary code"): both read broken (blind36)
  const dashes = (x: string) => (x.match(/\s[–—]\s/g) ?? []).length;
  if (dashes(out) % 2 === 1 && dashes(sentence) % 2 === 0) return null;
  const last = c.pieces[c.pieces.length - 1];
  if (last && /^,?\s+and\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|i|then|also|so|in|on|at|by|for|with|from|to|of)\b)\p{Ll}+\s/u.test(sentence.slice(last.end)) && /,\s+(?!(?:and|or|but|the|a|an|his|her|its|their|this|that|these|those|he|she|it|they|we|i|which|who|whom|whose|where|when|while|as|in|on|at|by|for|with|from|to|of|including|such|especially|then|also|so|not|now)\b)\p{Ll}+\s+(?:it|them|him|her|the|a|an|his|their|its|up|out|down|off)\b/u.test(out)) return null;
  // a connective that ties the clause to the sentence before ("But", "However,") means nothing on its own
  // (nor one after a semicolon, where the clause begins in lower case: "...; however, bagpipes have been played ...": blind33)
  const lead = LEADING_CONNECTIVE.exec(out)?.[0].length ?? 0;
  const cut = lead && found.start >= lead && /^\p{L}/u.test(out.slice(lead)) ? lead : 0;
  // capitalise a clause cut from the middle
  let text = out.charAt(cut).toUpperCase() + out.slice(cut + 1);
  // a preposition left at the end by a relative clause cut after it ("... for nearly fifty years during | which time he
  // designed ..." had asked "Who worked for the Northern Lighthouse Board for nearly fifty years during?", blind34)
  const dangling = /\s+(?:during|among|throughout|within|whereby|upon)$/.exec(text);
  if (dangling && found.end - cut <= dangling.index) text = text.slice(0, dangling.index);
  return { text, start: found.start - cut, end: found.end - cut };
}
