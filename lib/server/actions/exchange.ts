"use server";
// The question import form's one action, through the gate: the signed-in
// person, the rate limit, the form read (a file or pasted text, a format, and
// whether to check or import), then the import service, which refuses a
// person who may not edit the article as "not found". "Check" writes nothing;
// "Import" checks the same text again and writes it in one transaction, or
// nothing when any line has a problem.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { runGate, type Parsed } from "@/lib/server/gate";
import { hitLimit } from "@/lib/server/rate-limit";
import { importArticleQuestions, type ImportOutcome } from "@/lib/server/exchange/questions";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { EXCHANGE_FORMATS, MAX_WEB_IMPORT_BYTES, tooLargeMessage, type ExchangeFormat } from "@/lib/domain/exchange";
import { TooManyRequestsError } from "@/lib/domain/errors";

export type ImportFormState = {
  /** Bumped on every answer, so the form's text box takes the text just checked. */
  version: number;
  /** The pasted text just checked (a file's text stays in its file input, to be sent again). */
  text?: string;
  /** The name of the file just checked. */
  fileName?: string;
  format?: ExchangeFormat | "auto";
  outcome?: ImportOutcome;
  error?: string;
};

const FormSchema = z.object({
  slug: ArticleSlugSchema,
  intent: z.enum(["check", "import"], { error: "Choose Check or Import." }),
  format: z.enum(["auto", ...EXCHANGE_FORMATS], { error: "Choose a format: automatic, Recall JSON, Moodle GIFT or Anki text." }),
  text: z.string(),
});
type FormInput = z.infer<typeof FormSchema>;


/** The uploaded file's text, when one was chosen: UTF-8 only, within the size cap. */
async function readUpload(value: FormDataEntryValue | null): Promise<{ text: string } | { error: string } | null> {
  if (!(value instanceof File) || value.size === 0) return null;
  if (value.size > MAX_WEB_IMPORT_BYTES) return { error: tooLargeMessage(value.size) };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(await value.arrayBuffer()) };
  } catch {
    return { error: "The file is not UTF-8 text. Save it as UTF-8 (plain text) and try again." };
  }
}

export async function importQuestionsAction(prev: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const version = (prev?.version ?? 0) + 1;
  const upload = await readUpload(formData.get("file"));
  if (upload && "error" in upload) return { version, error: upload.error };
  const raw = {
    slug: formData.get("slug"),
    intent: formData.get("intent"),
    format: formData.get("format") ?? "auto",
    text: upload?.text ?? formData.get("text") ?? "",
  };
  const result = await runGate(raw, {
    name: "importQuestions",
    user: "existing",
    input: (value: typeof raw): Parsed<FormInput> => {
      const parsed = FormSchema.safeParse(value);
      if (!parsed.success) return { success: false, error: parsed.error.issues[0]?.message ?? "Nothing was imported: the form could not be read." };
      if (parsed.data.text.trim() === "") return { success: false, error: "Choose a file or paste the questions first." };
      const bytes = Buffer.byteLength(parsed.data.text, "utf8");
      if (bytes > MAX_WEB_IMPORT_BYTES) return { success: false, error: tooLargeMessage(bytes) };
      return parsed;
    },
    run: async ({ user, input, now }) => {
      const verdict = await hitLimit(db, "importQuestionsPerUser", user.id, now);
      if (!verdict.ok) throw new TooManyRequestsError(verdict.retryAfterSeconds);
      return importArticleQuestions(db, user, input.slug, { text: input.text, format: input.format, dryRun: input.intent === "check" }, now);
    },
  });
  const fileName = upload ? (formData.get("file") as File).name : undefined;
  const text = upload ? "" : typeof raw.text === "string" ? raw.text : "";
  const format = typeof raw.format === "string" && (["auto", ...EXCHANGE_FORMATS] as string[]).includes(raw.format) ? (raw.format as ImportFormState["format"]) : "auto";
  if (!result.ok) return { version, text, fileName, format, error: result.error };
  if (result.value.written) revalidatePath(`/articles/${result.input.slug}`, "layout");
  return { version, text, fileName, format, outcome: result.value };
}
