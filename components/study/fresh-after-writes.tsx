"use client";
// Owns freshness after the study writes that answer with their own data
// instead of a render of the page (the review actions, see
// lib/server/actions/review.ts). Such a write revalidates nothing, so the
// router still holds, for Back and Forward, the pages it rendered before it
// and would show them as they were: a card already graded, the card browser
// without the new flag. The first Back or Forward after a write refreshes the
// page it lands on, which also drops every other page kept from before; a page
// that can tell it was read before the last write (the review screen) waits
// for that refresh rather than show what it has. A tab's writes only: another
// tab's are caught by the stale-card check.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Router = ReturnType<typeof useRouter>;

/** The server's time of this tab's newest study write, in ms since the epoch. */
let lastWriteAt = -Infinity;
/** Writes so far, and how many of them the last refresh came after. */
let writes = 0;
let refreshedAfter = 0;

/** Called with the server's time of a write that succeeded (the answer's view time). */
export function noteStudyWrite(atIso: string): void {
  lastWriteAt = Math.max(lastWriteAt, Date.parse(atIso));
  writes++;
}

/** Whether data the server read at `atIso` is from before this tab's last study write. */
export function readBeforeLastWrite(atIso: string): boolean {
  return Date.parse(atIso) < lastWriteAt;
}

/** Refreshes the current page, unless a refresh was already asked for after the last write. */
export function refreshAfterWrites(router: Router): void {
  if (refreshedAfter === writes) return;
  refreshedAfter = writes;
  router.refresh();
}

/** Mounted once, in the root layout: after a write, Back or Forward refreshes the page that comes back. */
export function FreshAfterWrites() {
  const router = useRouter();
  useEffect(() => {
    // After the router's own popstate handler has restored the page, so that the refresh is of that page.
    const onPopState = () => setTimeout(() => refreshAfterWrites(router), 0);
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [router]);
  return null;
}
