// Owns the validation of a learner's scheduling settings (the User columns
// desiredRetention, newCardsPerDay, maximumInterval, burySiblings). Accepts
// numbers and booleans, or the strings a form posts, so a server action can
// parse Object.fromEntries(formData).
import { z } from "@/lib/domain/zod";

/** Form fields arrive as strings: trim and convert; "" stays "" so it is reported as missing, not read as 0. */
const fromFormNumber = (value: unknown): unknown =>
  typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value;

const formNumber = <T extends z.ZodType>(schema: T) => z.preprocess(fromFormNumber, schema);

/** A checkbox posts "on" when ticked and nothing at all when not; a boolean is taken as it is. */
const formCheckbox = z.preprocess((value) => (typeof value === "boolean" ? value : value === "on" || value === "true"), z.boolean());

export const SchedulingSettingsSchema = z.object({
  desiredRetention: formNumber(
    z
      .number({ error: "Enter a desired retention between 0.70 and 0.97." })
      .min(0.7, { error: "Desired retention must be at least 0.70 (70%): below that you forget too much between reviews." })
      .max(0.97, { error: "Desired retention can be at most 0.97 (97%): above that, reviews pile up for little gain." }),
  ),
  newCardsPerDay: formNumber(
    z
      .number({ error: "Enter how many new cards to learn per day." })
      .int({ error: "New cards per day must be a whole number." })
      .min(0, { error: "New cards per day cannot be negative (0 pauses new cards)." })
      .max(9999, { error: "New cards per day can be at most 9999." }),
  ),
  maximumInterval: formNumber(
    z
      .number({ error: "Enter a maximum interval in days." })
      .int({ error: "The maximum interval must be a whole number of days." })
      .min(1, { error: "The maximum interval must be at least 1 day." })
      .max(36500, { error: "The maximum interval can be at most 36500 days (100 years)." }),
  ),
  /** After a grade in review, bury the card's siblings (same fact or same sentence) until the next study day. */
  burySiblings: formCheckbox,
});

export type SchedulingSettings = z.infer<typeof SchedulingSettingsSchema>;
