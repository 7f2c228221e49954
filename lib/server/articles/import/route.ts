import "server-only";
// Owns POST /api/articles/import: same-origin check -> the body (multipart or
// urlencoded, capped before it is read) -> the mutation gate (a signed-in
// account; the form's fields by zod; the per-account rate limit) -> the
// pipeline. Two ways to answer:
//
// - the page's script asks for `Accept: application/x-ndjson` and reads one
//   JSON line per step ({step}), then {done, slug, active, drafts} or {error};
//   a refusal before the work starts is a plain JSON {error} with its status.
// - a form posted without JavaScript gets a 303: to /articles/<slug>?imported=1,
//   or back to /articles/new?error=<message>.
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { hitLimits, refundLimit } from "@/lib/server/rate-limit";
import { runGate, SERVER_ERROR_MESSAGE, type Parsed } from "@/lib/server/gate";
import { sameOrigin } from "@/lib/server/accounts/routes";
import { DomainError, TooManyRequestsError } from "@/lib/domain/errors";
import { MAX_BYTES } from "@/lib/domain/article/limits";
import { ImportFieldsSchema, ImportInputError, tooLargeMessage, type ImportEvent, type ImportFields } from "@/lib/domain/article/import-text";
import { importArticle, type ImportSource } from "./pipeline";

export const SIGN_IN_TO_IMPORT = "Sign up or sign in to import an article.";
/** Room for the form's other fields and the multipart framing around a file at the limit. */
const BODY_OVERHEAD = 256 * 1024;

type Raw = { fields: Record<string, string>; file: File | null };
type Input = { fields: ImportFields; file: File | null };

function parseInput(raw: Raw): Parsed<Input> {
  const parsed = ImportFieldsSchema.safeParse(raw.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { success: false, error: issue?.message ?? "Please check the form." };
  }
  if (parsed.data.source === "file") {
    if (!raw.file || raw.file.size === 0 || !raw.file.name) return { success: false, error: raw.file?.name ? "That file is empty." : "Choose a file to upload." };
    if (raw.file.size > MAX_BYTES) return { success: false, error: tooLargeMessage("file") };
  }
  return { success: true, data: { fields: parsed.data, file: raw.file } };
}

async function sourceOf({ fields, file }: Input): Promise<ImportSource> {
  const title = fields.title || undefined;
  if (fields.source === "paste") return { kind: "paste", text: fields.text, title };
  if (fields.source === "url") return { kind: "url", url: fields.url, title };
  return { kind: "file", name: file!.name, bytes: new Uint8Array(await file!.arrayBuffer()), title };
}

/** The form's fields (strings) and its file, or null when the body cannot be read as a form. */
async function readForm(request: Request): Promise<Raw | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!/multipart\/form-data|application\/x-www-form-urlencoded/.test(type)) return null;
  try {
    const form = await request.formData();
    const fields: Record<string, string> = {};
    let file: File | null = null;
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields[key] = value;
      else if (key === "file") file = value;
    }
    return { fields, file };
  } catch {
    return null;
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
const backWithError = (message: string) => seeOther(`/articles/new?error=${encodeURIComponent(message.slice(0, 300))}`);

/** A refusal's words for the person; anything unexpected is logged as one line and answered generically. */
function messageOf(error: unknown): string {
  if (error instanceof ImportInputError || error instanceof DomainError) return error.message;
  const kind = error instanceof Error ? error.name : typeof error;
  const text = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0]!.slice(0, 300);
  console.error(`import: failed: ${kind}: ${text}`);
  return SERVER_ERROR_MESSAGE;
}

export async function handleImportRequest(request: Request): Promise<Response> {
  const streaming = (request.headers.get("accept") ?? "").includes("application/x-ndjson");
  const refuse = (status: number, message: string, headers: Record<string, string> = {}) => (streaming ? json(status, { error: message }, headers) : backWithError(message));

  if (!sameOrigin(request)) return json(403, { error: "Cross-origin request refused." });
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length > MAX_BYTES + BODY_OVERHEAD) return refuse(413, tooLargeMessage("file"));
  const raw = await readForm(request);
  if (!raw) return refuse(400, "The form could not be read. Please try again.");

  let retryAfter: number | undefined;
  const gate = await runGate(raw, {
    name: "import article",
    user: "existing",
    notFound: SIGN_IN_TO_IMPORT,
    input: parseInput,
    run: async ({ user, input, now }) => {
      // Guests are purged after 30 idle days, and their imports with them: importing needs an account.
      if (user.kind !== "account") throw new DomainError(SIGN_IN_TO_IMPORT, 401);
      const verdict = await hitLimits(db, [["importAttemptPerUser", user.id], ["importPerUser", user.id]], now);
      if (!verdict.ok) {
        retryAfter = verdict.retryAfterSeconds;
        throw new TooManyRequestsError(verdict.retryAfterSeconds);
      }
      return { ownerId: user.id, source: await sourceOf(input) };
    },
  });
  if (!gate.ok) {
    const status = gate.reason === "no-session" ? 401 : gate.status;
    return refuse(status, gate.error, retryAfter ? { "Retry-After": String(retryAfter) } : {});
  }
  const { ownerId, source } = gate.value;
  const fetch = { allowPrivate: env.IMPORT_ALLOW_PRIVATE };

  // 20 imports an hour counts what was imported: a file or page refused with a reason is given back.
  const refundIfRefused = async (error: unknown) => {
    if (error instanceof ImportInputError) await refundLimit(db, "importPerUser", ownerId).catch(() => undefined);
  };
  if (!streaming) {
    try {
      const result = await importArticle(db, { ownerId, source, fetch });
      return seeOther(`/articles/${result.slug}?imported=1`);
    } catch (error) {
      await refundIfRefused(error);
      return backWithError(messageOf(error));
    }
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        const result = await importArticle(db, { ownerId, source, fetch, onStep: (step) => send({ step }) });
        send({ done: true, slug: result.slug, active: result.active, drafts: result.drafts });
      } catch (error) {
        await refundIfRefused(error);
        send({ error: messageOf(error) });
      }
      controller.close();
    },
  });
  return new Response(stream, { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
