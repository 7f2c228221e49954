// Owns the "form questions" pass over the whole article: for every sentence
// that is a fact, the facts it holds (facts.ts) each get their forms
// (forms.ts), then the builders that span sentences (special.ts) add theirs.
// Builders overgenerate; checks and selection (index.ts, select.ts) decide
// what becomes active.
import { normalize } from "./text";
import { rewritesOf, type BuildContext, type Candidate } from "./candidate";
import { answerable, conceptMentions, statedNotAsked, isCode, isAttributionTail, isExampleSentence, isDebrisSentence, isNewsTime, isReportedListItem, isVoxPop, objectPhrases } from "./facts";
import { factForms, trueStatements } from "./forms";
import { acronymQuestions, matchingQuestions, orderingQuestions, roleQuestions } from "./special";

export { conceptMentions, findConcepts, isDebrisSentence, objectPhrases } from "./facts";
export { classifyTerm, personDomain } from "./special";

export function buildCandidates(ctx: BuildContext): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  // Which (distinct) sentences name a term: the false-statement check looks only there.
  const sentencesNaming = new Map<string, Set<string>>();
  for (const s of a.sentences) {
    for (const m of s.mentions) {
      for (const k of [normalize(m.text), normalize(m.canonical)]) {
        const set = sentencesNaming.get(k) ?? new Set<string>();
        set.add(s.text);
        sentencesNaming.set(k, set);
      }
    }
  }
  const sentencesWith = (term: string): string[] => [...(sentencesNaming.get(normalize(term)) ?? [])];
  const total = a.sentences.length;
  const step = Math.max(1, Math.floor(total / 100));
  for (const s of a.sentences) {
    if (ctx.onProgress && s.index % step === 0) ctx.onProgress(s.index, total);
    const quoteHeavy = s.quoteShare > 0.5;
    const edits = rewritesOf(s);
    if (isDebrisSentence(s) || isReportedListItem(a, s) || isVoxPop(a, s) || isAttributionTail(a, s)) continue;
    const named = s.mentions.filter((m) => answerable(a, m, s));
    // a phrase over a name is that name's question, and a person who is not asked is not asked as a phrase either
    // (nor a weekday or a time of day the mentions leave out: "in a televised address _____" -> Wednesday evening)
    const phrases = objectPhrases(s).filter((p) => !p.inQuote && !isNewsTime(p.text) && !isCode(p.text) && !s.mentions.some((m) => m.start < p.end && m.end > p.start && (m.type === "person" || named.includes(m))));
    const gaps = [...named, ...conceptMentions(a, s).filter((c) => !phrases.some((p) => c.start >= p.start && c.end <= p.end)), ...phrases];
    if (!isExampleSentence(s.text)) for (const m of gaps) if (!statedNotAsked(s, m)) out.push(...factForms(ctx, s, m, { quoteHeavy, sentencesWith }));
    out.push(...trueStatements(ctx, s, gaps, quoteHeavy));
    out.push(...roleQuestions(ctx, s, edits));
  }
  out.push(...acronymQuestions(ctx));
  out.push(...orderingQuestions(ctx));
  out.push(...matchingQuestions(ctx, out));
  ctx.onProgress?.(total, total);
  return out;
}

