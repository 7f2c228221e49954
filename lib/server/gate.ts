import "server-only";
// Owns the one gate every mutation goes through (server actions and route
// handlers alike), in this order:
//
//   1. who is asking: `user: "existing"` is the session's user (getViewer, read
//      only); no session is "not found". `user: "viewer"` is the viewer, signed
//      in or not (sign-in, sign-up). `user: "create"` is the learner, created
//      as a guest with its cookie when there is none (requireUser), and only
//      after the input is valid: a malformed request creates nobody.
//   2. the role (`role: "author" | "admin"`, for "existing" only): anyone
//      below it gets the same not-found as a missing row, never "forbidden".
//   3. the input, by a zod schema or a parse function: a refusal with a reason
//      (400, field errors when the action shows them), and nothing done.
//   4. one service call, `run({ user, input, now })`.
//   5. what it threw: a DomainError answers with its message and status; any
//      other error is logged as one line (no stack) and answers a generic 500.
//
// runGate is that core and returns a GateResult; an action maps a failure to
// its own return shape, then revalidates or redirects outside the gate (so a
// redirect is never mistaken for a failure). gateRoute / gateResponse are the
// route handlers' flavour: { status, body } or a Response. requireRole is the
// same rule for pages: below the role (or no session) is notFound().
import { notFound as notFoundPage, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { hasRole, type MinRole, type Role } from "@/lib/domain/auth/roles";
import { DomainError, type FailureStatus } from "@/lib/domain/errors";
import { getViewer, requireUser, type CurrentUser, type Viewer } from "@/lib/server/auth";
import { SIGNED_OUT_MESSAGE } from "@/lib/domain/auth/messages";

export type FieldErrors = Record<string, string[] | undefined>;

/** What an input parser answers: the data, or why it cannot be read. */
export type Parsed<I> = { success: true; data: I } | { success: false; error: string; fieldErrors?: FieldErrors };

export type GateFailure = {
  ok: false;
  status: FailureStatus;
  /**
   * For the server's eyes (an action's answer and gateRoute's body leave it
   * out): no-session and role are both 404 with the same message, so the
   * client cannot tell them from a missing row (a route may still answer 401
   * for no-session, through gateRoute's `failure`); invalid: the input;
   * refused: a DomainError; error: anything else (logged).
   */
  reason: "no-session" | "role" | "invalid" | "refused" | "error";
  error: string;
  fieldErrors?: FieldErrors;
};
/** A success: what `run` returned, and the user and input it ran with (for the action's revalidate or redirect). */
export type GateResult<T, I = unknown> = { ok: true; value: T; user: CurrentUser; input: I } | GateFailure;

type Who =
  | { user: "create"; /** Re-issue a slid session's cookie: only where the response navigates anyway. */ renewCookie?: boolean; role?: never }
  | { user: "existing"; role?: MinRole }
  | { user: "viewer"; role?: never };

/** A schema of the raw input (an object the action extracted from its form, or sent by a client). */
type SchemaInput<I> = {
  input: z.ZodType<I>;
  /** The refusal's message, or one made from the zod error. */
  invalid: string | ((error: z.ZodError) => string);
  /** Whether the refusal carries zod's messages per field (forms that show them). */
  fieldErrors?: boolean;
};
/** Or the action's own parser, for input read in steps (each with its message). */
type ParserInput<Raw, I> = { input: (raw: Raw) => Parsed<I>; invalid?: never; fieldErrors?: never };
type Input<Raw, I> = SchemaInput<I> | ParserInput<Raw, I>;

export type GateSpec<Raw, I, T> = Who &
  Input<Raw, I> & {
    /** Names the mutation in the one-line log of an unexpected error. */
    name: string;
    /** The message of a not-found refusal (no session, role too low); a missing row's message, so the two read alike. */
    notFound?: string;
    /**
     * For `user: "create"`: true when this input comes from a page read for a learner with a session, so
     * finding none now (signed out in another tab) is refused (401) instead of making a new guest.
     */
    sessionRequired?: (input: I) => boolean;
    /** The one service call. `user` is the viewer (signedIn false: nobody) for `user: "viewer"`. */
    run: (ctx: { user: CurrentUser & { signedIn?: boolean }; input: I; now: Date }) => Promise<T>;
  };

/** Who is asking, and the clock and log; the app's by default, fakes in tests. */
export type GateDeps = {
  getViewer: () => Promise<Viewer>;
  requireUser: (options?: { renewCookie?: boolean }) => Promise<CurrentUser>;
  now: () => Date;
  log: (line: string) => void;
};

const liveDeps: GateDeps = {
  getViewer,
  requireUser,
  now: () => new Date(),
  log: (line) => console.error(line),
};

export const NOT_FOUND_MESSAGE = "Not found.";
export const SERVER_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

const notFound = (reason: "no-session" | "role", message: string | undefined): GateFailure => ({ ok: false, status: 404, reason, error: message ?? NOT_FOUND_MESSAGE });

const isParser = <Raw, I>(spec: Input<Raw, I>): spec is ParserInput<Raw, I> => typeof spec.input === "function";

function parse<Raw, I>(spec: Input<Raw, I>, raw: Raw): Parsed<I> {
  if (isParser(spec)) return spec.input(raw);
  const { input, invalid, fieldErrors } = spec as SchemaInput<I>;
  const result = input.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const error = typeof invalid === "function" ? invalid(result.error) : invalid;
  if (!fieldErrors) return { success: false, error };
  return { success: false, error, fieldErrors: z.flattenError(result.error).fieldErrors };
}

/** One line: the mutation, the error's class and the first line of its message, never a stack. */
function describe(name: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  const message = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0]!.slice(0, 300);
  return `gate: ${name} failed: ${kind}: ${message}`;
}

/** The gate's core (see the module comment): resolve the user, check the role, validate, run, map what was thrown. */
export async function runGate<Raw, I, T>(raw: Raw, spec: GateSpec<Raw, I, T>, deps: GateDeps = liveDeps): Promise<GateResult<T, I>> {
  try {
    let user: (CurrentUser & { signedIn?: boolean }) | null = null;
    if (spec.user !== "create") {
      const viewer = await deps.getViewer();
      if (spec.user === "existing") {
        if (!viewer.signedIn) return notFound("no-session", spec.notFound);
        if (!viewerHas(viewer, spec.role ?? "learner")) return notFound("role", spec.notFound);
      }
      user = viewer;
    }
    const parsed = parse(spec, raw);
    if (!parsed.success) {
      return { ok: false, status: 400, reason: "invalid", error: parsed.error, ...(parsed.fieldErrors ? { fieldErrors: parsed.fieldErrors } : {}) };
    }
    if (!user && spec.sessionRequired?.(parsed.data) && !(await deps.getViewer()).signedIn) {
      return { ok: false, status: 401, reason: "no-session", error: SIGNED_OUT_MESSAGE };
    }
    user ??= await (spec.user === "create" && spec.renewCookie ? deps.requireUser({ renewCookie: true }) : deps.requireUser());
    const value = await spec.run({ user, input: parsed.data, now: deps.now() });
    return { ok: true, value, user, input: parsed.data };
  } catch (error) {
    // Next's own control flow (redirect, notFound, dynamic rendering) is not a failure.
    unstable_rethrow(error);
    if (error instanceof DomainError) return { ok: false, status: error.status, reason: "refused", error: error.message };
    deps.log(describe(spec.name, error));
    return { ok: false, status: 500, reason: "error", error: SERVER_ERROR_MESSAGE };
  }
}

/** A gate failure as an action's `{ ok: false, status, error }` (its reason and field errors left out). */
export function failureOf(failure: GateFailure): { ok: false; status: FailureStatus; error: string } {
  return { ok: false, status: failure.status, error: failure.error };
}

/** A service's own refusal ({ ok: false, status, error }), told apart from a success value. */
type Refusal = { ok: false; status: FailureStatus; error: string };
function isRefusal(value: unknown): value is Refusal {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false && typeof (value as { error?: unknown }).error === "string";
}

export type RouteOutcome = { status: number; body: unknown };
type RouteOptions<T> = {
  /** The status of a success (200). */
  status?: number;
  /** The body of a success (the value itself). */
  body?: (value: T) => unknown;
  /** A route's own answer to a gate failure (e.g. 401 for no-session); undefined keeps the default. */
  failure?: (failure: GateFailure) => RouteOutcome | undefined;
};

/**
 * The route handlers' flavour: the gate's failure, or a service's returned
 * refusal ({ ok: false, status, error }), as its status and `{ error,
 * fieldErrors? }`; a success as 200 (or `status`) and `body(value)` (the value itself by default).
 */
export async function gateRoute<Raw, I, T>(raw: Raw, spec: GateSpec<Raw, I, T> & RouteOptions<T>, deps?: GateDeps): Promise<RouteOutcome> {
  const result = await runGate(raw, spec, deps);
  if (!result.ok) {
    return spec.failure?.(result) ?? { status: result.status, body: { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) } };
  }
  if (isRefusal(result.value)) return { status: result.value.status, body: { error: result.value.error } };
  return { status: spec.status ?? 200, body: spec.body ? spec.body(result.value) : result.value };
}

/** gateRoute as a JSON Response, for a route handler to return. */
export async function gateResponse<Raw, I, T>(
  raw: Raw,
  spec: GateSpec<Raw, I, T> & RouteOptions<T> & { headers?: HeadersInit },
  deps?: GateDeps,
): Promise<Response> {
  const { status, body } = await gateRoute(raw, spec, deps);
  const headers = new Headers(spec.headers);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  return Response.json(body, { status, headers });
}

/**
 * A request's body as the gate's raw input: JSON, or a form's fields (a field
 * given once is a string, given several times an array). A body that cannot
 * be read is `undefined`, which every schema refuses as bad input (400), never a 500.
 */
export async function readBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) return await request.json();
    if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
      const form = await request.formData();
      const fields: Record<string, unknown> = {};
      for (const key of new Set(form.keys())) {
        const values = form.getAll(key).filter((v): v is string => typeof v === "string");
        fields[key] = values.length === 1 ? values[0] : values;
      }
      return fields;
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Whether the viewer has a session and at least `min` (what a page asks before it shows an author's link). */
export function viewerHas(viewer: Viewer, min: Role): boolean {
  return viewer.signedIn && hasRole(viewer, min);
}

/**
 * For pages (and their layouts) open to `min` and above: the viewer, or
 * notFound() for anyone below it or without a session, exactly as for a
 * missing row. Call it in the route's layout, outside the page's loading
 * boundary, so the status is a real 404, and in the page too (layout and
 * page render in parallel): the page then reads nothing for them.
 */
export async function requireRole(min: MinRole, resolve: () => Promise<Viewer> = getViewer): Promise<Viewer> {
  const viewer = await resolve();
  if (!viewerHas(viewer, min)) notFoundPage();
  return viewer;
}
