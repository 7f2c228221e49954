// Owns how an email is compared: stored and looked up trimmed and
// lower-cased, so "Ada@Example.com " and "ada@example.com" are one account.
import { z } from "zod";

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

/** An email as typed, normalised (normaliseEmail), then checked. */
export const EmailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.email({ message: "not an email address" }).max(254, "an email address is at most 254 characters"));
