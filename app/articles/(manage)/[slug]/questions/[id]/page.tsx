import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import { RowIdSchema } from "@/lib/domain/ids";
import { draftFromStored } from "@/lib/domain/questions/editor";
import { KIND_LABELS } from "@/lib/domain/kinds";
import { formatDateTimeInZone } from "@/lib/format";
import { editorPageArticle } from "@/lib/server/editor/page";
import { getArticleSentences, getEditorQuestion } from "@/lib/server/editor/questions";
import { listOpenReports } from "@/lib/server/editor/reports";
import { QuestionForm } from "@/components/editor/question-form";
import { StatusPanel } from "@/components/editor/status-panel";
import { ReportQueue } from "@/components/editor/report-queue";

export const metadata: Metadata = { title: "Edit a question" };

export default async function EditQuestionPage({ params, searchParams }: PageProps<"/articles/[slug]/questions/[id]">) {
  const { slug, id } = await params;
  const found = await editorPageArticle(slug);
  const questionId = RowIdSchema.safeParse(id);
  if (!found || !questionId.success) notFound();
  const { article, viewer } = found;
  const question = await getEditorQuestion(db, article, questionId.data);
  if (!question) notFound();
  const [sentences, reports, { body }] = await Promise.all([
    getArticleSentences(db, article.id),
    listOpenReports(db, article.id, question.id),
    db.article.findUniqueOrThrow({ where: { id: article.id }, select: { body: true } }),
  ]);
  const saved = (await searchParams).saved === "1";
  return (
    <div className="mx-auto max-w-6xl">
      <p className="text-sm text-stone-700 dark:text-stone-300">
        <Link href={`/articles/${article.slug}/questions`} className="inline-flex min-h-11 items-center underline">
          ← All questions of {article.title}
        </Link>
      </p>
      <h1 className="text-3xl font-semibold tracking-tight">Edit a question</h1>
      <p className="mt-1 text-stone-700 dark:text-stone-300">
        {KIND_LABELS[question.kind]} · {question.origin === "handwritten" ? "hand-written" : "generated"}
        {question.editedAt ? ` · last edited ${formatDateTimeInZone(question.editedAt, viewer.timeZone)}` : ""}
      </p>
      {saved && (
        <p role="status" className="mt-3 rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200">
          Added. It is active: the next quiz may ask it.
        </p>
      )}
      {question.inQuizzesInProgress > 0 && (
        <p className="mt-3 rounded-lg border border-amber-500 bg-amber-50 px-3 py-2 dark:border-amber-700 dark:bg-amber-950" data-testid="in-progress-note">
          {question.inQuizzesInProgress === 1 ? "A quiz in progress asks" : `${question.inQuizzesInProgress} quizzes in progress ask`} this question and showed its
          choices (or items, or pairs) as they are: those stay until answered. The prompt, the right answer among them, the explanation and the evidence can change now.
        </p>
      )}
      <div className="mt-6 grid gap-6">
        <StatusPanel slug={article.slug} questionId={question.id} status={question.status} rejectReasons={question.rejectReasons} />
        {reports.length > 0 && (
          <ReportQueue
            slug={article.slug}
            showQuestion={false}
            reports={reports.map((r) => ({
              id: r.id,
              reason: r.reason,
              note: r.note,
              date: formatDateTimeInZone(r.createdAt, viewer.timeZone),
              dateIso: r.createdAt.toISOString(),
              question: { id: question.id, prompt: r.question.prompt, kind: KIND_LABELS[question.kind], status: question.status },
            }))}
          />
        )}
        <QuestionForm
          slug={article.slug}
          questionId={question.id}
          questionKey={question.key}
          initial={draftFromStored(question.stored)}
          body={body}
          sentences={sentences}
          kindLabels={KIND_LABELS}
        />
      </div>
    </div>
  );
}
