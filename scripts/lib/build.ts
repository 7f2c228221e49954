// Owns "is .next a build of the current sources?": a hash of every build
// input, stamped into .next after a build, and the build when it is stale.
// Shared by npm start and the HTTP and page benchmarks, so all serve the same build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, run } from "./run";

const BUILD_INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = path.join(".next", "recall-build-stamp");

/** A hash of every file that goes into the build, to tell whether .next is current. */
export function sourceStamp(root = process.cwd()): string {
  const hash = createHash("sha256");
  const visit = (rel: string) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!SKIP.has(name)) visit(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

/** Runs `next build` unless .next already holds a build of these sources; says which it did. */
export function buildIfStale(log: (line: string) => void = console.log, env: NodeJS.ProcessEnv = process.env): "current" | "built" {
  const stamp = sourceStamp();
  const current = existsSync(path.join(".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp;
  if (current) {
    log("recall: the build is current; not rebuilding");
    return "current";
  }
  log("recall: building (no build of the current sources yet)");
  run(bin("next"), ["build"], env);
  writeFileSync(STAMP, stamp);
  return "built";
}
