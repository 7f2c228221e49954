// Questions of every kind, with every field set, for the codec tests.
import { blankQuestion, type ExchangeQuestion } from "@/lib/domain/exchange";

const q = (over: Partial<ExchangeQuestion> & Pick<ExchangeQuestion, "kind" | "key">): ExchangeQuestion => ({
  ...blankQuestion(over.kind),
  prompt: "What did Ada write?",
  answer: "An algorithm",
  explanation: "The article says so.",
  evidenceText: "Ada Lovelace wrote the first published algorithm in 1843.",
  evidenceStart: 0,
  topics: ["people", "early computing"],
  difficulty: 3,
  origin: "handwritten",
  ...over,
});

export const EVERY_KIND: ExchangeQuestion[] = [
  q({ key: "t-mc", kind: "multiple_choice", answer: "1843", choices: ["1843", "1833", "1853", "1863"], prompt: "In which year?" }),
  q({ key: "t-tf", kind: "true_false", prompt: "The engine was finished.", answer: "false" }),
  q({ key: "t-cloze", kind: "cloze", prompt: "Ada worked with Charles ___.", answer: "Babbage", acceptedAnswers: ["C. Babbage"] }),
  q({ key: "t-short", kind: "short_answer", prompt: "Which city?", answer: "London", acceptedAnswers: ["London, England", "LDN"] }),
  q({ key: "t-order", kind: "ordering", prompt: "Put in order.", items: ["first", "second", "third"], answer: "first → second → third" }),
  q({
    key: "t-match",
    kind: "matching",
    prompt: "Match them.",
    pairs: [
      { left: "Ada", right: "algorithm" },
      { left: "Babbage", right: "engine" },
      { left: "London", right: "city" },
    ],
    answer: "Ada → algorithm; Babbage → engine; London → city",
  }),
  q({ key: "t-card", kind: "flashcard", prompt: "Analytical Engine", answer: "Babbage's never finished machine", origin: "generated", generatorVersion: "gen-3", score: 0.75, rejectReasons: ["weak"], status: "draft" }),
];
