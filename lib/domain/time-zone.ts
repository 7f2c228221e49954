// Owns what counts as a learner's time zone: an IANA name this runtime knows.
import { z } from "zod";

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return value.length > 0 && value.length <= 64;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z
  .string()
  .trim()
  .refine(isTimeZone, { message: "Choose a time zone from the list (for example Europe/Istanbul)." });
