"use client";
// The one keyboard hook of the study pages (quiz and review): each page or
// input component lists its shortcuts, and this decides when a key press is
// theirs. Letters and digits belong to a text field or select that has focus;
// Enter and Space on a button or link activate that control instead.
import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * Runs before the browser handles the next key press (a layout effect), so a key pressed the moment a new state is on
 * screen meets that state's bindings: an Enter right as the feedback appears goes on, where it had re-sent the answer
 * with the old bindings (a browser journey caught it once). On the server, a plain effect (never run there).
 */
export const useBeforeNextKey = typeof window === "undefined" ? useEffect : useLayoutEffect;

export type KeyBinding = {
  /** `event.key` values, lower-cased: "enter", " ", "arrowright", "1", "y". */
  keys: readonly string[];
  run: (event: KeyboardEvent) => void;
  /** Also fire while a text field or select has focus (e.g. Enter to submit from a select). */
  inFields?: boolean;
  /** Needs the Alt key held (and fires only then). */
  alt?: boolean;
  /** Needs Ctrl or ⌘ held (and fires only then). */
  ctrl?: boolean;
};

const FIELDS = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const CONTROLS = new Set(["BUTTON", "A", "SUMMARY"]);

/** Whether a key press belongs to `binding`; exported for tests of the rules. */
export function keyMatches(binding: KeyBinding, event: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey">, target: { tagName: string } | null): boolean {
  const key = event.key.toLowerCase();
  if (!binding.keys.includes(key)) return false;
  if (!!binding.alt !== event.altKey) return false;
  if (!!binding.ctrl !== (event.ctrlKey || event.metaKey)) return false;
  const tag = target?.tagName ?? "";
  if (FIELDS.has(tag) && !binding.inFields) return false;
  if (CONTROLS.has(tag) && (key === "enter" || key === " ")) return false;
  return true;
}

/** Listens for `bindings` on the window while mounted; the first match handles the key. */
export function useStudyKeys(bindings: readonly KeyBinding[], enabled = true): void {
  const current = useRef(bindings);
  useBeforeNextKey(() => {
    current.current = bindings;
  });
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      if (document.querySelector("dialog[open]")) return; // the shortcut overview is open
      const target = event.target as HTMLElement | null;
      const binding = current.current.find((b) => keyMatches(b, event, target));
      if (!binding) return;
      event.preventDefault();
      binding.run(event);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
