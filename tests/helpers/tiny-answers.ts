// The right answer to each hand-written question of the tiny fixture article
// (tests/fixtures/seed-quiz), by question key, as a learner would send it.
// Tests that need a mistake or a typo override one key with a spread.
export const TINY_RIGHT_ANSWERS: Record<string, unknown> = {
  "q-mc": { kind: "multiple_choice", choice: "1843" },
  "q-tf": { kind: "true_false", value: false },
  "q-cloze": { kind: "cloze", text: "Babbage" },
  "q-short": { kind: "short_answer", text: "London" },
  "q-order": { kind: "ordering", order: ["Ada Lovelace", "Charles Babbage", "London"] },
  "q-match": {
    kind: "matching",
    pairs: [
      { left: "Ada Lovelace", right: "wrote the first published algorithm" },
      { left: "Charles Babbage", right: "designed the Analytical Engine" },
      { left: "The Analytical Engine", right: "was never finished" },
    ],
  },
  "q-card": { kind: "flashcard", knew: true },
};
