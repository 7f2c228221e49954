import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "measure", "generator.ts");

function run(args: string[]) {
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run measure:generator refuses bad arguments before reading anything", () => {
  test.each([
    { label: "an unknown flag", args: ["--bogus"], line: "measure:generator: unknown argument: --bogus (use --out <dir>, --show <slug>)\n" },
    { label: "--out without a folder", args: ["--out"], line: "measure:generator: --out needs a folder\n" },
    { label: "--show followed by a flag", args: ["--show", "--out", "x"], line: "measure:generator: --show needs part of a text's name\n" },
    { label: "a repeated flag", args: ["--out", "a", "--out", "b"], line: "measure:generator: --out given twice\n" },
  ])("$label: one line on stderr, exit 2, nothing printed", ({ args, line }) => {
    expect(run(args)).toEqual({ code: 2, stdout: "", stderr: line });
  });
});
