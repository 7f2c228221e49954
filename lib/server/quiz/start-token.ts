import "server-only";
// Makes the one-time token of a form that starts a quiz, once per render of
// the page that shows it (see lib/domain/quiz/start-token.ts): 18 random
// bytes, 24 url-safe characters.
import { randomBytes } from "node:crypto";

export function newStartToken(): string {
  return randomBytes(18).toString("base64url");
}
