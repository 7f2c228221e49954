// Owns the builders that are not one fact in one sentence: who holds a role,
// what an abbreviation stands for, events to put in order, and pairs to match;
// plus the article's field for like-for-like people. (No "Who said ...?": blind
// readers rejected it as attribution, even about someone the story shows acting.)

import type { Analysis, Mention, SentenceInfo } from "./analyze";
import { isFamousPerson, isQuotedSource } from "./facts";
import { checkAnswerInEvidence, checkAnswerNotInStem, checkContentTerm, checkNoUnresolvedPronoun, checkNotTrivial, checkStemLength, type RejectReason } from "./checks";
import { formatIso } from "./dates";
import { surnameOf, type Pool } from "./distractors";
import { findDatedEvents } from "./events";
import { aliasesOf, lookupDemonym, lookupGazetteer } from "./gazetteer";
import { DOC_HEADS, EVENT_HEADS, ORG_HEADS } from "./lexicon";
import { containsTerm, foldDiacritics, normalize, type Edit } from "./text";
import { sentenceCandidate, type BuildContext, type Candidate } from "./candidate";
import { tagText } from "./tagger";

function personReasons(a: Analysis, s: SentenceInfo, m: Mention, prompt: string, answer: string): RejectReason[] {
  const r: RejectReason[] = [];
  if (m.ambiguous) r.push("answer-ambiguous");
  if (s.quoteShare > 0.5) r.push("quotation");
  const checks = [
    checkAnswerInEvidence(answer, s.text),
    checkContentTerm(answer),
    checkAnswerNotInStem(prompt, answer, [surnameOf(answer)]),
    checkStemLength(prompt),
    checkNotTrivial(m.canonical, a.trivial),
    checkNoUnresolvedPronoun(prompt),
  ];
  for (const c of checks) if (c) r.push(c);
  return r;
}

const titleCache = new WeakMap<Analysis, Map<string, Set<string>>>();
/** Title -> the people who carry it; a title two people share ("President") cannot identify one of them. */
function titleOwnersOf(a: Analysis): Map<string, Set<string>> {
  let owners = titleCache.get(a);
  if (owners) return owners;
  owners = new Map<string, Set<string>>();
  for (const x of a.sentences) {
    for (const m of x.mentions) {
      if (m.type !== "person" || !m.role || m.role.includes(" of ")) continue;
      const set = owners.get(normalize(m.role)) ?? new Set<string>();
      set.add(m.canonical);
      owners.set(normalize(m.role), set);
    }
  }
  titleCache.set(a, owners);
  return owners;
}

const personCountCache = new WeakMap<Analysis, Map<string, number>>();
/** How many sentences name each person (by canonical name), counted once per article. */
function personSentenceCounts(a: Analysis): Map<string, number> {
  let out = personCountCache.get(a);
  if (!out) {
    out = new Map();
    for (const x of a.sentences) for (const c of new Set(x.mentions.filter((y) => y.type === "person").map((y) => y.canonical))) out.set(c, (out.get(c) ?? 0) + 1);
    personCountCache.set(a, out);
  }
  return out;
}

/** Who-is questions from appositions ("X, deputy chair of Y,"), titles ("Azerbaijani President X") and "X was elected as Y". */
export function roleQuestions(ctx: BuildContext, s: SentenceInfo, _edits: Edit[]): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const titleOwners = titleOwnersOf(a);
  for (const m of s.mentions) {
    if (m.type !== "person" || m.inQuote || m.text.split(/\s+/).length < 2) continue;
    // a quoted source's job title is attribution ("Who is Steve Cowan?" "A spokesman for ...")
    if (isQuotedSource(a, m.canonical)) continue;
    const base = (prompt: string, facet: string, answer: string, back?: string): Candidate =>
      sentenceCandidate(s, {
        kind: back ? "flashcard" : "short_answer",
        prompt,
        answer: back ?? answer,
        acceptedAnswers: back ? [] : [foldDiacritics(answer)].filter((x) => x !== answer),
        score: 0.88,
        topics: ["person", "role"],
        difficulty: 2,
        facet,
        answerCanonical: m.canonical,
      });
    const roles: { role: string; verb: string }[] = [];
    // (an aside's "as" is no part of the role: "Albert Gee, as president of the Houston Restaurant Association, took part
    // ..." had asked "Who is the as president of ...?", blind33)
    const mRole = m.role?.replace(/^as\s+(?:(?:an?|the)\s+)?/i, "");
    if (mRole && / of | at | for /.test(mRole)) roles.push({ role: mRole.replace(/^(?:an?|the)\s+/i, ""), verb: "is" });
    else if (mRole && (titleOwners.get(normalize(mRole))?.size ?? 0) === 1 && mRole.split(" ").length >= 2) roles.push({ role: mRole, verb: "is" });
    const elected = /^\s+(?:was|were|has been|had been|is)\s+(elected|appointed|named|chosen|sworn in)\s+(?:as\s+)?((?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+of\s+(?:the\s+)?[\p{Lu}][^,;.]*?)(?=,|;|\.|\s+(?:months|weeks|years|in\s+\d|on\s+\p{Lu}|after|before)\b|$)/u.exec(s.text.slice(m.end));
    if (elected) roles.push({ role: elected[2]!.trim(), verb: `was ${elected[1]} as` });
    // A role is worth learning for someone the story comes back to, and not as where an expert works
    // ("Who is Jamie Jirout?" "Developmental psychologist at the University of Virginia", "Who is Josh
    // Earnest?" for a press secretary named once): readers kept "Who is Habib Essid?" and little else.
    const mentioned = personSentenceCounts(a).get(m.canonical) ?? 0;
    for (const { role: rawRole, verb } of roles) {
      const role = rawRole.replace(/(?<!\.\p{Lu})[.,;:]+$/u, "");
      // (and only an office a learner should know: readers rejected "talent manager", "former mission manager",
      // "head of ESA's solar and planetary missions division" and kept "Tunisian Prime Minister")
      const office = /\b(?:president|prime minister|premier|minister|king|queen|emperor|empress|chancellor|governor|mayor|senator|pope|ceo|chief executive|founder|co-founder|chairman|chairwoman|general secretary|secretary-general|secretary of state|leader)\b/i.test(role);
      // (or, for someone the story is about, named in three sentences or more, a short role: "Kenyan runner")
      const short = mentioned >= 3 && role.split(/\s+/).length <= 3 && !/\s(?:of|at|for|with)\s/.test(` ${role} `);
      const incidental = mentioned < 2 || !(office || short) || (/\s(?:at|with)\s/.test(role) && verb === "is");
      // a bare role says too little to be the one answer: "Who is Heather Humphreys?" "Former government minister", "Who
      // is the lieutenant governor, according to the article?" (the fresh reads kept 1 of 9 role questions, and that one
      // named its company: "President of Mercer Island-based Dana F. Besecker Company")
      // (a role with its country or organisation is one: "Azerbaijani President", "deputy chair of the OTS")
      const bare = !/\s(?:of|for)\s/.test(` ${role} `) && !role.split(/\s+/).some((w) => !!lookupDemonym(w) || (/^\p{Lu}/u.test(w) && !TITLE_WORD.test(w) && !/^(?:Former|Lieutenant|Independent|Senior|Junior|Acting|Deputy|Vice|Assistant|Associate|Interim|First|Second|Chief)$/.test(w)));
      // "SRL and new owner": a role must read as one (it starts with a word in lower case or a title)
      if (/^\p{Lu}{2,}\b/u.test(role) || role.split(/\s+/).length > 12) continue;
      // nor a phrase around a title ("the Conservative party under leader Robert Stanfield")
      if (/\b(?:under|by|with|from|led|than)\s+\p{Ll}+$/u.test(role)) continue;
      // nor a verb's words before it, or a pronoun's owner ("telling his lawyer Chris Kise" had made "Who is Chris Kise?"
      // "Telling his lawyer", blind44): whose lawyer the sentence before said
      if (/^\p{Ll}+ing\b/u.test(role) || /\b(?:his|her|their|its|our|my|your)\b/i.test(role)) continue;
      const article = /^(?:the|a|an)\s/i.test(role) ? "" : verb === "is" ? "the " : "";
      const shown = role
        .split(" ")
        .map((w) => (TITLE_WORD.test(w) ? w.toLowerCase() : w))
        .join(" ");
      const prompt = verb === "is" ? `Who is ${article}${shown}, according to the article?` : `Who ${verb} ${role}?`;
      const q = base(prompt, `role:${normalize(role)}`, m.canonical);
      q.answer = m.canonical;
      q.rejectReasons = personReasons(a, s, m, prompt, m.canonical);
      // "Who is Vladimir Putin? Russian President": the lists know this person, so does the learner
      const famous = isFamousPerson(a, m.canonical);
      if (famous) q.rejectReasons.push("general-knowledge");
      if (incidental) q.rejectReasons.push("answer-trivial");
      if (bare) q.rejectReasons.push("answer-ambiguous");
      out.push(q);
      const back = role[0]!.toUpperCase() + role.slice(1);
      const fc = base(`Who is ${m.canonical}?`, `who:${normalize(m.canonical)}`, m.canonical, verb === "is" ? back : `Elected as ${role}`);
      fc.score = 0.84;
      fc.rejectReasons = [];
      if (s.quoteShare > 0.5) fc.rejectReasons.push("quotation");
      if (checkAnswerInEvidence(role, s.text)) fc.rejectReasons.push("answer-not-in-evidence");
      if (famous) fc.rejectReasons.push("general-knowledge");
      if (incidental) fc.rejectReasons.push("answer-trivial");
      if (bare) fc.rejectReasons.push("answer-ambiguous");
      out.push(fc);
    }
  }
  return out;
}

const TITLE_WORD = /^(?:Chief|President|Prime|Minister|Deputy|Vice|Chairman|Chairwoman|Chair|Director|Head|Secretary|Governor|Mayor|Coach|Captain|Manager|Executive|Officer|Commissioner|Administrator|Editor|Ambassador|Chancellor|Treasurer|Founder|Attorney|General|Spokesman|Spokeswoman|Senator)$/;

/** A name written in another language: a word of Spanish, French, Dutch, German or Italian names, or a letter English lacks. */
const FOREIGN_NAME = /\b(?:de|del|della|la|le|les|van|von|der|die|het|nieuw|nieuwe|nouvelle|nouveau|río|san|santa|sankt|rue|vieux|vieille)\b|[À-ÖØ-öø-ÿĀ-ž]/iu;

function initialsOf(longName: string): string {
  return longName
    .split(/\s+/)
    .filter((w) => !/^(?:of|and|the|for|in|on|&)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** "What does OTS stand for?" from "Long Name (ABBR)". */
export function acronymQuestions(ctx: BuildContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const [abbr, long] of [...a.acronyms].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const s = a.sentences.find((x) => x.mentions.some((m) => m.text === long || m.canonical === long) && x.text.includes(`(${abbr})`));
    if (!s) continue;
    // (a gloss in another script is no long name: "Rhēnos (Greek Ῥῆνος)")
    if (/[^\p{Script=Latin}\p{N}\p{M}\s.,'’&()\/-]/u.test(long)) continue;
    // (an English rendering of a name in another language, "Río de San Antonio (Saint Anthony's River)", names the same
    // place, not another one: "What is “Saint Anthony's River” another name for?" has no right key)
    if (/\s/.test(abbr) && /\p{Ll}/u.test(abbr) && FOREIGN_NAME.test(long)) continue;
    const pure = /^[\p{Lu}\p{N}&.-]+$/u.test(abbr) && foldDiacritics(initialsOf(long)).startsWith(foldDiacritics(abbr).replace(/[^A-Z]/g, "").slice(0, 2));
    const head = headNoun(long);
    const prompt = pure
      ? `What does ${abbr} stand for?`
      : isNameHead(head)
        ? `The article gives “${abbr}” as the short name of which ${head.toLowerCase()}?`
        : /\p{Ll}/u.test(abbr)
          ? // a name in another language ("Te Ika-a-Māui" for the North Island) is no short form
            `What is “${abbr}” another name for, according to the article?`
          : `What full name does the article give for “${abbr}”?`;
    const accepted = [foldDiacritics(long), ...aliasesOf(long).filter((x) => normalize(x) !== normalize(abbr))].filter((x) => x !== long);
    const q = sentenceCandidate(s, {
      kind: "short_answer",
      prompt,
      answer: long,
      acceptedAnswers: [...new Set(accepted)].sort(),
      score: pure ? 0.9 : 0.8,
      topics: ["acronym"],
      difficulty: 2,
      facet: `acronym:${normalize(abbr)}`,
      answerCanonical: long,
    });
    for (const r of [checkAnswerInEvidence(long, s.text), checkAnswerInEvidence(abbr, s.text), checkAnswerNotInStem(prompt, long), checkContentTerm(long), checkStemLength(`${prompt} x x x`)]) if (r) q.rejectReasons.push(r);
    // the title spells it out ("What does DSTT stand for?" in the article "Downtown Seattle Transit Tunnel")
    if (a.title && normalize(a.title).includes(normalize(long))) q.rejectReasons.push("answer-trivial");
    // what a name in passing stands for is no fact of the article ("What does NLG stand for?"): the reads kept 2 of 10, both
    // on the telescope the article was about. Asked when the article comes back to the name in three sentences or more.
    // (A short name that is no acronym, "AK Party" for the Justice and Development Party, is still asked: the reads met one.)
    else if (pure && a.sentences.filter((x) => containsTerm(x.text, abbr) || containsTerm(x.text, long)).length < 3) q.rejectReasons.push("answer-trivial");
    out.push(q);
    const fc: Candidate = { ...q, kind: "flashcard", prompt: abbr, answer: long, acceptedAnswers: [], facet: `acronym-card:${normalize(abbr)}`, score: 0.78, rejectReasons: q.rejectReasons.filter((r) => r !== "stem-length") };
    out.push(fc);
  }
  return out;
}

function headNoun(name: string): string {
  const words = name.split(/\s+/);
  const of = words.indexOf("of");
  const head = (of > 0 ? words[of - 1] : words[words.length - 1]) ?? "name";
  return head === "Organization" ? "Organisation" : head;
}

function isNameHead(word: string): boolean {
  return ORG_HEADS.has(word) || DOC_HEADS.has(word) || EVENT_HEADS.has(word) || ORG_HEADS.has(word === "Organisation" ? "Organization" : word);
}

/** Ordering questions: three to five dated events, relative dates resolved against the article's date. */
export function orderingQuestions(ctx: BuildContext): Candidate[] {
  const { a } = ctx;
  const events = findDatedEvents(a);
  // One event per year (same-year events cannot be ordered reliably), first mention wins.
  const byYear = new Map<number, (typeof events)[number]>();
  for (const e of events) if (!byYear.has(e.date.year)) byYear.set(e.date.year, e);
  const seenLabels = new Set<string>();
  const distinct = [...byYear.values()].filter((e) => {
    const k = normalize(e.label);
    if (seenLabels.has(k)) return false;
    seenLabels.add(k);
    return true;
  });
  const sorted = distinct.filter((e) => e.whole).sort((x, y) => x.date.sortKey - y.date.sortKey);
  const out: Candidate[] = [];
  if (sorted.length < 3) return out;
  // Chunks of up to five, in text order of their first sentence for stability.
  const chunks: (typeof sorted)[] = [];
  for (let i = 0; i < sorted.length; i += 5) chunks.push(sorted.slice(i, i + 5));
  const last = chunks[chunks.length - 1]!;
  if (chunks.length > 1 && last.length < 3) {
    const prev = chunks[chunks.length - 2]!;
    while (last.length < 3 && prev.length > 3) last.unshift(prev.pop()!);
  }
  for (const chunk of chunks) {
    if (chunk.length < 3) continue;
    const first = chunk.reduce((x, y) => (x.sentence.start <= y.sentence.start ? x : y));
    const items = chunk.map((e) => e.label);
    const reasons: RejectReason[] = [];
    if (new Set(items.map(normalize)).size !== items.length) reasons.push("items-invalid");
    for (const it of items) if (checkNoUnresolvedPronoun(it) || it.length > 160) reasons.push("items-invalid");
    // an item cut after its verb ("The club's highest ever league position came", "The club was founded and currently
    // competes", "... Stark's Park named"): what it did is in the words cut away (blind36; the reads kept 0 of 16)
    for (const it of items) {
      const words = tagText(it).filter((t) => /\p{L}/u.test(t.text));
      const last = words[words.length - 1];
      // (not a verb that needs nothing after it: "The 1979 referendum ... failed")
      if (last && (last.pos === "AUX" || /^(?:came|comes|come|named|called|competes?|competed|became|becomes|made|makes|took|takes|gave|gives|put|puts|moved|stayed|remained|went|goes|held|saw|sees|set|brought|included|includes|reached|kept|led|found|got|turned|known|considered|described|titled|entitled)$/.test(last.text))) reasons.push("items-invalid");
    }
    // one item the start of another ("X became a colony" / "X became a colony and it became a dominion")
    const norm = items.map(normalize);
    if (norm.some((_, i) => overlapsAnother(norm, i))) reasons.push("items-invalid");
    out.push({
      kind: "ordering",
      sentence: first.sentence,
      prompt: "Put these events in the order they happened, earliest first.",
      answer: items.join(" → "),
      acceptedAnswers: [],
      choices: null,
      items,
      pairs: null,
      explanation: chunk
        .map((e) => `${e.date.approximate ? e.date.label : formatIso(e.date)}${e.expression !== formatIso(e.date) && e.expression !== e.date.label ? ` (“${e.expression}”${a.date && e.relative ? `, from the article’s date ${a.date}` : ""})` : ""}: ${e.label}`)
        .join("; "),
      score: 0.8,
      topics: ["chronology"],
      difficulty: 3,
      sources: chunk.map((e) => e.sentence.index),
      facet: `ordering:${items.map(normalize).join("|")}`,
      answerCanonical: items.join("|"),
      rejectReasons: [...new Set(reasons)],
    });
  }
  return out;
}

const domainCache = new WeakMap<Analysis, string>();
/** What kind of people the article is about, from their titles and roles: picks like-for-like gazetteer people. */
export function personDomain(a: Analysis): string {
  const cached = domainCache.get(a);
  if (cached !== undefined) return cached;
  const roles = a.sentences.flatMap((s) => s.mentions.filter((m) => m.type === "person" && m.role).map((m) => m.role!.toLowerCase())).join(" ");
  const text = `${roles} ${a.body.slice(0, 5000).toLowerCase()}`;
  const score = (re: RegExp) => (text.match(re) ?? []).length;
  const scores: [string, number][] = [
    ["politician", score(/\b(?:president|minister|party|parliament|senator|governor|election)\b/g)],
    ["athlete", score(/\b(?:coach|striker|goal|match|season|championship|club|race|medal)\b/g)],
    ["scientist", score(/\b(?:researcher|scientist|professor|study|laboratory|university|physicist|journal)\b/g)],
    ["business", score(/\b(?:ceo|chief executive|company|shares|revenue|investor|profit|market)\b/g)],
  ];
  scores.sort((x, y) => y[1] - x[1]);
  const d = scores[0]![1] > 0 ? scores[0]![0] : "";
  domainCache.set(a, d);
  return d;
}

/**
 * Matching questions from facts already found: abbreviations and their long
 * names, people and their roles, events and their dates. Three to six pairs,
 * each from an active-quality question of its own.
 */
export function matchingQuestions(ctx: BuildContext, built: Candidate[]): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  const groups: { facet: string; prompt: string; pairs: { left: string; right: string; sentence: SentenceInfo }[] }[] = [];
  const ok = (c: Candidate) => c.rejectReasons.length === 0;
  groups.push({
    facet: "acronyms",
    prompt: "Match each abbreviation to the name it stands for.",
    // an abbreviation is capitals ("USPTO", "U.N."), not a name in another language ("Te Ika-a-Māui")
    pairs: built.filter((c) => ok(c) && c.facet.startsWith("acronym-card:") && /^[\p{Lu}\d&.-]{2,}$/u.test(c.prompt)).map((c) => ({ left: c.prompt, right: c.answer, sentence: c.sentence })),
  });
  groups.push({
    facet: "roles",
    prompt: "Match each person to the role the article gives them.",
    pairs: built
      .filter((c) => ok(c) && c.kind === "flashcard" && c.facet.startsWith("who:"))
      .map((c) => ({ left: c.answerCanonical, right: c.answer, sentence: c.sentence })),
  });
  const events = findDatedEvents(a).filter((e) => e.whole);
  const seenDates = new Set<string>();
  const eventPairs: { left: string; right: string; sentence: SentenceInfo }[] = [];
  for (const e of events) {
    const label = e.date.approximate ? e.date.label.replace(/^the\s+/i, "") : e.date.label;
    if (seenDates.has(label)) continue;
    seenDates.add(label);
    eventPairs.push({ left: e.label, right: label[0]!.toUpperCase() + label.slice(1), sentence: e.sentence });
  }
  // Events to dates only when no ordering question already drills the same events.
  if (!built.some((c) => c.kind === "ordering" && ok(c))) groups.push({ facet: "dates", prompt: "Match each event to its date.", pairs: eventPairs });
  for (const g of groups) {
    // one event the start of another: neither is kept
    const lefts = g.pairs.map((p) => normalize(p.left));
    g.pairs = g.pairs.filter((_, i) => !overlapsAnother(lefts, i));
    const seenLeft = new Set<string>();
    const seenRight = new Set<string>();
    const pairs = g.pairs.filter((p) => {
      const l = normalize(p.left);
      const r = normalize(p.right);
      if (seenLeft.has(l) || seenRight.has(r)) return false;
      seenLeft.add(l);
      seenRight.add(r);
      return p.left.length <= 200 && p.right.length <= 200;
    }).slice(0, 6);
    if (pairs.length < 3) continue;
    const first = pairs.reduce((x, y) => (x.sentence.start <= y.sentence.start ? x : y));
    out.push({
      kind: "matching",
      sentence: first.sentence,
      prompt: g.prompt,
      answer: pairs.map((p) => `${p.left} → ${p.right}`).join("; "),
      acceptedAnswers: [],
      choices: null,
      items: null,
      pairs: pairs.map(({ left, right }) => ({ left, right })),
      explanation: pairs.map((p) => p.sentence.text).filter((t, i, all) => all.indexOf(t) === i).join(" ").slice(0, 1000),
      score: 0.78,
      topics: ["matching", g.facet],
      difficulty: 3,
      sources: pairs.map((p) => p.sentence.index),
      facet: `matching:${g.facet}`,
      answerCanonical: g.facet,
      rejectReasons: [],
    });
  }
  return out;
}

export function classifyTerm(pool: Pool, a: Analysis): (term: string) => string {
  const surnames = new Map<string, string>();
  for (const list of a.surnames.values()) for (const full of list) surnames.set(normalize(surnameOf(full)), "person");
  for (const e of pool.byType.get("person") ?? []) surnames.set(normalize(surnameOf(e.name)), "person");
  return (term: string) => {
    if (/^\d{4}$/.test(term)) return "year";
    if (/^\d{1,2}(?:st|nd|rd|th)$/.test(term)) return "century";
    if (/\d/.test(term)) return "number";
    const n = normalize(term);
    const t = pool.typeOfName.get(n) ?? lookupGazetteer(term)?.type;
    if (t) return t;
    if (surnames.has(n)) return "person";
    return "unknown";
  };
}


/** Whether item `i` of these (normalised) items is the start of another, or another is its start. */
function overlapsAnother(items: string[], i: number): boolean {
  const x = items[i]!;
  return items.some((y, j) => j !== i && (y.startsWith(`${x} `) || x.startsWith(`${y} `)));
}
