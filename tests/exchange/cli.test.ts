// npm run questions -- export|import, run as a process against a throwaway
// database (SQLite, or PostgreSQL under npm run test:pg): an export imported
// back changes nothing; a file with a problem prints its line and field and
// exits 2 with nothing written; bad arguments exit 2 with one line.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createTestDb, type TestDb } from "../helpers/test-db";

const ROOT = path.resolve(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "questions.ts");
const dir = mkdtempSync(path.join(tmpdir(), "recall-questions-cli-"));

let t: TestDb;

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["--conditions=react-server", SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: t.url } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(ROOT, "tests", "fixtures", "seed-quiz"));
});
afterAll(async () => t?.cleanup());

describe("scripts/questions.ts", () => {
  test("exports GIFT to a file, saying what GIFT left out, and imports it back unchanged", async () => {
    const out = path.join(dir, "tiny.gift.txt");
    const exported = await run(["export", "tiny", "--format", "gift", "--out", out]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/^questions: exported \d+ questions of tiny as gift to .*; left out \d+ \(.*ordering.*\)/);
    expect(readFileSync(out, "utf8")).toContain("::q-mc::");
    const imported = await run(["import", "tiny", out]);
    expect(imported).toMatchObject({ code: 0, stderr: "" });
    expect(imported.stdout).toMatch(/^questions: nothing to write: 0 new, 0 updated, \d+ unchanged \(gift\)\n$/);
  });

  test("a file with a problem: each problem on its line, exit 2, nothing written", async () => {
    const file = path.join(dir, "bad.gift.txt");
    writeFileSync(file, "::cli-new::Who worked with Charles Babbage?{=Ada Lovelace}\n\n::cli-bad::Pick {=1843 =1833 ~1853}\n");
    const before = await t.db.question.count();
    const r = await run(["import", "tiny", file, "--format", "gift"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`questions: ${file}: line 3, choices: a multiple choice question needs exactly one right answer (=), found 2\nquestions: nothing was imported: 1 problem (gift)\n`);
    expect(await t.db.question.count()).toBe(before);
  });

  test("--dry-run checks without writing", async () => {
    const file = path.join(dir, "new.gift.txt");
    writeFileSync(file, "::cli-dry::Who worked with Charles Babbage?{=Ada Lovelace}\n");
    const r = await run(["import", "tiny", file, "--dry-run"]);
    expect(r.stdout).toBe("questions: checked (dry run, nothing written): 1 new, 0 updated, 0 unchanged (gift)\n  + line 1: cli-dry\n");
    expect(await t.db.question.findUnique({ where: { key: "cli-dry" } })).toBeNull();
  });

  test.each([
    { label: "an unknown format", args: ["export", "tiny", "--format", "xml"], line: "questions: --format must be anki, gift or json\n" },
    { label: "an unknown article", args: ["export", "missing", "--format", "json"], line: 'questions: no article "missing"\n' },
    { label: "no file", args: ["import", "tiny"], line: "questions: missing the file to import\n" },
    { label: "a missing file", args: ["import", "tiny", "/nonexistent/file.json"], line: "questions: cannot read /nonexistent/file.json: no such file\n" },
    { label: "an unknown command", args: ["publish", "tiny"], line: 'questions: expected "export" or "import", got "publish"\n' },
  ])("$label: exit 2 with one line", async ({ args, line }) => {
    const r = await run(args);
    expect(r).toEqual({ code: 2, stdout: "", stderr: line });
  });
});
