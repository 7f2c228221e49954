import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/exchange/import-form";
import { FORMAT_LABELS, MAX_IMPORT_QUESTIONS } from "@/lib/domain/exchange";
import { editorPageArticle } from "@/lib/server/editor/page";

export const metadata: Metadata = { title: "Import and export questions" };

const section = "rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";
const download = "inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-4 font-medium hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800";

const EXPORTS = [
  { format: "json", what: "Every question with every field, drafts and retired ones too. Edit it and import it here again." },
  { format: "gift", what: "Active questions for Moodle: multiple choice, true/false, short answer, fill in the blank, matching. GIFT has no ordering or flashcard type: those are left out and named at the top of the file." },
  { format: "anki", what: "Active questions as Anki notes (fill in the blank as Cloze, the rest as Basic), with the explanation and the quote on the back. Import it in Anki with File → Import." },
] as const;

// Editors only (the article's owner, authors, admins), decided by the questions layout with a real 404
// for anyone else (one lookup per request, shared with it): exports carry every answer.
export default async function ImportQuestionsPage({ params }: PageProps<"/articles/[slug]/questions/import">) {
  const found = await editorPageArticle((await params).slug);
  if (!found) notFound();
  const { article } = found;
  return (
    <div className="mx-auto grid max-w-[70ch] gap-6">
      <div>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          <Link href={`/articles/${article.slug}`} className="underline underline-offset-2 hover:no-underline">
            {article.title}
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight">Import and export questions</h1>
      </div>
      <section aria-labelledby="export-heading" className={section}>
        <h2 id="export-heading" className="mb-3 text-xl font-semibold">
          Export
        </h2>
        <ul className="grid gap-4">
          {EXPORTS.map((e) => (
            <li key={e.format}>
              <a href={`/articles/${article.slug}/export?format=${e.format}`} download className={download}>
                Download {FORMAT_LABELS[e.format]}
              </a>
              <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{e.what}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-heading" className={section}>
        <h2 id="import-heading" className="mb-2 text-xl font-semibold">
          Import
        </h2>
        <p className="mb-4 text-sm text-stone-700 dark:text-stone-300">
          A question whose key is already in this article is updated in place (learners keep their cards and history); the others are added as hand-written
          questions. A question without a quote from the article gets the sentence that matches it best. Check first: if any line has a problem, nothing is
          imported. At most {MAX_IMPORT_QUESTIONS.toLocaleString("en")} questions at a time.
        </p>
        <ImportForm slug={article.slug} />
      </section>
    </div>
  );
}
