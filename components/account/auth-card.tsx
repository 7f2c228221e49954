// The frame of the sign-in, sign-up and password pages: a heading, a short
// lead, the form, and links to the neighbouring pages.
import Link from "next/link";

export function AuthCard({ title, lead, children, links }: { title: string; lead: React.ReactNode; children: React.ReactNode; links: Array<[string, string]> }) {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="mb-6 text-stone-700 dark:text-stone-300">{lead}</p>
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
