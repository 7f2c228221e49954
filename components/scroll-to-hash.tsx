"use client";
// The reader streams in behind a loading skeleton, so the browser's own jump
// to #s-<n> happens before that sentence exists. Once the article is on
// screen, bring the addressed sentence into view (centred) and move focus to
// it so keyboard and screen-reader users land there too.
import { useEffect } from "react";

export function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, []);
  return null;
}
