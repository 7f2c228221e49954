// The card browser: search by text, filter by kind, state, due date and flag;
// suspend, unsuspend or reset a card. Due dates are the learner's calendar
// dates in their own time zone. Plain GET form and form actions, so it
// works with the keyboard and without JavaScript.
import Link from "next/link";
import { CARD_STATES, DUE_FILTERS, FLAG_FILTERS, isFlagged, stateLabel, type BrowsableCard, type CardFilters } from "@/lib/domain/cards/browse";
import { formatDateInZone } from "@/lib/format";
import { KIND_LABELS } from "@/lib/domain/quiz/config";
import { QUESTION_KINDS, type QuestionKind } from "@/lib/domain/questions/bank-schema";
import { changeCardFormAction } from "@/lib/server/actions/review";

const DUE_LABELS: Record<(typeof DUE_FILTERS)[number], string> = { any: "Any time", overdue: "Overdue", today: "Due today", week: "Due this week" };
const FLAG_LABELS: Record<(typeof FLAG_FILTERS)[number], string> = { any: "Flagged or not", flagged: "Flagged", unflagged: "Not flagged" };

type Props = { filters: CardFilters; timeZone: string; total: number; matching: number; cards: BrowsableCard[] };

const CONTROL = "mt-1 block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-2 py-2 dark:border-stone-600 dark:bg-stone-900";

/** One labelled filter of the browser's GET form. */
function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={CONTROL}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CardBrowser({ filters, timeZone, total, matching, cards }: Props) {
  const small = "min-h-11 rounded-lg border border-stone-300 px-3 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";
  return (
    <div>
      <h1 className="text-3xl font-semibold tracking-tight">Cards</h1>
      <form method="get" className="mt-4 grid gap-3 sm:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] sm:items-end" role="search">
        <div>
          <label htmlFor="cards-q" className="text-sm font-medium">
            Search
          </label>
          <input id="cards-q" name="q" type="search" defaultValue={filters.q} className={CONTROL} placeholder="Words in the question" />
        </div>
        <FilterSelect
          id="cards-kind"
          name="kind"
          label="Kind"
          value={filters.kind}
          options={[["any", "Any kind"], ...QUESTION_KINDS.map((k) => [k, KIND_LABELS[k]] as const)]}
        />
        <FilterSelect
          id="cards-state"
          name="state"
          label="State"
          value={filters.state}
          options={[["any", "Any state"], ...CARD_STATES.map((s) => [s, s[0]!.toUpperCase() + s.slice(1)] as const)]}
        />
        <FilterSelect id="cards-due" name="due" label="Due" value={filters.due} options={DUE_FILTERS.map((d) => [d, DUE_LABELS[d]] as const)} />
        <FilterSelect id="cards-flag" name="flag" label="Flag" value={filters.flag} options={FLAG_FILTERS.map((f) => [f, FLAG_LABELS[f]] as const)} />
        <button type="submit" className="min-h-11 rounded-lg bg-stone-900 px-4 font-medium text-white dark:bg-amber-300 dark:text-stone-950">
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
            const flagged = isFlagged(c);
            return (
              <li key={c.questionId} className="grid gap-2 py-3 sm:grid-cols-[1fr_auto] sm:items-center" data-card-state={state} data-flagged={flagged}>
                <div>
                  <p className="font-serif">
                    {flagged && (
                      <span className="mr-2 inline-block rounded bg-red-50 px-1.5 font-sans text-sm font-medium text-red-800 dark:bg-red-950 dark:text-red-200">
                        <span aria-hidden="true">⚑ </span>Flagged
                      </span>
                    )}
                    <Link href={`/cards/${c.questionId}`} className="inline-flex min-h-11 min-w-11 items-center underline decoration-stone-400 underline-offset-2 hover:decoration-current dark:decoration-stone-500">
                      {c.prompt}
                    </Link>
                  </p>
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    {KIND_LABELS[c.kind as QuestionKind]} · {state}
                    {c.due && c.state !== 0 && !c.suspended && <> · due {formatDateInZone(c.due, timeZone)}</>}
                  </p>
                </div>
                <div className="flex gap-2">
                  <form action={changeCardFormAction}>
                    <input type="hidden" name="questionId" value={c.questionId} />
                    <input type="hidden" name="change" value={c.suspended ? "unsuspend" : "suspend"} />
                    <button type="submit" className={small}>
                      {c.suspended ? "Unsuspend" : "Suspend"}
                    </button>
                  </form>
                  {state !== "new" && (
                    <form action={changeCardFormAction}>
                      <input type="hidden" name="questionId" value={c.questionId} />
                      <input type="hidden" name="change" value="reset" />
                      <button type="submit" className={small}>
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
