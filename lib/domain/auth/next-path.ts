// Owns where a sign-in or sign-up goes afterwards: only a path on this site
// ("/articles/new"), never another origin ("//evil.example", "https://…") or
// anything with spaces or backslashes, which some browsers read as "/".
import { z } from "@/lib/domain/zod";

export const LocalPathSchema = z.string().regex(/^\/(?!\/)[^\s\\]*$/).max(200);

/** The `next` query value if it is a local path, else null. */
export function nextPathOf(raw: unknown): string | null {
  const parsed = LocalPathSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : null;
}

/** `path` with `?next=` for after signing in, when there is somewhere to come back to. */
export function withNext(path: string, next: string | null): string {
  return next && next !== "/" ? `${path}?next=${encodeURIComponent(next)}` : path;
}
