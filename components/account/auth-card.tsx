// The frame of the sign-in, sign-up and password pages: a heading, a short
// lead, the form, and links to the neighbouring pages.
import Link from "next/link";

type Notice = { error?: string; done?: string };

/**
 * What a form posted without JavaScript came back with (`?error=` / `?done=`,
 * set by the account route's 303): the same words the script would show.
 */
export function FormNotice({ notice }: { notice: Notice }) {
  if (notice.error) {
    return (
      <p role="alert" className="mb-4 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
        {notice.error.slice(0, 300)}
      </p>
    );
  }
  if (notice.done) {
    return (
      <p role="status" className="mb-4 rounded-lg border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-200">
        {notice.done.slice(0, 300)}
      </p>
    );
  }
  return null;
}

/** The `?error=` / `?done=` of a page's search params, as plain strings. */
export function noticeOf(params: Record<string, string | string[] | undefined>): Notice {
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
  return { error: one(params.error), done: one(params.done) };
}

export function AuthCard({ title, lead, children, links, notice = {} }: { title: string; lead: React.ReactNode; children: React.ReactNode; links: Array<[string, string]>; notice?: Notice }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="mb-6 text-stone-700 dark:text-stone-300">{lead}</p>
      <FormNotice notice={notice} />
      {children}
      <ul className="mt-6 flex flex-wrap gap-x-4 text-sm">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="inline-flex min-h-11 items-center text-stone-800 underline underline-offset-2 hover:text-stone-950 dark:text-stone-200 dark:hover:text-white">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
