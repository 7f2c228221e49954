"use client";
// The manage page's forms, one per change, each posting to its server action
// (lib/server/actions/manage.ts) and showing what the server answered. They
// are submitted through onSubmit (the form's action stays, so they still post
// without JavaScript): after a form action React resets the form, which would
// drop a title or confirmation the server refused. A button is disabled while
// its request runs, so a double click sends one change.
import { startTransition, useActionState, useId, type FormEvent, type ReactNode } from "react";
import {
  archiveArticleAction,
  deleteArticleAction,
  regenerateArticleAction,
  renameArticleAction,
  visibilityArticleAction,
  type ManageState,
} from "@/lib/server/actions/manage";
import { TITLE_MAX } from "@/lib/domain/article/manage";

type Action = (prev: ManageState, formData: FormData) => Promise<ManageState>;

const button =
  "min-h-11 rounded-lg px-5 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:opacity-60";
const primary = `${button} bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200`;
const secondary = `${button} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`;
const danger = `${button} bg-red-700 text-white hover:bg-red-800 dark:bg-red-600 dark:hover:bg-red-500`;
const field = "mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 dark:border-stone-700 dark:bg-stone-900";

function Answer({ state }: { state: ManageState }) {
  if (state.error) {
    return (
      <p role="alert" className="rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {state.error}
      </p>
    );
  }
  if (state.done) {
    return (
      <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
        {state.done}
      </p>
    );
  }
  return null;
}

/** A form for one action: the slug and any fixed fields hidden, the children's fields, one submit button, the answer below. */
function ManageForm({
  action,
  slug,
  hidden = {},
  submit,
  pendingLabel,
  style = secondary,
  children,
  testId,
}: {
  action: Action;
  slug: string;
  hidden?: Record<string, string>;
  submit: string;
  pendingLabel: string;
  style?: string;
  children?: (state: ManageState) => ReactNode;
  testId: string;
}) {
  const [state, run, pending] = useActionState<ManageState, FormData>(action, {});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => run(data));
  };
  return (
    <form action={run} onSubmit={onSubmit} className="grid gap-3" noValidate data-testid={testId}>
      <input type="hidden" name="slug" value={slug} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children?.(state)}
      <div>
        <button type="submit" disabled={pending} aria-disabled={pending} className={style}>
          {pending ? pendingLabel : submit}
        </button>
      </div>
      <div aria-live="polite">
        <Answer state={state} />
      </div>
    </form>
  );
}

export function RenameForm({ slug, title }: { slug: string; title: string }) {
  const id = useId();
  return (
    <ManageForm action={renameArticleAction} slug={slug} submit="Rename" pendingLabel="Renaming…" style={primary} testId="rename-form">
      {(state) => (
        <div>
          <label htmlFor={`${id}-title`} className="font-medium">
            Title
          </label>
          <input
            id={`${id}-title`}
            name="title"
            type="text"
            required
            maxLength={TITLE_MAX}
            defaultValue={title}
            autoComplete="off"
            className={field}
            aria-describedby={`${id}-help${state.fieldErrors?.title ? ` ${id}-error` : ""}`}
            aria-invalid={state.fieldErrors?.title ? true : undefined}
          />
          <p id={`${id}-help`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            Up to {TITLE_MAX} characters. The address stays /articles/{slug}, so links to it keep working.
          </p>
          {state.fieldErrors?.title && (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
              {state.fieldErrors.title[0]}
            </p>
          )}
        </div>
      )}
    </ManageForm>
  );
}

export function RegenerateForm({ slug }: { slug: string }) {
  return <ManageForm action={regenerateArticleAction} slug={slug} submit="Regenerate questions" pendingLabel="Regenerating…" testId="regenerate-form" />;
}

export function ArchiveForm({ slug, archived }: { slug: string; archived: boolean }) {
  return (
    <ManageForm
      action={archiveArticleAction}
      slug={slug}
      hidden={{ archived: String(!archived) }}
      submit={archived ? "Restore" : "Archive"}
      pendingLabel={archived ? "Restoring…" : "Archiving…"}
      testId="archive-form"
    />
  );
}

export function VisibilityForm({ slug, visibility }: { slug: string; visibility: "private" | "public" }) {
  const publish = visibility === "private";
  return (
    <ManageForm
      action={visibilityArticleAction}
      slug={slug}
      hidden={{ visibility: publish ? "public" : "private" }}
      submit={publish ? "Publish" : "Make private"}
      pendingLabel={publish ? "Publishing…" : "Making private…"}
      style={publish ? primary : secondary}
      testId="visibility-form"
    />
  );
}

export function DeleteForm({ slug, title }: { slug: string; title: string }) {
  const id = useId();
  return (
    <ManageForm action={deleteArticleAction} slug={slug} submit="Delete this article for good" pendingLabel="Deleting…" style={danger} testId="delete-form">
      {(state) => (
        <div>
          <label htmlFor={`${id}-confirm`} className="font-medium">
            Type the title to confirm: <span className="font-semibold">{title}</span>
          </label>
          <input
            id={`${id}-confirm`}
            name="confirmTitle"
            type="text"
            autoComplete="off"
            spellCheck={false}
            className={field}
            aria-describedby={state.fieldErrors?.confirmTitle ? `${id}-error` : undefined}
          />
          {state.fieldErrors?.confirmTitle && (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
              {state.fieldErrors.confirmTitle[0]}
            </p>
          )}
        </div>
      )}
    </ManageForm>
  );
}
