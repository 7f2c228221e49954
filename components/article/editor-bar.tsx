// The reader page's notices and editor links: "Private" and "Archived" for
// whoever sees such an article, and for its editors the ways to manage it,
// edit, import and export its questions. Kept apart from the page so the
// page's other banners merge cleanly.
import Link from "next/link";

export type EditorBarProps = {
  slug: string;
  visibility: "private" | "public";
  archived: boolean;
  /** The viewer owns it (an import of theirs). */
  isOwner: boolean;
  /** The viewer may edit it (access.ts canEditArticle): shows the links. */
  canEdit: boolean;
};

const notice = "rounded-lg border px-3 py-2 text-sm";
const link =
  "inline-flex min-h-11 items-center rounded-lg border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-stone-700 dark:hover:bg-stone-800";

export const EXPORT_FORMATS = [
  ["anki", "Anki"],
  ["gift", "GIFT"],
  ["json", "JSON"],
] as const;

/** Where an editor goes from here: manage the article, edit, import and export its questions. */
export function EditorLinks({ slug, manage = true }: { slug: string; /** False on the manage page itself. */ manage?: boolean }) {
  const base = `/articles/${slug}`;
  return (
    <nav aria-label="Edit this article" className="flex flex-wrap items-center gap-2">
      {manage && (
        <Link href={`${base}/manage`} className={link}>
          Manage
        </Link>
      )}
      <Link href={`${base}/questions`} className={link}>
        Questions
      </Link>
      <Link href={`${base}/questions/import`} className={link}>
        Import questions
      </Link>
      <span className="inline-flex flex-wrap items-center gap-2">
        <span className="text-sm text-stone-700 dark:text-stone-300">Export:</span>
        {EXPORT_FORMATS.map(([format, label]) => (
          // A download from a route handler: a plain link, not the client router.
          <a key={format} href={`${base}/export?format=${format}`} className={link} aria-label={`Export questions as ${label}`}>
            {label}
          </a>
        ))}
      </span>
    </nav>
  );
}

export function EditorBar({ slug, visibility, archived, isOwner, canEdit }: EditorBarProps) {
  if (visibility === "public" && !archived && !canEdit) return null;
  return (
    <div className="mx-auto mb-6 grid max-w-[70ch] gap-3" data-testid="editor-bar">
      {visibility === "private" && (
        <p role="note" className={`${notice} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100`}>
          <strong>Private</strong> — {isOwner ? "only you can see this." : "only its owner (and admins) can see this."}
          {isOwner && " It stays so until it is published."}
        </p>
      )}
      {archived && (
        <p role="note" className={`${notice} border-stone-300 bg-stone-100 text-stone-900 dark:border-stone-700 dark:bg-stone-800 dark:text-stone-100`}>
          <strong>Archived</strong> — it is off the study pages (lists, quizzes, review); everyone&apos;s history of it is kept.
          {canEdit && " Restore it from Manage."}
        </p>
      )}
      {canEdit && <EditorLinks slug={slug} />}
    </div>
  );
}
