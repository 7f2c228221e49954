import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { editorPageArticle } from "@/lib/server/editor/page";
import { listEditorQuestions } from "@/lib/server/editor/questions";
import { listOpenReports } from "@/lib/server/editor/reports";
import { parseEditorFilters, type EditorFilters } from "@/lib/domain/questions/editor";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { formatDateTimeInZone, plural } from "@/lib/format";
import { EditorTabs } from "@/components/editor/editor-tabs";
import { QuestionRows } from "@/components/editor/question-rows";
import { ReportQueue } from "@/components/editor/report-queue";

export const metadata: Metadata = { title: "Questions" };

const control = "min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 dark:border-stone-500 dark:bg-stone-950";

/** The address of the list with these filters (empty ones left out), for paging links. */
function hrefWith(slug: string, filters: EditorFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["kind", "origin", "status", "reports", "mark", "q"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/articles/${slug}/questions${query ? `?${query}` : ""}`;
}

export default async function QuestionEditorPage({ params, searchParams }: PageProps<"/articles/[slug]/questions">) {
  const found = await editorPageArticle((await params).slug);
  if (!found) notFound();
  const { article, viewer } = found;
  const filters = parseEditorFilters(await searchParams);
  const base = `/articles/${article.slug}/questions`;

  if (filters.view === "reports") {
    const reports = await listOpenReports(db, article.id);
    return (
      <div className="mx-auto max-w-5xl">
        <EditorTabs slug={article.slug} title={article.title} current="reports" openReports={reports.length} />
        <ReportQueue
          slug={article.slug}
          reports={reports.map((r) => ({
            id: r.id,
            reason: r.reason,
            note: r.note,
            date: formatDateTimeInZone(r.createdAt, viewer.timeZone),
            dateIso: r.createdAt.toISOString(),
            question: { id: r.question.id, prompt: r.question.prompt, kind: KIND_LABELS[r.question.kind as keyof typeof KIND_LABELS] ?? r.question.kind, status: r.question.status },
          }))}
        />
      </div>
    );
  }

  const list = await listEditorQuestions(db, article, filters);
  const filtered = ["kind", "origin", "status", "reports", "mark", "q"].some((k) => filters[k as keyof EditorFilters]);
  return (
    <div className="mx-auto max-w-5xl">
      <EditorTabs slug={article.slug} title={article.title} current="questions" openReports={list.openReportsTotal} />

      {/* Keyed by the filters: a client-side visit to other filters (Clear, a page link, Back) shows their values, not the last ones typed. */}
      <form key={JSON.stringify(filters)} method="get" action={base} role="search" aria-label="Filter the questions" className="mt-6 grid gap-3 rounded-xl border border-stone-200 p-4 sm:grid-cols-3 lg:grid-cols-6 dark:border-stone-800">
        <label className="grid gap-1 text-sm font-medium sm:col-span-3 lg:col-span-6">
          Search in prompts and answers
          <input type="search" name="q" defaultValue={filters.q} maxLength={200} className={control} />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Kind
          <select name="kind" defaultValue={filters.kind ?? ""} className={control}>
            <option value="">Any kind</option>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Origin
          <select name="origin" defaultValue={filters.origin ?? ""} className={control}>
            <option value="">Any origin</option>
            <option value="handwritten">Hand-written</option>
            <option value="generated">Generated</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Status
          <select name="status" defaultValue={filters.status ?? ""} className={control}>
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="draft">Draft</option>
            <option value="retired">Retired</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Reports
          <select name="reports" defaultValue={filters.reports ?? ""} className={control}>
            <option value="">With or without</option>
            <option value="open">With open reports</option>
            <option value="none">Without open reports</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Item analysis
          <select name="mark" defaultValue={filters.mark ?? ""} className={control}>
            <option value="">Any</option>
            <option value="marked">Marked for review</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="min-h-11 flex-1 rounded-lg bg-stone-900 px-4 font-medium text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200">
            Filter
          </button>
          {filtered && (
            <Link href={base} className="inline-flex min-h-11 items-center px-2 text-sm underline">
              Clear
            </Link>
          )}
        </div>
      </form>

      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" data-testid="editor-count">
          {plural(list.total, "question")}
          {filtered ? " match these filters" : ""}
          {list.pages > 1 ? ` · page ${list.page} of ${list.pages}` : ""}
        </p>
        <Link
          href={`${base}/new`}
          className="inline-flex min-h-11 items-center rounded-lg border border-stone-400 px-4 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          Add a question
        </Link>
      </div>

      <QuestionRows slug={article.slug} rows={list.rows.map((r) => ({ ...r, kindLabel: KIND_LABELS[r.kind] }))} />

      {list.pages > 1 && (
        <nav aria-label="Pages" className="mt-6 flex flex-wrap justify-between gap-3">
          {list.page > 1 ? (
            <Link href={hrefWith(article.slug, filters, list.page - 1)} className="inline-flex min-h-11 items-center underline" rel="prev">
              ← Previous page
            </Link>
          ) : (
            <span />
          )}
          {list.page < list.pages && (
            <Link href={hrefWith(article.slug, filters, list.page + 1)} className="inline-flex min-h-11 items-center underline" rel="next">
              Next page →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
