// Text handling that the reader, the generator and grading share: diacritic
// folding, what a word is and how many there are, and head nouns. Pure: no I/O.
export { foldDiacritics } from "./fold";
export { headNoun, WORD, wordCount } from "./words";
