import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600 dark:text-stone-300">There is nothing at this address.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Back to the articles
      </Link>
    </div>
  );
}
