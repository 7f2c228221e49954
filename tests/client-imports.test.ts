// The study pages' browser code stays light: no client component outside
// the authoring pages may reach zod, ts-fsrs, d3 or recharts through its
// static imports (bench:pages measures the bytes; this
// keeps it so between runs). The report button once imported its reasons from
// the module holding the editor's zod schemas, and the quiz and review pages
// grew from ~140 to 234 KB of script. The walk follows value imports (not
// `import type`) from each "use client" entry, through the repo's own files;
// a "use server" module is a reference in the browser, so it is not entered.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.join(__dirname, "..");
const HEAVY = ["zod", "ts-fsrs", "d3-scale", "d3-shape", "recharts"];
/** Authoring and import pages check a whole question or file in the browser with the server's own zod schemas, on purpose. */
const AUTHORING = ["components/editor/", "components/exchange/", "components/articles/import-form.tsx", "components/article/manage-forms.tsx"];
/** Every "use client" file outside the authoring pages. */
const ENTRIES = readdirSync(ROOT, { recursive: true, encoding: "utf8" })
  .filter((f) => /^(app|components)\/.*\.tsx?$/.test(f) && !AUTHORING.some((a) => f.startsWith(a)))
  .filter((f) => /^\s*["']use client["']/.test(readFileSync(path.join(ROOT, f), "utf8")))
  .sort();

function resolveLocal(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** The packages each file reached from `entry` imports, with the chain that leads there. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (file !== entry && /^\s*["']use server["']/m.test(source.slice(0, 400))) return;
    // Value imports and re-exports; `import type` / `export type` are erased.
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
      const spec = m[1]!;
      const here = [...chain, path.relative(ROOT, file)];
      if (spec.startsWith(".") || spec.startsWith("@/")) {
        const next = resolveLocal(file, spec);
        if (next) walk(next, here);
      } else {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
        if (!reached.has(name)) reached.set(name, [...here, spec]);
      }
    }
  };
  walk(entry, []);
  return reached;
}

describe("the study pages' client code", () => {
  test("the walk finds the study pages' entries and follows their imports", () => {
    expect(ENTRIES).toEqual(expect.arrayContaining(["components/quiz/quiz-runner.tsx", "components/review/review-session.tsx", "components/report/report-problem.tsx"]));
    const runner = packagesReached(path.join(ROOT, "components/quiz/quiz-runner.tsx"));
    expect(runner.has("react")).toBe(true);
  });

  test.each(ENTRIES)("%s reaches no heavy package", (entry) => {
    const reached = packagesReached(path.join(ROOT, entry));
    const heavy = HEAVY.filter((p) => reached.has(p)).map((p) => `${p}: ${reached.get(p)!.join(" -> ")}`);
    expect(heavy).toEqual([]);
  });
});
