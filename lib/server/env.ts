import "server-only";
// Owns the app's configuration: every environment variable the server reads,
// validated once with zod so a bad value fails at start with a clear message.
import { z } from "zod";
import { resolveDatabaseUrl } from "@/lib/db-url";
import { parseTrustedProxies } from "@/lib/trusted-proxies";

const EnvSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Send the session cookie with the Secure flag (set to true behind HTTPS). */
  COOKIE_SECURE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** Multiplies every rate limit (lib/domain/auth/limits.ts); load tests set it high. */
  RATE_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
  /** smtp:// or smtps:// URL of a mail server for password-reset links; unset: the link is written to the server log. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, { error: "must be an smtp:// or smtps:// URL" }).optional(),
  /** The From address of mail Recall sends. */
  MAIL_FROM: z.string().min(3).default("Recall <no-reply@localhost>"),
  /**
   * Let URL imports fetch private and loopback addresses (1/true). Off in production: a
   * user's import must not reach the server's own network. The browser tests set it.
   */
  IMPORT_ALLOW_PRIVATE: z
    .enum(["true", "false", "1", "0"])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  /** The public origin used in links sent by mail (https://recall.example); unset: the request's own origin. */
  APP_URL: z.url().optional(),
  /**
   * Proxies whose X-Forwarded-For / -Proto / -Host are believed (IPs or CIDRs,
   * comma-separated; empty: none). Read by the edge server (scripts/lib/edge-server.ts)
   * through the same parser; validated here too so a bad value fails the app at start.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const parsed = parseTrustedProxies(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }),
});

function loadEnv() {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, DATABASE_URL: resolveDatabaseUrl(parsed.data.DATABASE_URL) };
}

export const env = loadEnv();
