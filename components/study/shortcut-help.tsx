"use client";
// The "?" overview of a study page's keyboard shortcuts: a modal dialog that
// Escape (or its button) closes, returning focus where it was.
import { useEffect, useRef } from "react";

export type ShortcutGroup = { title: string; items: { keys: string; action: string }[] };

export function ShortcutHelp({ groups }: { groups: ShortcutGroup[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return;
      const tag = (event.target as HTMLElement | null)?.tagName ?? "";
      if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return;
      event.preventDefault();
      open();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  function open() {
    if (!dialog.current || dialog.current.open) return;
    opener.current = document.activeElement;
    dialog.current.showModal();
  }
  return (
    <>
      <button type="button" onClick={open} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm text-stone-700 underline dark:text-stone-300" aria-haspopup="dialog">
        Keyboard shortcuts <kbd className="ml-1">?</kbd>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        onClose={() => (opener.current as HTMLElement | null)?.focus?.()}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-6 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <h2 id="shortcuts-title" className="text-xl font-semibold">
          Keyboard shortcuts
        </h2>
        {groups.map((g) => (
          <section key={g.title} className="mt-4">
            <h3 className="font-medium">{g.title}</h3>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {g.items.map((item) => (
                <div key={item.keys + item.action} className="contents">
                  <dt>
                    <kbd className="rounded border border-stone-300 px-1.5 font-mono dark:border-stone-600">{item.keys}</kbd>
                  </dt>
                  <dd>{item.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <form method="dialog" className="mt-6">
          <button className="min-h-11 rounded-lg bg-stone-900 px-5 font-medium text-white dark:bg-amber-300 dark:text-stone-950" autoFocus>
            Close <kbd className="ml-1 text-xs opacity-80">Esc</kbd>
          </button>
        </form>
      </dialog>
    </>
  );
}
