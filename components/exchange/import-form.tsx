"use client";
// The question import form: a file or pasted text, a format (or automatic),
// then "Check" (lists what would be created and updated, and every problem
// with its line and field; nothing is written) and "Import" (the same check,
// then one transaction, or nothing). Submitted through onSubmit so React does
// not reset the fields after the action; `action` stays on the form, so it
// also posts without JavaScript.
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { importQuestionsAction, type ImportFormState } from "@/lib/server/actions/exchange";
import type { PlanRow } from "@/lib/server/exchange/questions";
import { FORMAT_LABELS, MAX_WEB_IMPORT_BYTES, tooLargeMessage } from "@/lib/domain/exchange/types";
import { kindLabel } from "@/lib/domain/kinds";

const field = "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";
const help = "mt-1 text-sm text-stone-600 dark:text-stone-400";
const primary = "min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";
const secondary = "min-h-11 rounded-lg border border-stone-300 px-5 font-medium hover:bg-stone-100 disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800";

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Rows({ title, rows }: { title: string; rows: PlanRow[] }) {
  if (rows.length === 0) return null;
  return (
    <details className="mt-3" open={rows.length <= 10}>
      <summary className="cursor-pointer py-2 font-medium">
        {title} ({rows.length})
      </summary>
      <ul className="mt-1 grid gap-1 text-sm">
        {rows.map((r) => (
          <li key={r.key} className="break-words">
            <span className="text-stone-600 dark:text-stone-400">
              Line {r.line} · {kindLabel(r.kind)} ·{" "}
            </span>
            <code className="text-xs">{r.key}</code>: <span data-testid="plan-prompt">{r.prompt}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ImportForm({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState<ImportFormState, FormData>(importQuestionsAction, { version: 0 });
  // Refused here before sending: the server takes no request body over 1 MB.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const file = data.get("file");
    // A chosen file is used instead of the text box: send only one of them.
    if (file instanceof File && file.size > 0) data.delete("text");
    else data.delete("file");
    const size = file instanceof File && file.size > 0 ? file.size : new Blob([String(data.get("text") ?? "")]).size;
    if (size > MAX_WEB_IMPORT_BYTES) {
      setTooLarge(tooLargeMessage(size));
      return;
    }
    setTooLarge(null);
    startTransition(() => action(data));
  };
  const outcome = tooLarge ? undefined : state.outcome;
  const error = tooLarge ?? state.error;
  return (
    <form action={action} onSubmit={submit} className="grid gap-5" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <div>
        <label htmlFor="import-file" className="font-medium">
          Question file
        </label>
        <input id="import-file" name="file" type="file" accept=".json,.txt,.gift,.tsv,.csv,text/plain,application/json" className={`${field} file:mr-3 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:py-1 dark:file:bg-stone-700 dark:file:text-stone-100`} aria-describedby="import-file-help" />
        <p id="import-file-help" className={help}>
          Recall JSON, Moodle GIFT or Anki text (UTF-8, up to 1 MB and 2,000 questions). A chosen file is used instead of the text below, and stays
          chosen after a check.
        </p>
      </div>
      <div>
        <label htmlFor="import-text" className="font-medium">
          Or paste the questions
        </label>
        <textarea key={state.version} id="import-text" name="text" rows={10} defaultValue={state.text ?? ""} spellCheck={false} className={`${field} font-mono text-sm`} aria-describedby="import-text-help" />
        <p id="import-text-help" className={help}>
          Pasted text stays here after a check; Import sends it again.
        </p>
      </div>
      <div>
        <label htmlFor="import-format" className="font-medium">
          Format
        </label>
        <select key={state.version} id="import-format" name="format" defaultValue={state.format ?? "auto"} className={`${field} max-w-xs`}>
          <option value="auto">Recognise automatically</option>
          {(Object.keys(FORMAT_LABELS) as (keyof typeof FORMAT_LABELS)[]).map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="check" disabled={pending} className={secondary}>
          {pending ? "Working…" : "Check"}
        </button>
        <button type="submit" name="intent" value="import" disabled={pending} className={primary}>
          Import
        </button>
      </div>

      <div aria-live="polite">
        {error && (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
            {error}
          </p>
        )}
        {outcome && outcome.problems.length > 0 && (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
            <p className="font-medium">
              Nothing was imported: {count(outcome.problems.length, "problem")} in this {FORMAT_LABELS[outcome.format]} file. Fix{" "}
              {outcome.problems.length === 1 ? "it" : "them"} and check again.
            </p>
            <ul className="mt-2 grid gap-1 text-sm" data-testid="import-problems">
              {outcome.problems.map((p, i) => (
                <li key={i} className="break-words">
                  <strong>Line {p.line}</strong>, {p.field}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {outcome && outcome.problems.length === 0 && (
          <div role="status" className="rounded-lg bg-emerald-50 p-4 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100">
            <p className="font-medium" data-testid="import-summary">
              {outcome.written ? "Imported" : `Checked${state.fileName ? ` ${state.fileName}` : ""} (${FORMAT_LABELS[outcome.format]}), nothing written yet`}: {count(outcome.created.length, "new question")},{" "}
              {count(outcome.updated.length, "updated question")}, {outcome.unchanged.length} unchanged.
              {!outcome.written && outcome.created.length + outcome.updated.length > 0 && " Press Import to write them."}
            </p>
            <Rows title={outcome.written ? "Created" : "Would create"} rows={outcome.created} />
            <Rows title={outcome.written ? "Updated" : "Would update"} rows={outcome.updated} />
          </div>
        )}
      </div>
    </form>
  );
}
