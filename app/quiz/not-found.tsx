import Link from "next/link";

export default function QuizNotFound() {
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-2xl font-semibold">Quiz not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">There is no quiz of yours at this address.</p>
      <Link href="/" className="mt-4 inline-block underline">
        See all articles
      </Link>
    </div>
  );
}
