// The article set for reading: readable measure (~70 characters), numbered
// paragraphs, and every sentence addressable (#s-<n>) so other pages can link
// to and highlight the exact sentence a question rests on.
import { paragraphAnchor, sentenceAnchor } from "@/lib/domain/article/anchors";
import { formatArticleDate, isoDay, plural } from "@/lib/format";
import { ScrollToHash } from "./scroll-to-hash";

export type ReaderView = {
  title: string;
  publishedAt: Date | null;
  sourceNote: string | null;
  wordCount: number;
  questionCount: number;
  paragraphs: { number: number; sentences: { number: number; text: string }[] }[];
};

export type MasteryLevel = "unseen" | "weak" | "learning" | "strong";

// Calm tints: a coloured rule beside each paragraph and a faint wash, never loud.
const LEVEL_STYLES: Record<MasteryLevel, { bar: string; wash: string; label: string }> = {
  unseen: { bar: "border-stone-200 dark:border-stone-700", wash: "", label: "Not yet seen" },
  weak: { bar: "border-rose-400 dark:border-rose-500", wash: "bg-rose-50/60 dark:bg-rose-950/30", label: "Weak" },
  learning: { bar: "border-amber-400 dark:border-amber-500", wash: "bg-amber-50/60 dark:bg-amber-950/30", label: "Learning" },
  strong: { bar: "border-emerald-500 dark:border-emerald-500", wash: "bg-emerald-50/60 dark:bg-emerald-950/30", label: "Strong" },
};

export function MemoryLegend({ counts }: { counts: Record<MasteryLevel, number> }) {
  return (
    <div className="mb-8 rounded-xl border border-stone-200 bg-white p-4 font-sans text-sm dark:border-stone-800 dark:bg-stone-900" data-testid="memory-legend">
      <p className="font-medium">Your memory of this article, paragraph by paragraph</p>
      <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
        {(Object.keys(LEVEL_STYLES) as MasteryLevel[]).map((level) => (
          <li key={level} className="flex items-center gap-2">
            <span className={`inline-block h-4 w-1.5 rounded border-l-4 ${LEVEL_STYLES[level].bar}`} aria-hidden="true" />
            {LEVEL_STYLES[level].label} <span className="tabular-nums text-stone-600 dark:text-stone-400">({counts[level]})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ArticleReader({
  article,
  highlight,
  mastery = null,
}: {
  article: ReaderView;
  highlight: number | null;
  /** Memory map: each paragraph's level for this learner, by paragraph number. */
  mastery?: { levels: Record<number, MasteryLevel>; counts: Record<MasteryLevel, number> } | null;
}) {
  return (
    <article className="mx-auto max-w-[70ch]" aria-labelledby="article-title">
      <header className="mb-8">
        <h1 id="article-title" className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">
          {article.title}
        </h1>
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          {article.publishedAt && (
            <>
              <time dateTime={isoDay(article.publishedAt)}>{formatArticleDate(article.publishedAt)}</time>
              {" · "}
            </>
          )}
          {plural(article.wordCount, "word")} · {plural(article.questionCount, "question")}
        </p>
        {article.sourceNote && <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">{article.sourceNote}</p>}
      </header>
      {mastery && <MemoryLegend counts={mastery.counts} />}
      <div className="font-serif text-lg leading-relaxed">
        {article.paragraphs.map((p) => {
          const level = mastery?.levels[p.number];
          const style = level ? LEVEL_STYLES[level] : null;
          return (
          <div
            key={p.number}
            className={`relative mb-6 sm:pl-10 ${style ? `rounded-r border-l-4 py-1 pl-3 ${style.bar} ${style.wash}` : ""}`}
            data-mastery={level}
          >
            {style && <span className="sr-only">Your memory of this paragraph: {style.label}.</span>}
            <a
              href={`#${paragraphAnchor(p.number)}`}
              className="mb-1 inline-flex min-h-11 min-w-11 items-center font-sans text-xs font-medium tabular-nums text-stone-600 no-underline hover:text-stone-800 sm:absolute sm:-top-2.5 sm:left-0 sm:mb-0 sm:w-7 sm:min-w-0 sm:justify-end dark:text-stone-400 dark:hover:text-stone-100"
              aria-label={`Paragraph ${p.number}`}
            >
              ¶{p.number}
            </a>
            <p id={paragraphAnchor(p.number)} className="scroll-mt-24">
              {p.sentences.map((s, i) => (
                <span key={s.number}>
                  {i > 0 && " "}
                  <span
                    id={sentenceAnchor(s.number)}
                    className="sentence"
                    data-sentence={s.number}
                    data-highlighted={highlight === s.number ? "true" : undefined}
                    aria-current={highlight === s.number ? "location" : undefined}
                  >
                    {s.text}
                  </span>
                </span>
              ))}
            </p>
          </div>
          );
        })}
      </div>
      <ScrollToHash />
    </article>
  );
}

export function ArticleReaderSkeleton() {
  return (
    <div className="mx-auto max-w-[70ch] animate-pulse" aria-hidden="true">
      <div className="h-9 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="mt-4 h-4 w-1/3 rounded bg-stone-200 dark:bg-stone-800" />
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="mt-8 space-y-3">
          <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
          <div className="h-4 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
        </div>
      ))}
    </div>
  );
}
