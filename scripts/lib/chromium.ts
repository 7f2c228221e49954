// Owns how Recall drives Debian's Chromium (the browser journeys and the page
// benchmark): where it is, and the flags PLATFORM.md asks for; without the
// networking ones it floods the closed network with refused connections.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for every launch; playwright adds --headless itself, Lighthouse's launcher needs it listed. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
