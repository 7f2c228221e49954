import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-2xl font-semibold">Article not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">There is no article at this address.</p>
      <Link href="/" className="mt-4 inline-block underline">
        See all articles
      </Link>
    </div>
  );
}
