import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { FormNotice, noticeOf } from "@/components/account/auth-card";
import { getViewer } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Account" };

const section = "rounded-xl border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900";
const link = "inline-flex min-h-11 items-center rounded-lg px-4 py-2 font-medium";

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const viewer = await getViewer();
  const notice = noticeOf(await searchParams);
  if (viewer.kind !== "account") {
    return (
      <div className="mx-auto max-w-[70ch]">
        <h1 className="mb-4 text-3xl font-semibold tracking-tight">Account</h1>
        <FormNotice notice={notice} />
        <p className="mb-6 text-stone-700 dark:text-stone-300">
          {viewer.signedIn
            ? "You are studying as a guest: your progress lives in this browser only. Make an account to keep it and use it anywhere; everything you have done so far comes with you."
            : "You are not signed in. Study as a guest, or sign in to pick up your progress."}
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href="/sign-up" className={`${link} bg-stone-900 text-white hover:bg-stone-700 dark:bg-amber-300 dark:text-stone-950`}>
            Make an account
          </Link>
          <Link href="/sign-in" className={`${link} border border-stone-300 dark:border-stone-700`}>
            Sign in
          </Link>
        </div>
      </div>
    );
  }
  return (
    <div className="mx-auto grid max-w-[70ch] gap-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">Account</h1>
        <div className="mt-3">
          <FormNotice notice={notice} />
        </div>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          Signed in as <strong data-testid="account-email">{viewer.email}</strong>
          {viewer.role !== "learner" && <> ({viewer.role})</>}.
        </p>
      </div>
      <section aria-labelledby="sign-out-heading" className={section}>
        <h2 id="sign-out-heading" className="mb-3 text-xl font-semibold">
          Sign out
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <AccountForm action="sign-out" then="/" submitLabel="Sign out" fields={[]} />
          <div>
            <AccountForm action="sign-out-everywhere" then="/sign-in" submitLabel="Sign out everywhere" fields={[]} />
            <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Ends every session of this account, on every device, this one too.</p>
          </div>
        </div>
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">
          Change password
        </h2>
        <AccountForm
          action="change-password"
          submitLabel="Change password"
          fields={[
            { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" },
            { name: "newPassword", label: "New password", type: "password", autoComplete: "new-password", help: "Other devices are signed out; this one stays signed in." },
          ]}
        />
      </section>
      <section aria-labelledby="delete-heading" className={`${section} border-red-300 dark:border-red-900`}>
        <h2 id="delete-heading" className="mb-1 text-xl font-semibold">
          Delete account
        </h2>
        <p className="mb-3 text-sm text-stone-700 dark:text-stone-300">
          Deletes your account and everything in it for good: quizzes, answers, cards, reviews and settings. This cannot be undone.
        </p>
        <AccountForm
          action="delete-account"
          then={`/account?done=${encodeURIComponent("Your account and everything in it were deleted.")}`}
          danger
          submitLabel="Delete my account"
          fields={[
            { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
            { name: "confirm", label: "Type delete to confirm", type: "text", autoComplete: "off" },
          ]}
        />
      </section>
    </div>
  );
}
