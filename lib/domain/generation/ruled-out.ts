// Owns deciding that a question's stem rules a choice out before the reader
// knows anything: the stem already names it, or the stem asks for a kind of
// thing ("which country", "the river _____") that the choice is known not to be.
import { CLOZE_BLANK } from "@/lib/domain/questions/bank-schema";
import { fitsType, kindOfNoun, ref, type FineRef } from "./fine-types";
import { aliasesOf } from "./gazetteer";
import { foldDiacritics, memoByString } from "./text";
import { knownRefs, typeByHead } from "./type-by-head";

// (memoised: a stem is folded once for each of its choices, and names recur)
const fold = memoByString((s: string): string => ` ${foldDiacritics(s).toLowerCase().replace(/[’'`]/g, "").replace(/[^\p{L}\p{N}_]+/gu, " ").trim()} `);

/** The stem names `name` (or one of its gazetteer aliases) as whole words. */
function stemNames(stemFolded: string, name: string): boolean {
  return [name, ...aliasesOf(name)].some((n) => {
    const f = fold(n);
    return f.trim() !== "" && stemFolded.includes(f);
  });
}

const BLANK = new RegExp(CLOZE_BLANK.source);
const ARTICLES = new Set(["the", "a", "an", "this", "that"]);

/**
 * The kind of thing the stem asks for, if it says: "Which country ...?",
 * "In what city ...?", "... the river _____", "the city of _____", "Who ...?"
 * (a person), "Where ...?" (a place). Null when the stem does not say.
 */
export const kindAskedFor = memoByString(kindAskedForUncached);

function kindAskedForUncached(stem: string): FineRef | null {
  const s = stem.replace(BLANK, " __blank__ ");
  const words = foldDiacritics(s).toLowerCase().replace(/[’']/g, "").split(/[^\p{L}\p{N}_-]+/u).filter(Boolean);
  const blank = words.indexOf("__blank__");
  if (blank >= 0) {
    let i = blank - 1;
    if (words[i] === "of") i--; // "the city of _____"
    while (i >= 0 && ARTICLES.has(words[i]!)) i--;
    // Only a noun right before the blank names its kind ("the river _____"), not "Cologne is a city on the _____".
    if (i >= 0) {
      const k = (i >= 1 ? kindOfNoun(`${words[i - 1]} ${words[i]}`) : null) ?? kindOfNoun(words[i]!);
      if (k) return k;
    }
  }
  const wh = words.findIndex((w) => w === "which" || w === "what");
  if (wh >= 0) {
    // "Which European country", "what kind of engine": the first kind noun within three words.
    for (let j = wh + 1; j <= wh + 3 && j < words.length; j++) {
      const two = j + 1 < words.length ? kindOfNoun(`${words[j]} ${words[j + 1]}`) : null;
      const k = two ?? kindOfNoun(words[j]!);
      if (k) return k;
    }
  }
  if (words[0] === "who" || words.includes("whom")) return ref("person");
  if (words[0] === "where") return ref("place");
  return null;
}

/**
 * True when the stem rules `choice` out: the stem already names the choice,
 * or the stem asks for a kind (`kindAskedFor`) the choice is known not to be.
 * A choice of unknown kind is never ruled out by kind, and a stem kind the key
 * itself does not fit is taken as misread and ignored.
 */
export function ruledOutByStem(stem: string, choice: string, key: FineRef): boolean {
  const stemFolded = fold(stem.replace(BLANK, " "));
  if (stemNames(stemFolded, choice)) return true;
  const asked = kindAskedFor(stem);
  if (!asked || !fitsType(key, asked)) return false;
  const refs = choiceRefs(choice);
  if (refs.length === 0) return false;
  return !refs.some((r) => fitsType(r, asked));
}

/** What the lists, the gazetteer and the name's own head word say the choice is. */
function choiceRefs(choice: string): FineRef[] {
  const known = knownRefs(choice);
  if (known.length) return known;
  const byHead = typeByHead(choice, []);
  return byHead ? [byHead] : [];
}
