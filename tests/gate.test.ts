// The gate (lib/server/gate.ts) with fake resolvers: who is asking, the role,
// the input, the one service call and what it throws, in that order, and the
// route handlers' flavour. The session gate itself (cookies) is not loaded.
import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/domain/errors";
import type { CurrentUser, Viewer } from "@/lib/server/auth";
import { SIGNED_OUT_MESSAGE } from "@/lib/domain/auth/messages";

vi.mock("@/lib/server/auth", () => ({
  getViewer: async () => {
    throw new Error("the test passes its own resolvers");
  },
  requireUser: async () => {
    throw new Error("the test passes its own resolvers");
  },
}));

const { runGate, gateRoute, gateResponse, readBody, requireRole, viewerHas, NOT_FOUND_MESSAGE, SERVER_ERROR_MESSAGE } = await import("@/lib/server/gate");
type GateDeps = import("@/lib/server/gate").GateDeps;

const NOW = new Date("2026-12-05T12:00:00Z");
const user = (role: CurrentUser["role"], id = `u-${role}`): Viewer => ({ id, kind: "account", role, timeZone: "UTC", email: null, signedIn: true });
const NOBODY: Viewer = { id: "no-session", kind: "guest", role: "learner", timeZone: "UTC", email: null, signedIn: false };
const GUEST: CurrentUser = { id: "new-guest", kind: "guest", role: "learner", timeZone: "UTC", email: null };

/** Fake resolvers: `viewer` is who getViewer finds; requireUser finds them too, or creates GUEST when nobody is signed in. */
function fakes(viewer: Viewer) {
  const deps = {
    getViewer: vi.fn(async () => viewer),
    requireUser: vi.fn(async (_options?: { renewCookie?: boolean }) => (viewer.signedIn ? viewer : GUEST)),
    now: () => NOW,
    log: vi.fn((_line: string) => {}),
  } satisfies GateDeps;
  return deps;
}

const Note = z.object({ text: z.string().min(1).max(10) });
const run = vi.fn(async ({ user, input }: { user: CurrentUser; input: { text: string } }) => ({ saved: input.text, by: user.id }));

describe("who may ask: the session and the role", () => {
  test.each([
    { label: "no session, existing user", viewer: NOBODY, who: { user: "existing" } as const, expected: { status: 404, reason: "no-session" } },
    { label: "learner, author required", viewer: user("learner"), who: { user: "existing", role: "author" } as const, expected: { status: 404, reason: "role" } },
    { label: "author, admin required", viewer: user("author"), who: { user: "existing", role: "admin" } as const, expected: { status: 404, reason: "role" } },
    { label: "guest (a learner), author required", viewer: { ...user("learner"), kind: "guest" as const }, who: { user: "existing", role: "author" } as const, expected: { status: 404, reason: "role" } },
    { label: "no session, author required", viewer: NOBODY, who: { user: "existing", role: "author" } as const, expected: { status: 404, reason: "no-session" } },
    { label: "learner, no role required", viewer: user("learner"), who: { user: "existing" } as const, expected: { ok: true } },
    { label: "author, author required", viewer: user("author"), who: { user: "existing", role: "author" } as const, expected: { ok: true } },
    { label: "admin, author required", viewer: user("admin"), who: { user: "existing", role: "author" } as const, expected: { ok: true } },
    { label: "admin, admin required", viewer: user("admin"), who: { user: "existing", role: "admin" } as const, expected: { ok: true } },
    { label: "no session, viewer", viewer: NOBODY, who: { user: "viewer" } as const, expected: { ok: true } },
  ])("$label", async ({ viewer, who, expected }) => {
    const deps = fakes(viewer);
    run.mockClear();
    const result = await runGate({ text: "hi" }, { name: "note", ...who, input: Note, invalid: "Bad note.", run }, deps);
    expect(result).toMatchObject(expected);
    if (!result.ok) {
      // A refused role reads exactly like a missing row: same status, same message, nothing run.
      expect(result.error).toBe(NOT_FOUND_MESSAGE);
      expect(run).not.toHaveBeenCalled();
    }
    expect(deps.requireUser).not.toHaveBeenCalled();
  });

  test("a not-found refusal uses the action's own message, the one a missing row gets", async () => {
    const result = await runGate({ text: "hi" }, { name: "note", user: "existing", role: "author", notFound: "That quiz was not found.", input: Note, invalid: "Bad note.", run }, fakes(user("learner")));
    expect(result).toEqual({ ok: false, status: 404, reason: "role", error: "That quiz was not found." });
  });

  test("a refused role is checked before the input: bad input from a learner is still not found, not 400", async () => {
    const result = await runGate({ text: "" }, { name: "note", user: "existing", role: "author", input: Note, invalid: "Bad note.", run }, fakes(user("learner")));
    expect(result).toMatchObject({ ok: false, status: 404 });
  });

  test("create: the learner is resolved (or made) only after the input is valid, with the cookie renewal asked for", async () => {
    const deps = fakes(NOBODY);
    const result = await runGate({ text: "hi" }, { name: "note", user: "create", renewCookie: true, input: Note, invalid: "Bad note.", run }, deps);
    expect(result).toMatchObject({ ok: true, value: { saved: "hi", by: GUEST.id }, user: GUEST, input: { text: "hi" } });
    expect(deps.requireUser).toHaveBeenCalledTimes(1);
    expect(deps.requireUser).toHaveBeenCalledWith({ renewCookie: true });
    expect(deps.getViewer).not.toHaveBeenCalled();
  });

  test("create without renewCookie asks for no renewal", async () => {
    const deps = fakes(user("learner"));
    await runGate({ text: "hi" }, { name: "note", user: "create", input: Note, invalid: "Bad note.", run }, deps);
    expect(deps.requireUser).toHaveBeenCalledWith();
  });

  test("viewer: the service runs for nobody too, and knows it", async () => {
    const seen = vi.fn(async ({ user }: { user: { id: string; signedIn?: boolean } }) => user.signedIn);
    const result = await runGate({}, { name: "signIn", user: "viewer", input: z.object({}), invalid: "Bad.", run: seen }, fakes(NOBODY));
    expect(result).toMatchObject({ ok: true, value: false });
  });
});

describe("bad input: refused with a reason, nothing run, nobody created", () => {
  const Settings = z.object({ size: z.coerce.number().int().min(1), name: z.string().min(2, "Too short.") });
  test.each([
    { label: "schema, one message", input: { text: "" }, spec: { input: Note, invalid: "Bad note." }, expected: { error: "Bad note." } },
    { label: "schema, not an object", input: "text", spec: { input: Note, invalid: "Bad note." }, expected: { error: "Bad note." } },
    { label: "schema, nothing sent", input: undefined, spec: { input: Note, invalid: "Bad note." }, expected: { error: "Bad note." } },
    {
      label: "schema, the message from zod's first issue",
      input: { size: 3, name: "x" },
      spec: { input: Settings, invalid: (e: z.ZodError) => e.issues[0]?.message ?? "?" },
      expected: { error: "Too short." },
    },
    {
      label: "schema with field errors",
      input: { size: "0", name: "x" },
      spec: { input: Settings, invalid: "Please correct the fields.", fieldErrors: true },
      expected: { error: "Please correct the fields.", fieldErrors: { size: [expect.any(String)], name: ["Too short."] } },
    },
    {
      label: "the action's parser",
      input: new URLSearchParams("slug=Not A Slug"),
      spec: { input: (raw: URLSearchParams) => (raw.get("slug") === "ok" ? { success: true as const, data: {} } : { success: false as const, error: "No such article." }) },
      expected: { error: "No such article." },
    },
  ])("$label", async ({ input, spec, expected }) => {
    for (const viewer of [NOBODY, user("learner")]) {
      const deps = fakes(viewer);
      const service = vi.fn(async () => "ran");
      const result = await runGate(input as never, { name: "form", user: "create", ...(spec as { input: typeof Note; invalid: string }), run: service }, deps);
      expect(result).toEqual({ ok: false, status: 400, reason: "invalid", ...expected });
      expect(service).not.toHaveBeenCalled();
      expect(deps.requireUser).not.toHaveBeenCalled(); // a malformed request creates no guest
    }
  });
});

describe("what the service throws", () => {
  test.each([
    { label: "a domain error: its message and status", thrown: new DomainError("Too many attempts; try again in a minute.", 429), expected: { status: 429, reason: "refused", error: "Too many attempts; try again in a minute." }, logged: false },
    { label: "a domain error, default 400", thrown: new DomainError("That email is taken."), expected: { status: 400, reason: "refused", error: "That email is taken." }, logged: false },
    { label: "an unknown error: generic 500, logged", thrown: new TypeError("Cannot read properties of undefined (reading 'id')\n    at secret (/srv/app.js:1:1)"), expected: { status: 500, reason: "error", error: SERVER_ERROR_MESSAGE }, logged: true },
    { label: "a database error", thrown: Object.assign(new Error("Invalid `prisma.card.update()` invocation:\n\nUnique constraint failed"), { name: "PrismaClientKnownRequestError" }), expected: { status: 500, reason: "error", error: SERVER_ERROR_MESSAGE }, logged: true },
    { label: "a thrown string", thrown: "boom", expected: { status: 500, reason: "error", error: SERVER_ERROR_MESSAGE }, logged: true },
  ])("$label", async ({ thrown, expected, logged }) => {
    const deps = fakes(user("learner"));
    const result = await runGate({ text: "hi" }, { name: "note", user: "existing", input: Note, invalid: "Bad note.", run: async () => { throw thrown; } }, deps);
    expect(result).toEqual({ ok: false, ...expected });
    if (!logged) {
      expect(deps.log).not.toHaveBeenCalled();
      return;
    }
    expect(deps.log).toHaveBeenCalledTimes(1);
    const line = deps.log.mock.calls[0]![0];
    expect(line).toMatch(/^gate: note failed: /);
    expect(line).not.toContain("\n");
    expect(line).not.toMatch(/\bat \S+ \(/); // no stack frame
    // The client sees nothing of it.
    expect(JSON.stringify(result)).not.toMatch(/secret|prisma|boom|Unique/i);
  });

  test("Next's control flow is not a failure: a redirect from the service propagates", async () => {
    const deps = fakes(user("learner"));
    await expect(runGate({ text: "hi" }, { name: "note", user: "existing", input: Note, invalid: "Bad note.", run: async () => redirect("/quiz/x") }, deps)).rejects.toMatchObject({
      digest: expect.stringContaining("/quiz/x"),
    });
    expect(deps.log).not.toHaveBeenCalled();
  });

  test("a resolver that fails is mapped like the service (one line, 500)", async () => {
    const deps = { ...fakes(NOBODY), requireUser: vi.fn(async () => { throw new Error("database is locked"); }) };
    const result = await runGate({ text: "hi" }, { name: "note", user: "create", input: Note, invalid: "Bad note.", run }, deps);
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(deps.log).toHaveBeenCalledWith("gate: note failed: Error: database is locked");
  });
});

describe("success", () => {
  test("the service's value, run once with the user, the parsed input and the gate's clock", async () => {
    const deps = fakes(user("author"));
    const service = vi.fn(async (ctx: { user: CurrentUser; input: { text: string }; now: Date }) => ({ at: ctx.now.toISOString(), text: ctx.input.text }));
    const result = await runGate({ text: "hi", extra: "dropped" }, { name: "note", user: "existing", role: "author", input: Note, invalid: "Bad note.", run: service }, deps);
    expect(result).toEqual({ ok: true, value: { at: NOW.toISOString(), text: "hi" }, user: user("author"), input: { text: "hi" } });
    expect(service).toHaveBeenCalledTimes(1);
  });
});

describe("the route handlers' flavour", () => {
  const refuseOrSave = async ({ input }: { input: { text: string } }) =>
    input.text === "taken" ? ({ ok: false, status: 409, error: "Already there." } as const) : ({ ok: true, id: "n1" } as const);
  test.each([
    { label: "no session", viewer: NOBODY, body: { text: "hi" }, expected: { status: 404, body: { error: NOT_FOUND_MESSAGE } } },
    { label: "role refused", viewer: user("learner"), role: "admin" as const, body: { text: "hi" }, expected: { status: 404, body: { error: NOT_FOUND_MESSAGE } } },
    { label: "bad input", viewer: user("learner"), body: { text: "" }, expected: { status: 400, body: { error: "Bad note.", fieldErrors: { text: [expect.any(String)] } } } },
    { label: "a service's refusal", viewer: user("learner"), body: { text: "taken" }, expected: { status: 409, body: { error: "Already there." } } },
    { label: "success, its status", viewer: user("learner"), body: { text: "hi" }, status: 201, expected: { status: 201, body: { ok: true, id: "n1" } } },
  ])("$label", async ({ viewer, role, body, status, expected }) => {
    const outcome = await gateRoute(body, { name: "note", user: "existing", role, input: Note, invalid: "Bad note.", fieldErrors: true, status, run: refuseOrSave }, fakes(viewer));
    expect(outcome).toEqual(expected);
  });

  test("a route may answer no session with 401 (the reason is the server's to read; the client still learns nothing about roles)", async () => {
    const unauthorized = (f: { reason: string }) => (f.reason === "no-session" ? { status: 401, body: { error: "Sign in first." } } : undefined);
    const spec = { name: "changePassword", user: "existing" as const, input: Note, invalid: "Bad note.", run, failure: unauthorized };
    expect(await gateRoute({ text: "hi" }, spec, fakes(NOBODY))).toEqual({ status: 401, body: { error: "Sign in first." } });
    expect(await gateRoute({ text: "" }, spec, fakes(user("learner")))).toEqual({ status: 400, body: { error: "Bad note." } });
    expect(await gateRoute({ text: "hi" }, { ...spec, role: "admin" }, fakes(user("learner")))).toEqual({ status: 404, body: { error: NOT_FOUND_MESSAGE } });
  });

  test("a domain error's status (429) and a server error (500) as responses, never a stack", async () => {
    const limited = await gateResponse({ text: "hi" }, { name: "signIn", user: "viewer", input: Note, invalid: "Bad note.", run: async () => { throw new DomainError("Too many attempts.", 429); } }, fakes(NOBODY));
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: "Too many attempts." });
    expect(limited.headers.get("cache-control")).toBe("no-store");
    const failed = await gateResponse({ text: "hi" }, { name: "signIn", user: "viewer", input: Note, invalid: "Bad note.", run: async () => { throw new Error("ECONNREFUSED 127.0.0.1:5432"); } }, fakes(NOBODY));
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("ECONNREFUSED");
  });

  test.each([
    { label: "JSON", type: "application/json", body: '{"text":"hi"}', expected: { text: "hi" } },
    { label: "malformed JSON", type: "application/json", body: '{"text":', expected: undefined },
    { label: "a form", type: "application/x-www-form-urlencoded", body: "text=hi&tag=a&tag=b", expected: { text: "hi", tag: ["a", "b"] } },
    { label: "no content type", type: "", body: "text=hi", expected: undefined },
  ])("readBody: $label", async ({ type, body, expected }) => {
    const request = new Request("http://localhost/api/x", { method: "POST", body, headers: type ? { "content-type": type } : {} });
    expect(await readBody(request)).toEqual(expected);
  });

  test("a body that cannot be read answers 400, not 500", async () => {
    const request = new Request("http://localhost/api/x", { method: "POST", body: "{", headers: { "content-type": "application/json" } });
    const outcome = await gateRoute(await readBody(request), { name: "note", user: "viewer", input: Note, invalid: "Bad note.", run }, fakes(NOBODY));
    expect(outcome).toEqual({ status: 400, body: { error: "Bad note." } });
  });
});

describe("pages: requireRole and viewerHas", () => {
  test.each([
    { label: "no session", viewer: NOBODY, min: "author" as const, allowed: false },
    { label: "a guest", viewer: { ...user("learner"), kind: "guest" as const }, min: "author" as const, allowed: false },
    { label: "a learner", viewer: user("learner"), min: "author" as const, allowed: false },
    { label: "an author", viewer: user("author"), min: "author" as const, allowed: true },
    { label: "an admin", viewer: user("admin"), min: "author" as const, allowed: true },
    { label: "an author, admin page", viewer: user("author"), min: "admin" as const, allowed: false },
    { label: "an admin, admin page", viewer: user("admin"), min: "admin" as const, allowed: true },
    // A role on a user without a live session counts for nothing.
    { label: "an author's role without a session", viewer: { ...user("author"), signedIn: false }, min: "author" as const, allowed: false },
  ])("$label: $allowed", async ({ viewer, min, allowed }) => {
    expect(viewerHas(viewer, min)).toBe(allowed);
    const page = requireRole(min, async () => viewer);
    if (allowed) await expect(page).resolves.toBe(viewer);
    else await expect(page).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  });
});

describe("a page read for a learner never hands its action to a new guest", () => {
  const Paged = z.object({ text: z.string(), forLearner: z.boolean() });
  const spec = { name: "note", user: "create" as const, input: Paged, invalid: "Bad.", sessionRequired: (i: { forLearner: boolean }) => i.forLearner, run };
  test.each([
    { label: "someone's page, session gone (signed out in another tab)", viewer: NOBODY, forLearner: true, expected: { ok: false, status: 401, error: SIGNED_OUT_MESSAGE }, creates: false },
    { label: "someone's page, session there", viewer: user("learner"), forLearner: true, expected: { ok: true }, creates: false },
    { label: "a visitor's page: the first write makes the guest", viewer: NOBODY, forLearner: false, expected: { ok: true }, creates: true },
  ])("$label", async ({ viewer, forLearner, expected, creates }) => {
    const deps = fakes(viewer);
    run.mockClear();
    const result = await runGate({ text: "hi", forLearner }, spec, deps);
    expect(result).toMatchObject(expected);
    expect(run).toHaveBeenCalledTimes(expected.ok ? 1 : 0);
    if (creates) expect((result as { user: CurrentUser }).user).toBe(GUEST);
  });
});
