// One input component per question kind; the runner looks its kind up here.
import type { QuestionKind } from "@/lib/domain/questions/bank-schema";
import { choiceInput } from "./choice-input";
import { flashcardInput } from "./flashcard-input";
import { matchingInput } from "./matching-input";
import { orderingInput } from "./ordering-input";
import { truthInput } from "./truth-input";
import { typedInput } from "./typed-input";
import type { KindInput } from "./types";

export const KIND_INPUTS: { [K in QuestionKind]: KindInput<unknown> } = {
  multiple_choice: choiceInput as unknown as KindInput<unknown>,
  true_false: truthInput as unknown as KindInput<unknown>,
  cloze: typedInput as unknown as KindInput<unknown>,
  short_answer: typedInput as unknown as KindInput<unknown>,
  ordering: orderingInput as unknown as KindInput<unknown>,
  matching: matchingInput as unknown as KindInput<unknown>,
  flashcard: flashcardInput as unknown as KindInput<unknown>,
};
