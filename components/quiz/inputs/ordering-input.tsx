"use client";
// Put in order: drag, or Alt+↑ / Alt+↓ on a focused item, or its buttons.
import { useState } from "react";
import type { KindInput } from "./types";

function moved(list: readonly string[], from: number, to: number): string[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export const orderingInput: KindInput<string[]> = {
  initial: (q) => q.items ?? [],
  toResponse: (order) => ({ response: { kind: "ordering", order } }),
  hasSubmit: true,
  shortcuts: [
    { keys: "Tab", action: "Focus an item" },
    { keys: "Alt+↑ / Alt+↓", action: "Move the focused item" },
  ],
  Component: function OrderingInput({ value, onChange, disabled }) {
    const [dragIndex, setDragIndex] = useState<number | null>(null);
    const move = (from: number, to: number) => onChange(moved(value, from, to));
    const arrow = "min-h-11 min-w-11 rounded-lg text-lg hover:bg-stone-100 disabled:opacity-40 dark:hover:bg-stone-800";
    return (
      <div>
        <p id="ordering-help" className="mb-2 text-sm text-stone-700 dark:text-stone-300">
          Drag the items, or focus one and press Alt+↑ / Alt+↓ (or use its buttons).
        </p>
        <ol className="grid gap-2" aria-describedby="ordering-help" aria-label="Items to order">
          {value.map((item, i) => (
            <li
              key={item}
              tabIndex={disabled ? -1 : 0}
              draggable={!disabled}
              onDragStart={() => setDragIndex(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                if (dragIndex !== null) move(dragIndex, i);
                setDragIndex(null);
              }}
              onKeyDown={(e) => {
                if (disabled || !e.altKey) return;
                if (e.key === "ArrowUp" || e.key === "ArrowDown") {
                  e.preventDefault();
                  const to = e.key === "ArrowUp" ? i - 1 : i + 1;
                  move(i, to);
                  requestAnimationFrame(() => (document.querySelector(`[data-order-index="${to}"]`) as HTMLElement | null)?.focus());
                }
              }}
              data-order-index={i}
              className="flex min-h-12 items-center gap-2 rounded-lg border border-stone-400 bg-white py-1 pl-3 pr-1 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-600 dark:border-stone-500 dark:bg-stone-900"
            >
              <span className="w-6 shrink-0 text-right font-mono text-sm text-stone-700 dark:text-stone-300" aria-hidden="true">
                {i + 1}.
              </span>
              <span className="order-text min-w-0 flex-1">{item}</span>
              <button type="button" disabled={disabled || i === 0} onClick={() => move(i, i - 1)} aria-label={`Move “${item}” up`} className={arrow}>
                ↑
              </button>
              <button type="button" disabled={disabled || i === value.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move “${item}” down`} className={arrow}>
                ↓
              </button>
            </li>
          ))}
        </ol>
      </div>
    );
  },
};
