// Progress figures for a learner (and item statistics for authors): review
// logs, quiz responses, attempts and cards in, with `now` and the learner's
// IANA time zone; figures and chart rows out. Every "day" is a study day
// (04:00 local rollover, lib/domain/scheduling) and every probability of
// recall comes from ts-fsrs. Pure: no database, no clock.
export * from "./rows";
export * from "./memory";
export * from "./activity";
export * from "./due";
export * from "./headline";
export * from "./charts";
export * from "./paragraphs";
export * from "./items";
export * from "./topics";
export { monthLabelOf, shiftStudyDay, studyDayLabel, studyDaysEndingAt } from "./days";
export * from "./study-now";
