// Owns what the quiz setup form's one-time token may look like. The server
// makes one per render of a form that starts a quiz ("Start quiz", "Retry my
// mistakes"); a double-click or a resend of that form carries the same token,
// and the attempt stored with it is found again instead of a second one made.
import { z } from "@/lib/domain/zod";

export const StartTokenSchema = z
  .string({ message: "This form is out of date: reload the page and start again." })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "This form is out of date: reload the page and start again.");
