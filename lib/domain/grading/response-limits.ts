// Owns the limits and the blank-answer message a typed answer is held to.
// Its own module, free of zod and of the kinds registry, because the quiz
// runner's inputs show them in the browser and should not ship the schemas.
// lib/domain/grading/responses.ts enforces them on the server. Pure.

/** Limits for untrusted input: generous for any real answer, small enough to grade cheaply. */
export const RESPONSE_TEXT_MAX = 500;
export const RESPONSE_LIST_MAX = 10;

/** The message for a blank typed answer: shown, never recorded. */
export const BLANK_ANSWER_MESSAGE = "Type your answer first, or choose “I don't know”.";
