import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBadges } from "@/components/article/status-badges";
import { EditorLinks } from "@/components/article/editor-bar";
import { ArchiveForm, DeleteForm, RegenerateForm, RenameForm, VisibilityForm } from "@/components/article/manage-forms";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { formatDateInZone, plural } from "@/lib/format";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { getManagedArticle, type ManagedArticle } from "@/lib/server/articles/manage";
import type { Viewer } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Manage article" };

const section = "rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";
const lead = "mb-3 text-sm text-stone-700 dark:text-stone-300";

function ownerLine(article: ManagedArticle, viewer: Viewer): string {
  if (article.ownerId === null) return article.visibility === "public" ? "Ships with Recall." : "Its owner is gone.";
  if (article.ownerId === viewer.id) return "Imported by you.";
  // Whose import it is, by address, for admins (who publish others' imports); an author editing a published one sees no address.
  if (viewer.role !== "admin") return "Imported by another learner.";
  return `Imported by ${article.ownerEmail ?? "a guest"}.`;
}

function visibilityText(article: ManagedArticle): string {
  if (article.ownerId === null && article.visibility === "private") return "Private, and its owner is gone: only admins see it. Publish it, or delete it.";
  if (article.ownerId === null) return "It ships with Recall and is public to everyone; archive it to take it off the study pages.";
  if (article.visibility === "public") return "Published: everybody can read and study it. Making it private again hides it from everyone but its owner (and admins).";
  if (article.can.publish) return "Private: only its owner (and admins) can see it. Publishing lets everybody read and study it.";
  return "Private: only you (and admins) can see it. Learners cannot publish: ask an admin to publish yours (authors publish their own imports).";
}

export default async function ManageArticlePage({ params }: PageProps<"/articles/[slug]/manage">) {
  const slug = ArticleSlugSchema.safeParse((await params).slug);
  if (!slug.success) notFound();
  const viewer = await getViewer();
  const article = viewer.signedIn ? await getManagedArticle(db, viewer, slug.data) : null;
  if (!article) notFound();
  const q = article.questions;
  const archived = article.archivedAt !== null;
  return (
    <div className="mx-auto grid max-w-[70ch] gap-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-2 flex flex-wrap gap-x-4 text-sm">
          <Link href="/articles" className="inline-flex min-h-11 items-center underline underline-offset-2">
            Your articles
          </Link>
          <Link href={`/articles/${article.slug}`} className="inline-flex min-h-11 items-center underline underline-offset-2">
            Read the article
          </Link>
        </nav>
        <h1 className="text-3xl font-semibold tracking-tight">
          Manage <span className="font-serif">“{article.title}”</span>
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm text-stone-700 dark:text-stone-300">
          <ArticleBadges visibility={article.visibility} archived={archived} showPublic />
          <span>{ownerLine(article, viewer)}</span>
          {article.ownerId !== null && <span>Added {formatDateInZone(article.createdAt, viewer.timeZone)}.</span>}
          <span>{plural(article.wordCount, "word")}.</span>
        </p>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300" data-testid="question-counts">
          {plural(q.active, "active question")}, {plural(q.draft, "draft")}, {q.retired} retired
          {q.edited > 0 && <>, {q.edited} edited by hand</>}.
        </p>
        <div className="mt-3">
          <EditorLinks slug={article.slug} manage={false} />
        </div>
      </div>

      <section aria-labelledby="rename-heading" className={section}>
        <h2 id="rename-heading" className="mb-3 text-xl font-semibold">
          Rename
        </h2>
        {article.ownerId === null && (
          <p className={lead}>It ships with Recall: the next start (which seeds the shipped articles) puts back the title from its seed file.</p>
        )}
        <RenameForm slug={article.slug} title={article.title} />
      </section>

      <section aria-labelledby="regenerate-heading" className={section}>
        <h2 id="regenerate-heading" className="mb-1 text-xl font-semibold">
          Regenerate questions
        </h2>
        <p className={lead}>
          Runs the question generator over the text again. Questions are matched by their content, so an unchanged question keeps everyone&apos;s cards,
          answers and reviews; questions the generator no longer makes are retired (their history stays), and questions edited by hand are left alone.
        </p>
        <RegenerateForm slug={article.slug} />
      </section>

      <section aria-labelledby="visibility-heading" className={section}>
        <h2 id="visibility-heading" className="mb-1 text-xl font-semibold">
          Who can see it
        </h2>
        <p className={lead} data-testid="visibility-text">
          {visibilityText(article)}
        </p>
        {article.can.publish && (article.ownerId !== null || article.visibility === "private") && <VisibilityForm slug={article.slug} visibility={article.visibility} />}
      </section>

      <section aria-labelledby="archive-heading" className={section}>
        <h2 id="archive-heading" className="mb-1 text-xl font-semibold">
          {archived ? "Archived" : "Archive"}
        </h2>
        <p className={lead}>
          {archived
            ? `Archived ${formatDateInZone(article.archivedAt!, viewer.timeZone)}: it is off the article list, new quizzes and review. Restore it to study it again.`
            : "Takes it off the article list, new quizzes and review, for you and every learner. Nothing is deleted: restore it at any time."}
        </p>
        <ArchiveForm slug={article.slug} archived={archived} />
      </section>

      <section aria-labelledby="delete-heading" className={`${section} border-red-300 dark:border-red-900`}>
        <h2 id="delete-heading" className="mb-1 text-xl font-semibold">
          Delete
        </h2>
        {article.can.delete ? (
          <>
            <p className={lead}>
              Deletes the article, its questions, and every learner&apos;s cards, answers and reviews of it, for good. This cannot be undone; archiving keeps
              everything instead.
              {article.ownerId === null && " It ships with Recall: the next seed (npm start) brings the article back, with new questions and no history."}
            </p>
            <DeleteForm slug={article.slug} title={article.title} />
          </>
        ) : (
          <p className={lead} data-testid="delete-refused">
            Only an admin can delete an article that ships with Recall: the next start would bring it back. Archive it instead.
          </p>
        )}
      </section>
    </div>
  );
}
