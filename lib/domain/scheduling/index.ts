// Spaced repetition for Recall: a thin, pure wrapper over ts-fsrs. Converts
// stored rows to and from ts-fsrs objects, previews / applies / undoes an
// answer, maps quiz outcomes to ratings, defines the learner's study day and
// builds the review queue and its custom-study extras, and picks the siblings a
// grade buries. Time is always an
// argument; nothing here touches storage.
export * from "./convert";
export * from "./interval";
export * from "./scheduler";
export * from "./quiz-rating";
export * from "./study-day";
export * from "./queue";
export * from "./settings";
export * from "./custom-study";
export * from "./siblings";
