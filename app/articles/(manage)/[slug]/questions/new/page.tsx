import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/server/db";
import { QUESTION_KINDS } from "@/lib/domain/questions/bank-schema";
import { emptyDraft } from "@/lib/domain/questions/editor";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { editorPageArticle } from "@/lib/server/editor/page";
import { getArticleSentences } from "@/lib/server/editor/questions";
import { QuestionForm } from "@/components/editor/question-form";

export const metadata: Metadata = { title: "Add a question" };

/** ?kind= picks the kind the form opens with; anything else opens multiple choice. */
const KindSchema = z.enum(QUESTION_KINDS).catch("multiple_choice");

export default async function NewQuestionPage({ params, searchParams }: PageProps<"/articles/[slug]/questions/new">) {
  const found = await editorPageArticle((await params).slug);
  if (!found) notFound();
  const { article } = found;
  const kind = KindSchema.parse((await searchParams).kind);
  const [sentences, { body }] = await Promise.all([
    getArticleSentences(db, article.id),
    db.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true } }),
  ]);
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <Link href={`/articles/${article.slug}/questions`} className="inline-flex min-h-11 items-center underline">
          ← All questions of {article.title}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">Add a question</h1>
      <p className="mt-1 text-stone-700 dark:text-stone-300">A hand-written question, active as soon as it is added.</p>
      <div className="mt-6">
        <QuestionForm slug={article.slug} questionId={null} questionKey={null} initial={emptyDraft(kind)} body={body} sentences={sentences} kindLabels={KIND_LABELS} />
      </div>
    </div>
  );
}
