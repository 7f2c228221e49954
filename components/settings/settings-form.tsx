"use client";
// Study settings with what each one does. Validated on the server.
//
// The form is submitted through onSubmit, not handed to React as a form
// action: after a form action React 19 resets the form, and a reset puts an
// uncontrolled <select defaultValue> back on its first option (Africa/Abidjan),
// so the next save stored the wrong zone. Submitting this way leaves every
// field showing exactly what was sent and saved (or what was refused, to be
// corrected). `action` stays on the form so it still posts without JavaScript.
import { startTransition, useActionState, useSyncExternalStore, type FormEvent } from "react";
import { saveSettingsAction, type SettingsState } from "@/lib/server/actions/settings";

type Values = { desiredRetention: number; newCardsPerDay: number; maximumInterval: number; timeZone: string; burySiblings: boolean };

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SettingsForm({ values, zones }: { values: Values; zones: string[] }) {
  const [state, action, pending] = useActionState<SettingsState, FormData>(saveSettingsAction, {});
  const detected = useSyncExternalStore(() => () => {}, browserZone, () => null);
  const errors = state.fieldErrors ?? {};
  const field = "mt-1 min-h-11 w-full max-w-xs rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";
  const help = "mt-1 text-sm text-stone-600 dark:text-stone-400";
  const err = (name: keyof NonNullable<SettingsState["fieldErrors"]>) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
        {errors[name]![0]}
      </p>
    ) : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={submit} className="grid gap-6" noValidate>
      <div>
        <label htmlFor="desiredRetention" className="font-medium">
          Desired retention
        </label>
        <input id="desiredRetention" name="desiredRetention" type="number" step="0.01" min="0.7" max="0.97" defaultValue={values.desiredRetention} className={field} aria-describedby="desiredRetention-help desiredRetention-error" />
        <p id="desiredRetention-help" className={help}>
          The chance of remembering a card when it comes due, from 0.70 to 0.97. Higher means more reviews with shorter gaps; 0.90 suits most learners.
        </p>
        {err("desiredRetention")}
      </div>
      <div>
        <label htmlFor="newCardsPerDay" className="font-medium">
          New cards per day
        </label>
        <input id="newCardsPerDay" name="newCardsPerDay" type="number" step="1" min="0" max="9999" defaultValue={values.newCardsPerDay} className={field} aria-describedby="newCardsPerDay-help newCardsPerDay-error" />
        <p id="newCardsPerDay-help" className={help}>
          How many cards you meet for the first time each day (a new day starts at 4 a.m. in your time zone). Each new card brings reviews in the days after, so keep it modest.
        </p>
        {err("newCardsPerDay")}
      </div>
      <div>
        <label htmlFor="maximumInterval" className="font-medium">
          Maximum interval (days)
        </label>
        <input id="maximumInterval" name="maximumInterval" type="number" step="1" min="1" max="36500" defaultValue={values.maximumInterval} className={field} aria-describedby="maximumInterval-help maximumInterval-error" />
        <p id="maximumInterval-help" className={help}>
          The longest gap between two reviews of a card, however well you know it. Lower it to see cards more often before an exam.
        </p>
        {err("maximumInterval")}
      </div>
      <div>
        <label htmlFor="timeZone" className="font-medium">
          Time zone
        </label>
        <select id="timeZone" name="timeZone" defaultValue={values.timeZone} className={field} aria-describedby="timeZone-help timeZone-error">
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <p id="timeZone-help" className={help}>
          Decides when your study day starts (4 a.m. local time) for reviews, limits and streaks.
          {detected && detected !== values.timeZone && <> Your browser says {detected}.</>}
        </p>
        {err("timeZone")}
      </div>
      <div>
        <label htmlFor="burySiblings" className="flex min-h-11 cursor-pointer items-center gap-3 font-medium">
          <input id="burySiblings" name="burySiblings" type="checkbox" defaultChecked={values.burySiblings} className="size-5 accent-amber-600" aria-describedby="burySiblings-help burySiblings-error" />
          Bury related cards until tomorrow
        </label>
        <p id="burySiblings-help" className={help}>
          After you grade a card in review, the other cards about the same fact or the same sentence wait until your next study day, as in Anki, so one card does not give the next one away. New cards among them wait too.
        </p>
        {err("burySiblings")}
      </div>
      {state.error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          Saved.
        </p>
      )}
      <div>
        <button type="submit" disabled={pending} className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white hover:bg-stone-700 disabled:opacity-60 dark:bg-amber-300 dark:hover:bg-amber-200 dark:text-stone-950">
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
