// Starts Recall the way a user does (npm start: migrate, seed, build if
// needed, serve) on a throwaway database and a free port, for the browser
// journeys; stops it afterwards. The server's output is also written to a
// file the journeys can read (what a refused request logged).
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

let server: ChildProcess | undefined;
let dir: string | undefined;

async function waitForServer(url: string, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`the server exited with ${server.exitCode} before answering:\n${log()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000}s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 3217);
  dir = mkdtempSync(path.join(tmpdir(), "recall-e2e-"));
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  const logFile = path.join(dir, "server.log");
  server = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, "e2e.db")}`, NEXT_TELEMETRY_DISABLED: "1", IMPORT_ALLOW_PRIVATE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  for (const stream of [server.stdout!, server.stderr!]) {
    stream.on("data", (d) => {
      output += d;
      appendFileSync(logFile, d);
    });
  }
  await waitForServer(baseURL, 300_000, () => output.slice(-4000));
  project.provide("baseURL", baseURL);
  project.provide("dbFile", path.join(dir, "e2e.db"));
  project.provide("serverLog", logFile);

  return async () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's SQLite file, for tests that check what was stored. */
    dbFile: string;
    /** Everything the server has printed so far (stdout and stderr). */
    serverLog: string;
  }
}
