import "server-only";
// Owns the account endpoints (POST /api/auth/<action>): for each, its input
// schema, its rate limits and its service call. Every one runs the same steps
// (handleAccountRequest): same-origin check -> read the body (JSON or a form)
// -> validate with zod -> rate limits (429 with Retry-After) -> the current
// session -> one service call -> status, JSON body and the session cookie.
// Answers are JSON { ok, error?, fieldErrors?, message? }; no stack trace or
// internal detail ever reaches the client.
import { z } from "zod";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { clearSessionCookie, currentSession, setSessionCookie, type CurrentUser } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/request-meta";
import { hitLimits, type LimitVerdict } from "@/lib/server/rate-limit";
import { tooManyMessage, type LimitName } from "@/lib/domain/auth/limits";
import {
  ChangePasswordSchema,
  DeleteAccountSchema,
  ForgotPasswordSchema,
  ResetPasswordSchema,
  SignInSchema,
  SignUpSchema,
} from "@/lib/domain/auth/credentials";
import { changePassword, deleteAccount, requestPasswordReset, resetPassword, signIn, signOut, signOutEverywhere, signUp, type AccountFailure, type SignedIn } from "@/lib/server/accounts/service";
import { sendResetMail } from "@/lib/server/accounts/mailer";

type Session = { sessionId: string; user: CurrentUser } | null;
type Outcome = (SignedIn & { message?: string }) | AccountFailure | { ok: true; message?: string; signedOut?: true };
type Endpoint<S extends z.ZodType> = {
  schema: S;
  /** Limits counted before the service runs: [rule, subject]. */
  limits: (input: z.infer<S>, ip: string) => Array<[LimitName, string]>;
  /** Refused (401) without a signed-in account. */
  needsAccount?: boolean;
  run: (input: z.infer<S>, session: Session, request: Request, now: Date) => Promise<Outcome>;
};

const endpoint = <S extends z.ZodType>(e: Endpoint<S>) => e;
const Nothing = z.object({}).passthrough();

const ENDPOINTS = {
  "sign-up": endpoint({
    schema: SignUpSchema,
    limits: (_input, ip) => [["signUpPerIp", ip]],
    run: (input, session, _request, now) => signUp(db, input, session?.user ?? null, now),
  }),
  "sign-in": endpoint({
    schema: SignInSchema,
    limits: (input, ip) => [
      ["signInPerIp", ip],
      ["signInPerEmail", input.email],
    ],
    run: async (input, session, _request, now) => {
      const result = await signIn(db, input, session?.user ?? null, now);
      // Signing in over another account's session in this browser ends that session.
      if (result.ok && session?.user.kind === "account" && session.user.id !== result.userId) await signOut(db, session.sessionId);
      return result;
    },
  }),
  "sign-out": endpoint({
    schema: Nothing,
    limits: () => [],
    run: async (_input, session) => {
      if (session) await signOut(db, session.sessionId);
      return { ok: true, signedOut: true };
    },
  }),
  "sign-out-everywhere": endpoint({
    schema: Nothing,
    limits: () => [],
    needsAccount: true,
    run: async (_input, session) => {
      const count = await signOutEverywhere(db, session!.user.id);
      return { ok: true, signedOut: true, message: `Signed out of ${count} session${count === 1 ? "" : "s"}.` };
    },
  }),
  "change-password": endpoint({
    schema: ChangePasswordSchema,
    limits: (_input, ip) => [["signInPerIp", ip]],
    needsAccount: true,
    run: async (input, session, _request, now) => {
      const result = await changePassword(db, session!.user.id, input, now);
      return result.ok ? { ...result, message: "Password changed. Every other device was signed out." } : result;
    },
  }),
  "delete-account": endpoint({
    schema: DeleteAccountSchema,
    limits: (_input, ip) => [["signInPerIp", ip]],
    needsAccount: true,
    run: async (input, session) => {
      const result = await deleteAccount(db, session!.user.id, input.password);
      return result.ok ? { ok: true, signedOut: true, message: "Your account and everything in it were deleted." } : result;
    },
  }),
  "forgot-password": endpoint({
    schema: ForgotPasswordSchema,
    limits: (input, ip) => [
      ["forgotPasswordPerIp", ip],
      ["forgotPasswordPerEmail", input.email],
    ],
    run: async (input, _session, request, now) => {
      await requestPasswordReset(db, input.email, env.APP_URL ?? new URL(request.url).origin, now, sendResetMail);
      return { ok: true, message: "If an account uses that address, a reset link is on its way. It works once, within an hour." };
    },
  }),
  "reset-password": endpoint({
    schema: ResetPasswordSchema,
    limits: (_input, ip) => [["signInPerIp", ip]],
    run: (input, _session, _request, now) => resetPassword(db, input.token, input.password, now),
  }),
} as const;

export type AccountAction = keyof typeof ENDPOINTS;
export const ACCOUNT_ACTIONS = Object.keys(ENDPOINTS) as AccountAction[];
const ActionSchema = z.enum(ACCOUNT_ACTIONS as [AccountAction, ...AccountAction[]]);

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** Same-origin only: a form on another site must not sign anyone in or out. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === (request.headers.get("host") ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return request.json();
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    return Object.fromEntries([...(await request.formData()).entries()].filter(([, v]) => typeof v === "string"));
  }
  const text = await request.text();
  return text.trim() === "" ? {} : JSON.parse(text);
}

export async function handleAccountRequest(request: Request, rawAction: string): Promise<Response> {
  const action = ActionSchema.safeParse(rawAction);
  if (!action.success) return json(404, { ok: false, error: "No such account action." });
  if (!sameOrigin(request)) return json(403, { ok: false, error: "Cross-origin request refused." });
  let body: unknown;
  try {
    body = await readBody(request);
  } catch {
    return json(400, { ok: false, error: "The request body could not be read." });
  }
  const spec = ENDPOINTS[action.data] as Endpoint<z.ZodType>;
  const parsed = spec.schema.safeParse(body);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    return json(400, { ok: false, error: formErrors[0] ?? "Please check the highlighted fields.", fieldErrors });
  }
  const now = new Date();
  const verdict: LimitVerdict = await hitLimits(db, spec.limits(parsed.data, await clientIp()), now);
  if (!verdict.ok) {
    return json(429, { ok: false, error: tooManyMessage(verdict.retryAfterSeconds) }, { "Retry-After": String(verdict.retryAfterSeconds) });
  }
  const session = await currentSession(now);
  if (spec.needsAccount && session?.user.kind !== "account") return json(401, { ok: false, error: "Sign in to your account first." });
  const outcome = await spec.run(parsed.data, session, request, now);
  if (!outcome.ok) return json(outcome.status, { ok: false, error: outcome.error, fieldErrors: outcome.field ? { [outcome.field]: [outcome.error] } : undefined });
  if ("token" in outcome) await setSessionCookie(outcome.token, "account");
  else if ("signedOut" in outcome) await clearSessionCookie();
  return json(200, { ok: true, message: "message" in outcome ? outcome.message : undefined });
}
