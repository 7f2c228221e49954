// Short answer: a question answered by typing a word or a name.
import { typedKind } from "./typed";

export const shortAnswer = typedKind("short_answer", "Short answer");
