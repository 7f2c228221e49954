// Small badges saying who sees an article and whether it is archived: the
// home list, "your articles", the manage page and the reader's editor bar.
type Props = { visibility: "private" | "public"; archived?: boolean; showPublic?: boolean };

const badge = "inline-flex items-center rounded-full px-2 py-0.5 font-sans text-xs font-semibold";

export function ArticleBadges({ visibility, archived = false, showPublic = false }: Props) {
  if (visibility === "public" && !archived && !showPublic) return null;
  return (
    <span className="inline-flex flex-wrap gap-1 align-middle">
      {visibility === "private" ? (
        <span data-badge="private" className={`${badge} bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100`}>
          Private
        </span>
      ) : (
        showPublic && (
          <span data-badge="public" className={`${badge} bg-emerald-100 text-emerald-950 dark:bg-emerald-950 dark:text-emerald-100`}>
            Public
          </span>
        )
      )}
      {archived && (
        <span data-badge="archived" className={`${badge} bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-100`}>
          Archived
        </span>
      )}
    </span>
  );
}
