import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { FreshAfterWrites } from "@/components/study/fresh-after-writes";
import { getViewer } from "@/lib/server/auth";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Recall", template: "%s · Recall" },
  description: "Learn a piece of writing: read it, quiz yourself on it, and review its facts on a spaced-repetition schedule.",
  icons: { icon: "/icon.svg" },
};

// Every page is rendered per request, the not-found page included: the edge
// server (scripts/lib/edge-server.ts) sends a Content-Security-Policy with a
// fresh nonce, and Next.js puts that nonce on its inline scripts only when it
// renders the page for that request. A prerendered page's scripts would carry
// no nonce and the browser would refuse them.
export const dynamic = "force-dynamic";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  return (
    <html lang="en">
      <body className="min-h-dvh bg-stone-50 font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-amber-200 focus:px-3 focus:py-2 focus:text-stone-950"
        >
          Skip to content
        </a>
        <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
          <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 px-2 py-1 sm:gap-x-3">
            <Link href="/" className="inline-flex min-h-11 items-center px-2 text-lg font-semibold tracking-tight">
              Recall
            </Link>
            {[
              ["/", "Articles"],
              // A visitor without a session has no articles of their own yet (the page explains, for whoever types the address).
              ...(viewer.signedIn ? [["/articles", "Your articles"]] : []),
              ["/review", "Review"],
              ["/cards", "Cards"],
              ["/progress", "Progress"],
              ["/settings", "Settings"],
            ].map(([href, label]) => (
              <Link key={href} href={href!} className="inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-sm text-stone-700 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white">
                {label}
              </Link>
            ))}
            <Link
              href={viewer.kind === "account" ? "/account" : "/sign-in"}
              className="ml-auto inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-sm font-medium text-stone-800 hover:text-stone-950 dark:text-stone-200 dark:hover:text-white"
            >
              {viewer.kind === "account" ? "Account" : "Sign in"}
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <FreshAfterWrites />
      </body>
    </html>
  );
}
