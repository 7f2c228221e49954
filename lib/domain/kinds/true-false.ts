// True or false: a statement to judge; the key is stored as "true"/"false".
import type { KindModule } from "./types";

export const trueFalse: KindModule<"true_false"> = {
  kind: "true_false",
  label: "True or false",
  overridable: false,
  answerTerms: () => [],
  present: () => ({}),
  correctAnswer: (q) => (q.answer === "true" ? "True" : "False"),
  response: (r) => (r.value ? "True" : "False"),
  parts: () => null,
  reviewFront: (q) => ({ front: `True or false: ${q.prompt}`, frontList: null, frontMatches: null }),
};
