import type { Metadata } from "next";
import Link from "next/link";
import { FormNotice, noticeOf } from "@/components/account/auth-card";
import { ImportForm } from "@/components/articles/import-form";
import { getViewer } from "@/lib/server/auth";
import { MAX_WORDS } from "@/lib/domain/article/limits";

export const metadata: Metadata = { title: "Import an article" };

const linkButton =
  "inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600";

export default async function NewArticlePage({ searchParams }: PageProps<"/articles/new">) {
  const viewer = await getViewer();
  const notice = noticeOf(await searchParams);
  const canImport = viewer.signedIn && viewer.kind === "account";
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">Import an article</h1>
      <p className="mb-6 text-stone-700 dark:text-stone-300">
        Bring your own reading: paste it, upload a file, or give a web address. Recall splits it into sentences, writes questions about it, and keeps it private
        to you. Up to 4 MB and {MAX_WORDS.toLocaleString("en")} words.
      </p>
      {canImport ? (
        <>
          <FormNotice notice={notice} />
          <ImportForm />
        </>
      ) : (
        <section aria-labelledby="import-sign-in" className="rounded-xl border border-stone-300 bg-white p-6 dark:border-stone-700 dark:bg-stone-900">
          <h2 id="import-sign-in" className="text-xl font-semibold">
            Sign up or sign in to import
          </h2>
          <p className="mt-2 text-stone-700 dark:text-stone-300">
            Imported articles belong to an account, so they are kept for you on any device. {viewer.signedIn ? "What you studied as a guest moves into the account." : ""}
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <Link href="/sign-up?next=%2Farticles%2Fnew" className={`${linkButton} bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200`}>
              Make an account
            </Link>
            <Link href="/sign-in?next=%2Farticles%2Fnew" className={`${linkButton} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`}>
              Sign in
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
