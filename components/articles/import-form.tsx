"use client";
// The import form: paste text, upload a file, or give a web address. With
// JavaScript it posts to /api/articles/import asking for NDJSON, shows the
// five steps as they happen (announced in a live region), and on success opens
// the new article. Without JavaScript it is a plain multipart form: every
// panel shows, the radio decides, and the route answers with a redirect.
import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { ACCEPTED_EXTENSIONS, IMPORT_STEP_LABELS, IMPORT_STEPS, type ImportEvent, type ImportStep } from "@/lib/domain/article/import-text";
import { MAX_BYTES } from "@/lib/domain/article/limits";

type Source = "paste" | "file" | "url";
type Progress = { current: ImportStep | null; done: boolean };

const SOURCES: Array<{ value: Source; label: string }> = [
  { value: "paste", label: "Paste text" },
  { value: "file", label: "Upload a file" },
  { value: "url", label: "From a web address" },
];

const noSubscription = () => () => {};

const input =
  "mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
const help = "mt-1 text-sm text-stone-600 dark:text-stone-400";

export function ImportForm() {
  const router = useRouter();
  const [source, setSource] = useState<Source>("paste");
  // Without JavaScript (and in the server's HTML) every panel shows; once the script runs, only the chosen one.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [pending, setPending] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const fail = (message: string) => {
    setError(message);
    setProgress(null);
    setPending(false);
    busy.current = false;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (source === "file" && file instanceof File && file.size > MAX_BYTES) {
      fail(`The file is larger than ${MAX_BYTES / (1024 * 1024)} MB, the limit for one article.`);
      return;
    }
    const text = data.get("text");
    if (source === "paste" && typeof text === "string" && new Blob([text]).size > MAX_BYTES) {
      fail(`The text is larger than ${MAX_BYTES / (1024 * 1024)} MB, the limit for one article.`);
      return;
    }
    if (source !== "file") data.delete("file");
    if (source !== "paste") data.delete("text");
    if (source !== "url") data.delete("url");
    busy.current = true;
    setPending(true);
    setError(null);
    setProgress({ current: null, done: false });
    try {
      const response = await fetch("/api/articles/import", { method: "POST", headers: { Accept: "application/x-ndjson" }, body: data });
      if (!response.ok || !response.body) {
        const answer = (await response.json().catch(() => null)) as { error?: string } | null;
        fail(
          answer?.error ??
            (response.status === 413
              ? `That is larger than ${MAX_BYTES / (1024 * 1024)} MB, the limit for one article.`
              : `The server answered ${response.status}. Please try again.`),
        );
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (value) buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of done && buffered ? [...lines, buffered] : lines) {
          if (!line.trim()) continue;
          const message = JSON.parse(line) as ImportEvent;
          if ("step" in message) setProgress({ current: message.step, done: false });
          else if ("error" in message) return fail(message.error);
          else if ("done" in message) {
            setProgress({ current: "saving", done: true });
            router.push(`/articles/${message.slug}?imported=1`);
            return;
          }
        }
        if (done) break;
      }
      fail("The import stopped before it finished. Please try again.");
    } catch {
      fail("Could not reach the server. Check your connection and try again.");
    }
  };

  const show = (panel: Source) => !enhanced || source === panel;
  const currentIndex = progress?.current ? IMPORT_STEPS.indexOf(progress.current) : -1;

  return (
    <form method="post" action="/api/articles/import" encType="multipart/form-data" onSubmit={submit} className="grid gap-5" noValidate>
      <fieldset disabled={pending} className="grid gap-2">
        <legend className="mb-1 font-medium">How do you bring it?</legend>
        <div className="flex flex-wrap gap-2">
          {SOURCES.map((s) => (
            <label
              key={s.value}
              className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 px-3 has-checked:border-stone-900 has-checked:bg-stone-100 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-amber-600 dark:border-stone-700 dark:has-checked:border-amber-300 dark:has-checked:bg-stone-800"
            >
              <input type="radio" name="source" value={s.value} checked={source === s.value} onChange={() => setSource(s.value)} className="size-4 accent-stone-900 dark:accent-amber-300" />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset disabled={pending} className="grid gap-5">
        <legend className="sr-only">The article</legend>
        {/* Hidden, not unmounted: switching to another way and back keeps what was typed or chosen. */}
        <div hidden={!show("paste")}>
          <label htmlFor="import-text" className="font-medium">
            Article text
          </label>
          <textarea id="import-text" name="text" rows={12} aria-describedby="import-text-help" className={`${input} font-serif`} />
          <p id="import-text-help" className={help}>
            A short first line without a full stop becomes the title. Separate paragraphs with a blank line (or put each on its own line).
          </p>
        </div>
        <div hidden={!show("file")}>
          <label htmlFor="import-file" className="font-medium">
            File
          </label>
          <input id="import-file" name="file" type="file" accept={ACCEPTED_EXTENSIONS} aria-describedby="import-file-help" className={`${input} min-h-11 file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-stone-200 file:px-3 file:text-stone-900 dark:file:bg-stone-700 dark:file:text-stone-100`} />
          <p id="import-file-help" className={help}>
            A .txt, .md, .html or .pdf file of at most 4 MB. A PDF needs a text layer (a scanned page without one cannot be read).
          </p>
        </div>
        <div hidden={!show("url")}>
          <label htmlFor="import-url" className="font-medium">
            Web address
          </label>
          <input id="import-url" name="url" type="url" inputMode="url" autoComplete="url" placeholder="https://" aria-describedby="import-url-help" className={`${input} min-h-11`} />
          <p id="import-url-help" className={help}>
            Recall fetches the page and keeps the story, without its menus, ads and comments.
          </p>
        </div>
        <div>
          <label htmlFor="import-title" className="font-medium">
            Title <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
          </label>
          <input id="import-title" name="title" type="text" maxLength={200} aria-describedby="import-title-help" className={`${input} min-h-11`} />
          <p id="import-title-help" className={help}>
            Leave it empty to use the page&apos;s or file&apos;s own title.
          </p>
        </div>
      </fieldset>

      {error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-lg bg-stone-900 px-5 py-2 font-medium text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200"
        >
          {pending ? "Importing…" : "Import"}
        </button>
      </div>
      <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="import-live">
        {progress?.done ? "Imported. Opening the article." : progress?.current ? `${IMPORT_STEP_LABELS[progress.current]}…` : ""}
      </div>
      {/* Below the button, so nothing moves under a second click. */}
      {progress && (
        <ol aria-label="Import progress" className="grid select-none gap-2 rounded-xl border border-stone-300 p-4 dark:border-stone-700" data-testid="import-progress">
          {IMPORT_STEPS.map((step, i) => {
            const state = progress.done || i < currentIndex ? "done" : i === currentIndex ? "current" : "waiting";
            return (
              <li key={step} data-step={step} data-state={state} className={`flex items-center gap-3 ${state === "waiting" ? "text-stone-600 dark:text-stone-400" : ""}`}>
                <span
                  aria-hidden="true"
                  className={`inline-flex size-6 shrink-0 items-center justify-center rounded-full text-sm ${
                    state === "done"
                      ? "bg-green-700 text-white dark:bg-green-400 dark:text-stone-950"
                      : state === "current"
                        ? "animate-pulse bg-amber-400 text-stone-950 dark:bg-amber-300"
                        : "border border-stone-400 dark:border-stone-600"
                  }`}
                >
                  {state === "done" ? "✓" : i + 1}
                </span>
                <span className={state === "current" ? "font-semibold" : ""}>{IMPORT_STEP_LABELS[step]}</span>
                <span className="sr-only">{state === "done" ? " (done)" : state === "current" ? " (in progress)" : " (waiting)"}</span>
              </li>
            );
          })}
        </ol>
      )}
    </form>
  );
}
