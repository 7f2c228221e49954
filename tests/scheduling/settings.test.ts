import { expect, test } from "vitest";
import { z } from "zod";
import { SchedulingSettingsSchema } from "@/lib/domain/scheduling";

const valid = { desiredRetention: 0.9, newCardsPerDay: 20, maximumInterval: 36500, burySiblings: true };

test.each([
  { label: "defaults", input: valid, expected: valid },
  { label: "bounds, low", input: { desiredRetention: 0.7, newCardsPerDay: 0, maximumInterval: 1, burySiblings: false }, expected: { desiredRetention: 0.7, newCardsPerDay: 0, maximumInterval: 1, burySiblings: false } },
  { label: "bounds, high", input: { desiredRetention: 0.97, newCardsPerDay: 9999, maximumInterval: 36500, burySiblings: true }, expected: { desiredRetention: 0.97, newCardsPerDay: 9999, maximumInterval: 36500, burySiblings: true } },
  { label: "form strings, a ticked checkbox", input: { desiredRetention: " 0.85 ", newCardsPerDay: "15", maximumInterval: "365", burySiblings: "on" }, expected: { desiredRetention: 0.85, newCardsPerDay: 15, maximumInterval: 365, burySiblings: true } },
  { label: "form strings, a checkbox not ticked (absent)", input: { desiredRetention: "0.85", newCardsPerDay: "15", maximumInterval: "365", burySiblings: null }, expected: { desiredRetention: 0.85, newCardsPerDay: 15, maximumInterval: 365, burySiblings: false } },
])("accepts $label", ({ input, expected }) => {
  expect(SchedulingSettingsSchema.parse(input)).toEqual(expected);
});

test.each([
  { label: "retention too low", input: { desiredRetention: 0.69 }, field: "desiredRetention", message: "Desired retention must be at least 0.70 (70%): below that you forget too much between reviews." },
  { label: "retention too high", input: { desiredRetention: 0.98 }, field: "desiredRetention", message: "Desired retention can be at most 0.97 (97%): above that, reviews pile up for little gain." },
  { label: "retention as a percentage", input: { desiredRetention: 90 }, field: "desiredRetention", message: "Desired retention can be at most 0.97 (97%): above that, reviews pile up for little gain." },
  { label: "retention empty", input: { desiredRetention: "" }, field: "desiredRetention", message: "Enter a desired retention between 0.70 and 0.97." },
  { label: "retention missing", input: { desiredRetention: undefined }, field: "desiredRetention", message: "Enter a desired retention between 0.70 and 0.97." },
  { label: "new cards not a number", input: { newCardsPerDay: "lots" }, field: "newCardsPerDay", message: "Enter how many new cards to learn per day." },
  { label: "new cards negative", input: { newCardsPerDay: -1 }, field: "newCardsPerDay", message: "New cards per day cannot be negative (0 pauses new cards)." },
  { label: "new cards fractional", input: { newCardsPerDay: "2.5" }, field: "newCardsPerDay", message: "New cards per day must be a whole number." },
  { label: "new cards too many", input: { newCardsPerDay: 10000 }, field: "newCardsPerDay", message: "New cards per day can be at most 9999." },
  { label: "interval zero", input: { maximumInterval: 0 }, field: "maximumInterval", message: "The maximum interval must be at least 1 day." },
  { label: "interval too long", input: { maximumInterval: 36501 }, field: "maximumInterval", message: "The maximum interval can be at most 36500 days (100 years)." },
  { label: "interval fractional", input: { maximumInterval: 1.5 }, field: "maximumInterval", message: "The maximum interval must be a whole number of days." },
])("rejects $label with a friendly message", ({ input, field, message }) => {
  const result = SchedulingSettingsSchema.safeParse({ ...valid, ...input });
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(z.flattenError(result.error).fieldErrors).toEqual({ [field]: [message] });
});
