import type { Metadata } from "next";
import Link from "next/link";
import { FormNotice, noticeOf } from "@/components/account/auth-card";
import { YourArticleList } from "@/components/article/your-articles";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { listYourArticles } from "@/lib/server/articles/manage";

export const metadata: Metadata = { title: "Your articles" };

const button = "inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-medium";
const primary = `${button} bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950 dark:hover:bg-amber-200`;
const secondary = `${button} border border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800`;

export default async function YourArticlesPage({ searchParams }: PageProps<"/articles">) {
  const [viewer, params] = await Promise.all([getViewer(), searchParams]);
  const notice = noticeOf(params);
  if (!viewer.signedIn) {
    return (
      <div className="mx-auto max-w-[70ch]">
        <h1 className="mb-4 text-3xl font-semibold tracking-tight">Your articles</h1>
        <FormNotice notice={notice} />
        <p className="mb-6 text-stone-700 dark:text-stone-300">
          Bring your own article: paste a text, upload a file or give a web address, and Recall writes questions on it for you to quiz and review. An
          article you add is private to you until an author or admin publishes it. Sign in (or make an account) to keep your articles and find them here.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-in" className={primary}>
            Sign in
          </Link>
          <Link href="/sign-up" className={secondary}>
            Make an account
          </Link>
          <Link href="/articles/new" className={secondary}>
            Add an article
          </Link>
        </div>
      </div>
    );
  }
  const { own, othersPrivate } = await listYourArticles(db, viewer);
  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-semibold tracking-tight">Your articles</h1>
          <Link href="/articles/new" className={primary}>
            Add an article
          </Link>
        </div>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Articles you added, private to you until an author or admin publishes them, archived ones included. The articles that ship with Recall are on the{" "}
          <Link href="/" className="underline underline-offset-2">
            home page
          </Link>
          .
        </p>
        {viewer.kind === "guest" && (
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
            You are a guest: your articles are kept for this browser only.{" "}
            <Link href="/sign-up" className="underline underline-offset-2">
              Make an account
            </Link>{" "}
            to keep them everywhere.
          </p>
        )}
        <div className="mt-3">
          <FormNotice notice={notice} />
        </div>
      </div>
      <section aria-labelledby="own-heading">
        <h2 id="own-heading" className="sr-only">
          Added by you
        </h2>
        <YourArticleList
          articles={own}
          timeZone={viewer.timeZone}
          label="Added by you"
          empty={
            <>
              You have not added an article yet.{" "}
              <Link href="/articles/new" className="underline underline-offset-2">
                Add your first one
              </Link>
              .
            </>
          }
        />
      </section>
      {othersPrivate && (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading" className="mb-1 text-xl font-semibold">
            Other users&apos; private articles
          </h2>
          <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">As an admin you see every private import: open one to check it, and publish it from Manage.</p>
          <YourArticleList articles={othersPrivate} timeZone={viewer.timeZone} label="Other users' private articles" empty="No other user has a private article." />
        </section>
      )}
    </div>
  );
}
