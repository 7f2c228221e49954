// The card browser: search by text, filter by kind, state and due date;
// suspend, unsuspend or reset a card. Plain GET form and form actions, so it
// works with the keyboard and without JavaScript.
import Link from "next/link";
import { CARD_STATES, DUE_FILTERS, stateLabel, type BrowsableCard, type CardFilters } from "@/lib/domain/cards/browse";
import { KIND_LABELS } from "@/lib/domain/quiz/config";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import { changeCardFormAction } from "@/lib/server/actions/review";

const DUE_LABELS: Record<(typeof DUE_FILTERS)[number], string> = { any: "Any time", overdue: "Overdue", today: "Due today", week: "Due this week" };
const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

type Props = { filters: CardFilters; total: number; matching: number; cards: BrowsableCard[] };

export function CardBrowser({ filters, total, matching, cards }: Props) {
  const control = "mt-1 block w-full rounded-lg border border-stone-300 bg-white px-2 py-2 dark:border-stone-700 dark:bg-stone-900";
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Cards</h1>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end" role="search">
        <label className="text-sm font-medium">
          Search
          <input name="q" type="search" defaultValue={filters.q} className={control} placeholder="Words in the question or answer" />
        </label>
        <label className="text-sm font-medium">
          Kind
          <select name="kind" defaultValue={filters.kind} className={control}>
            <option value="any">Any kind</option>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          State
          <select name="state" defaultValue={filters.state} className={control}>
            <option value="any">Any state</option>
            {CARD_STATES.map((s) => (
              <option key={s} value={s}>
                {s[0]!.toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Due
          <select name="due" defaultValue={filters.due} className={control}>
            {DUE_FILTERS.map((d) => (
              <option key={d} value={d}>
                {DUE_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-10 rounded-lg bg-stone-900 px-4 font-medium text-white dark:bg-amber-300 dark:text-stone-950">
          Filter
        </button>
      </form>
      <p className="mt-4 text-sm text-stone-600 dark:text-stone-400" aria-live="polite" data-testid="card-count">
        {matching} of {total} cards{matching > cards.length ? ` (showing the first ${cards.length})` : ""}
      </p>
      {cards.length === 0 ? (
        <p className="mt-6 text-stone-600 dark:text-stone-300">No cards match these filters.</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800">
          {cards.map((c) => {
            const state = stateLabel(c);
            return (
              <li key={c.questionId} className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-center" data-card-state={state}>
                <div>
                  <p className="font-serif">
                    <Link href={`/cards/${c.questionId}`} className="hover:underline">
                      {c.prompt}
                    </Link>
                  </p>
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    {KIND_LABELS[c.kind as QuestionKind]} · {state}
                    {c.due && c.state !== 0 && !c.suspended && <> · due {when.format(c.due)}</>}
                  </p>
                </div>
                <div className="flex gap-2">
                  <form action={changeCardFormAction}>
                    <input type="hidden" name="questionId" value={c.questionId} />
                    <input type="hidden" name="change" value={c.suspended ? "unsuspend" : "suspend"} />
                    <button type="submit" className="rounded-lg border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-700">
                      {c.suspended ? "Unsuspend" : "Suspend"}
                    </button>
                  </form>
                  {state !== "new" && (
                    <form action={changeCardFormAction}>
                      <input type="hidden" name="questionId" value={c.questionId} />
                      <input type="hidden" name="change" value="reset" />
                      <button type="submit" className="rounded-lg border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-700">
                        Reset
                      </button>
                    </form>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
