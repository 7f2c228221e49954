// Fill in the blank: the sentence with one _____ gap, answered by typing.
import { typedKind } from "./typed";

export const cloze = typedKind("cloze", "Fill in the blank");
