// Text handling that the reader, the generator and grading share: diacritic
// folding, what a word is and how many there are, head nouns, and citation
// debris from copied encyclopedia text. Pure: no I/O.
export { foldDiacritics } from "./fold";
export { headNoun, WORD, wordCount } from "./words";
export { citationRunEnd, findCitationMarks, hasCitationDebris, stripCitations, type MarkSpan } from "./citations";
export { shortHash } from "./hash";
