"use client";
// One form for every account action: posts its fields as JSON to
// /api/auth/<action>, shows the server's field errors and message, and on
// success goes where it is told with a full page load (the session cookie
// changed, so every page must be rendered anew) or shows the server's message.
// Without JavaScript the form still posts (the route reads form bodies too).
import { useState, type FormEvent } from "react";

export type AccountField = {
  name: string;
  label: string;
  type: "email" | "password" | "text" | "hidden";
  autoComplete?: string;
  help?: string;
  value?: string;
};

type Props = {
  action: string;
  fields: AccountField[];
  submitLabel: string;
  /** Where to go after success; without it the server's message is shown. */
  then?: string;
  danger?: boolean;
};

type Answer = { ok: boolean; error?: string; message?: string; fieldErrors?: Record<string, string[] | undefined> };

export function AccountForm({ action, fields, submitLabel, then, danger }: Props) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    const form = event.currentTarget;
    const { _then: _ignored, ...body } = Object.fromEntries(new FormData(form).entries());
    try {
      const response = await fetch(`/api/auth/${action}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const result = (await response.json().catch(() => ({ ok: false, error: `The server answered ${response.status}. Please try again.` }))) as Answer;
      if (result.ok && then) {
        window.location.assign(then);
        return;
      }
      setAnswer(result);
      if (result.ok) form.reset();
    } catch {
      setAnswer({ ok: false, error: "Could not reach the server. Check your connection and try again." });
    }
    setPending(false);
  };
  const input =
    "mt-1 min-h-11 w-full rounded-lg border border-stone-300 aria-invalid:border-red-600 aria-invalid:border-2 bg-white px-3 py-2 text-stone-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100";
  const button = danger
    ? "bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500"
    : "bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200";
  return (
    <form method="post" action={`/api/auth/${action}`} onSubmit={submit} className="grid gap-4" noValidate>
      {then && <input type="hidden" name="_then" value={then} />}
      {fields.map((f) =>
        f.type === "hidden" ? (
          <input key={f.name} type="hidden" name={f.name} value={f.value ?? ""} />
        ) : (
          <div key={f.name}>
            <label htmlFor={`${action}-${f.name}`} className="font-medium">
              {f.label}
            </label>
            <input
              id={`${action}-${f.name}`}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              defaultValue={f.value}
              required
              aria-invalid={answer?.fieldErrors?.[f.name] ? true : undefined}
              aria-describedby={[f.help ? `${action}-${f.name}-help` : "", answer?.fieldErrors?.[f.name] ? `${action}-${f.name}-error` : ""].join(" ").trim() || undefined}
              className={input}
            />
            {f.help && (
              <p id={`${action}-${f.name}-help`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                {f.help}
              </p>
            )}
            {answer?.fieldErrors?.[f.name] && (
              <p id={`${action}-${f.name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
                {answer.fieldErrors[f.name]![0]}
              </p>
            )}
          </div>
        ),
      )}
      <div aria-live="polite">
        {answer && !answer.ok && answer.error && !Object.values(answer.fieldErrors ?? {}).some((list) => list?.includes(answer.error!)) && (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            {answer.error}
          </p>
        )}
        {answer?.ok && answer.message && (
          <p role="status" className="text-sm text-green-800 dark:text-green-300">
            {answer.message}
          </p>
        )}
      </div>
      <div>
        <button type="submit" disabled={pending} className={`min-h-11 rounded-lg px-5 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 disabled:opacity-60 ${button}`}>
          {pending ? "Please wait…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
