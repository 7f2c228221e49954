// The zod every domain schema is built with. zod 4 probes whether it may
// compile parsers with eval (`Function("")`) when its first object schema is
// made; in the browser Recall's Content-Security-Policy forbids eval, so the
// probe is refused and reported as a CSP violation (zod falls back either way).
// Turning the compiler off in the browser skips the probe; the server, where
// no policy applies, keeps the compiled parsers. Importing z from here, not
// from "zod", guarantees the setting comes before any schema is made.
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
