import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { applyMigrations } from "../helpers/test-db";

const ROOT = path.resolve(__dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "generate.ts");
const SEED = path.join(ROOT, "seeds", "articles", "shusha-declaration.md");
const dir = mkdtempSync(path.join(tmpdir(), "recall-gen-"));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, ["--conditions=react-server", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe("scripts/generate.ts", () => {
  test("--json --dry-run prints only JSON with article, questions and stats", () => {
    const r = run([SEED, "--json", "--dry-run"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      article: { slug: string; date: string; wordCount: number };
      questions: { key: string; kind: string; evidence: { text: string; start: number; end: number }; status: string; rejectReasons: string[] }[];
      stats: { active: number };
    };
    expect(out.article.slug).toBe("shusha-declaration");
    expect(out.article.date).toBe("2025-06-15");
    expect(out.article.wordCount).toBeGreaterThan(700);
    expect(out.stats.active).toBeGreaterThanOrEqual(60);
    const q = out.questions[0]!;
    expect(Object.keys(q)).toEqual(expect.arrayContaining(["key", "kind", "prompt", "answer", "acceptedAnswers", "choices", "items", "pairs", "explanation", "evidence", "score", "status", "rejectReasons"]));
  });

  test("a plain text file with a date header line works and takes its slug from the file name", () => {
    const p = file("my-article.txt", "date 2024-03-08\nResearchers at the Woods Hole Oceanographic Institution (WHOI) found vents in 1977 near the Galápagos Islands.\n");
    const r = run([p, "--json", "--dry-run"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { article: { slug: string; date: string } };
    expect(out.article).toMatchObject({ slug: "my-article", date: "2024-03-08" });
  });

  test("without --json prints a summary table", () => {
    const r = run([SEED, "--dry-run"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/multiple_choice\s+\d+\s+\d+/);
    expect(r.stdout).toMatch(/rejection reason/);
  });

  test.each([
    { label: "missing file", args: () => [path.join(dir, "nope.md"), "--dry-run"], message: /no such file/ },
    { label: "empty file", args: () => [file("empty.md", ""), "--dry-run"], message: /is empty/ },
    { label: "only front matter", args: () => [file("fm.md", "---\ntitle: x\n---\n"), "--dry-run"], message: /no article text/ },
    { label: "binary file", args: () => [file("bin.txt", Buffer.from([0x61, 0x00, 0x62])), "--dry-run"], message: /binary/ },
    { label: "invalid UTF-8", args: () => [file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61])), "--dry-run"], message: /UTF-8/ },
    { label: "too long", args: () => [file("long.txt", "word ".repeat(200_001)), "--dry-run"], message: /too long/ },
    { label: "bad date in front matter", args: () => [file("bad.md", "---\ndate: 2025-13-45\n---\nText here.\n"), "--dry-run"], message: /date/ },
    { label: "no file argument", args: () => ["--dry-run"], message: /missing article file/ },
    { label: "unknown option", args: () => [SEED, "--frobnicate"], message: /unknown option/ },
  ])("$label: one line on stderr, exit code 2", ({ args, message }) => {
    const r = run(args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  describe("writing to the database", () => {
    const dbDir = mkdtempSync(path.join(tmpdir(), "recall-gen-db-"));
    const dbFile = path.join(dbDir, "gen.db");
    applyMigrations(dbFile);
    const env = { DATABASE_URL: `file:${dbFile}` };
    const count = (sql: string) => {
      const sqlite = new Database(dbFile, { readonly: true });
      try {
        return (sqlite.prepare(sql).get() as { n: number }).n;
      } finally {
        sqlite.close();
      }
    };

    test("without --dry-run the article and every generated question are written; a rerun changes nothing", () => {
      const r = run([SEED], env);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^generate: wrote shusha-declaration \(article created\): \d+ created, 0 updated, 0 unchanged, 0 retired$/m);
      const active = count("SELECT count(*) AS n FROM Question WHERE origin = 'generated' AND status = 'active'");
      expect(active).toBeGreaterThanOrEqual(60);
      expect(count("SELECT count(*) AS n FROM Question WHERE origin = 'generated' AND status = 'draft' AND rejectReasons IS NOT NULL")).toBeGreaterThan(0);
      expect(count("SELECT count(*) AS n FROM Question WHERE generatorVersion IS NULL")).toBe(0);
      expect(count("SELECT count(*) AS n FROM Sentence")).toBe(30);
      const again = run([SEED, "--json"], env);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout).stats.active).toBe(active);
      expect(again.stderr).toMatch(/0 created, 0 updated, \d+ unchanged, 0 retired/);
    });

    test("bad input without --dry-run writes nothing", () => {
      const before = count("SELECT count(*) AS n FROM Question");
      const r = run([file("empty2.md", "")], env);
      expect(r.code).toBe(2);
      expect(count("SELECT count(*) AS n FROM Question")).toBe(before);
    });

    test("a database without tables gets a clear message", () => {
      const r = run([SEED], { DATABASE_URL: `file:${path.join(dbDir, "blank.db")}` });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/run npm run db:migrate/);
    });
  });
});
