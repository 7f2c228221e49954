// Shown on an article right after its import (?imported=1): how many questions
// are ready to study and how many drafts the generator set aside.
export function ImportedBanner({ active, drafts }: { active: number; drafts: number }) {
  return (
    <p role="status" data-testid="imported-banner" className="mx-auto mb-6 max-w-[70ch] rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
      Imported: {active} question{active === 1 ? "" : "s"} ready to study{drafts > 0 ? `, and ${drafts} more set aside as draft${drafts === 1 ? "" : "s"} for you to review` : ""}. Only you can see this article.
    </p>
  );
}
