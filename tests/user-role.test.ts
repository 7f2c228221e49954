// npm run user:role -- <email> <role>, run as a process against a throwaway
// database (SQLite, or PostgreSQL under npm run test:pg).
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDb, type TestDb } from "./helpers/test-db";

const ROOT = path.resolve(__dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SCRIPT = path.join(ROOT, "scripts", "user-role.ts");

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
const roleOf = async (email: string) => (await t.db.user.findUniqueOrThrow({ where: { email }, select: { role: true } })).role;

beforeAll(async () => {
  t = await createTestDb();
  await t.db.user.create({ data: { kind: "account", email: "ada@example.com" } });
  await t.db.user.create({ data: { kind: "account", email: "grace@example.com" } });
});
afterAll(async () => {
  await t.cleanup();
});

describe("scripts/user-role.ts", () => {
  test("sets the role of the account with that email, matched trimmed and lower-cased, in one line", async () => {
    const r = await run(["  Ada@Example.COM ", "author"]);
    expect(r).toEqual({ code: 0, stdout: "user:role: ada@example.com is now author (was learner)\n", stderr: "" });
    expect(await roleOf("ada@example.com")).toBe("author");
    expect(await roleOf("grace@example.com")).toBe("learner");
  });

  test("the same role again says so and changes nothing", async () => {
    const r = await run(["ada@example.com", "author"]);
    expect(r).toMatchObject({ code: 0, stdout: "user:role: ada@example.com is already author\n" });
    expect(await roleOf("ada@example.com")).toBe("author");
  });

  test.each([
    { label: "an unknown email", args: ["nobody@example.com", "admin"], message: "user:role: no account with that email\n" },
    { label: "not an email", args: ["grace", "admin"], message: "user:role: That does not look like an email address.\n" },
    { label: "an unknown role", args: ["grace@example.com", "owner"], message: "user:role: unknown role; expected learner, author or admin\n" },
    { label: "a role in capitals", args: ["grace@example.com", "Admin"], message: "user:role: unknown role; expected learner, author or admin\n" },
    { label: "no role", args: ["grace@example.com"], message: expect.stringMatching(/^user:role: expected an email and a role, got 1 argument/) },
    { label: "too many", args: ["grace@example.com", "admin", "now"], message: expect.stringMatching(/^user:role: expected an email and a role, got 3 arguments/) },
  ])("$label: one line on stderr, exit 2, nothing changed", async ({ args, message }) => {
    const r = await run(args);
    expect(r).toEqual({ code: 2, stdout: "", stderr: message });
    expect(await roleOf("grace@example.com")).toBe("learner");
  });
});
