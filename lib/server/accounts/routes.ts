import "server-only";
// Owns the account endpoints (POST /api/auth/<action>): for each, its input
// schema, its rate limits and its service call. Every one runs the same steps
// (handleAccountRequest): same-origin check -> read the body (JSON or a form)
// -> the mutation gate (lib/server/gate.ts: who is asking, zod, then the rate
// limits (429 with Retry-After) and one service call, errors mapped) ->
// status, JSON body and the session cookie.
// Answers are JSON { ok, error?, fieldErrors?, message? }; no stack trace or
// internal detail ever reaches the client.
import { LocalPathSchema } from "@/lib/domain/auth/next-path";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { clearSessionCookie, currentSession, setSessionCookie, type CurrentUser } from "@/lib/server/auth";
import { clientIp } from "@/lib/server/request-meta";
import { hitLimits } from "@/lib/server/rate-limit";
import type { LimitName } from "@/lib/domain/auth/limits";
import { DomainError, TooManyRequestsError } from "@/lib/domain/errors";
import { readBody, runGate } from "@/lib/server/gate";
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
/** Endpoints that take no input accept any body (or none). */
const Nothing = z.unknown().transform(() => ({}));

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

/** The host the browser addressed (the edge server has already settled what a proxy may say). */
const requestHost = (request: Request) => request.headers.get("host") ?? new URL(request.url).host;

/** Same-origin only: a form on another site must not sign anyone in or out (nor import an article in their name). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === requestHost(request);
  } catch {
    return false;
  }
}

/** Where a form posted without JavaScript goes next: a same-site path only. */

/**
 * A form posted without JavaScript (urlencoded or multipart, no JSON) gets a
 * 303 instead of JSON: on success to its `_then` path (or back with `?done=`),
 * on failure back to the page it came from with `?error=`, which the page shows.
 */
function asPageRedirect(request: Request, body: unknown, status: number, answer: { ok: boolean; error?: string; message?: string }): Response {
  const fields = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const then = LocalPathSchema.safeParse(fields._then);
  const referer = request.headers.get("referer");
  let back = "/";
  try {
    const url = referer ? new URL(referer) : null;
    if (url && url.host === requestHost(request)) back = url.pathname + (url.searchParams.has("token") ? `?token=${encodeURIComponent(url.searchParams.get("token")!)}` : "");
  } catch {
    // an unreadable Referer: go home
  }
  const join = (path: string, key: string, value: string) => `${path}${path.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(value)}`;
  const location = answer.ok ? (then.success ? then.data : answer.message ? join(back, "done", answer.message) : back) : join(back, "error", answer.error ?? `Refused (${status}).`);
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}

const isNativeForm = (request: Request) => /application\/x-www-form-urlencoded|multipart\/form-data/.test(request.headers.get("content-type") ?? "");

/** Answers POST /api/auth/<action>: JSON for the page's script, a 303 for a form posted without JavaScript. */
export async function handleAccountRequest(request: Request, rawAction: string): Promise<Response> {
  const response = await answerAccountRequest(request, rawAction);
  if (!isNativeForm(request) || response.status === 403 || response.status === 404) return response.body;
  return asPageRedirect(request, response.input, response.status, response.answer);
}

type Answered = { body: Response; status: number; answer: { ok: boolean; error?: string; message?: string }; input?: unknown };

function answered(status: number, answer: Answered["answer"] & Record<string, unknown>, input?: unknown, headers: Record<string, string> = {}): Answered {
  return { body: Response.json(answer, { status, headers: { "Cache-Control": "no-store", ...headers } }), status, answer, input };
}

/** The first message of a zod refusal: the form-level one, else the first field's. */
function firstMessage(error: z.ZodError): string {
  const { formErrors, fieldErrors } = z.flattenError(error) as { formErrors: string[]; fieldErrors: Record<string, string[] | undefined> };
  return formErrors[0] ?? Object.values(fieldErrors).flat().find((m): m is string => typeof m === "string") ?? "Please check the fields.";
}

const SIGN_IN_FIRST = "Sign in to your account first.";

async function answerAccountRequest(request: Request, rawAction: string): Promise<Answered> {
  const action = ActionSchema.safeParse(rawAction);
  if (!action.success) return answered(404, { ok: false, error: "No such account action." });
  if (!sameOrigin(request)) return answered(403, { ok: false, error: "Cross-origin request refused." });
  const body = await readBody(request);
  const spec = ENDPOINTS[action.data] as Endpoint<z.ZodType>;
  const ip = await clientIp();
  let retryAfterSeconds: number | undefined;
  const result = await runGate(body, {
    name: `account ${action.data}`,
    user: spec.needsAccount ? "existing" : "viewer",
    notFound: SIGN_IN_FIRST,
    input: spec.schema,
    invalid: firstMessage,
    fieldErrors: true,
    run: async ({ input, now }) => {
      const verdict = await hitLimits(db, spec.limits(input, ip), now);
      if (!verdict.ok) {
        retryAfterSeconds = verdict.retryAfterSeconds;
        throw new TooManyRequestsError(verdict.retryAfterSeconds);
      }
      const session = await currentSession();
      if (spec.needsAccount && session?.user.kind !== "account") throw new DomainError(SIGN_IN_FIRST, 401);
      return spec.run(input, session, request, now);
    },
  });
  if (!result.ok) {
    // No session for an account action is "sign in first" (401): the account is the asker's own, nobody else's row.
    const status = result.reason === "no-session" ? 401 : result.status;
    const headers: Record<string, string> = retryAfterSeconds ? { "Retry-After": String(retryAfterSeconds) } : {};
    return answered(status, { ok: false, error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) }, body, headers);
  }
  const outcome = result.value;
  if (!outcome.ok) return answered(outcome.status, { ok: false, error: outcome.error, fieldErrors: outcome.field ? { [outcome.field]: [outcome.error] } : undefined }, body);
  if ("token" in outcome) await setSessionCookie(outcome.token, "account");
  else if ("signedOut" in outcome) await clearSessionCookie();
  return answered(200, { ok: true, message: "message" in outcome ? outcome.message : undefined }, body);
}
