// What the benchmarks need around a server they run themselves: the command
// that serves the current build as `npm start` does, a free port on
// 127.0.0.1, waiting until a URL answers (or the server has exited), and
// stopping the server's process group.
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/**
 * The command that serves the current build on host:port the way `npm start`
 * does (Recall's edge server around Next.js: scripts/serve.ts), without
 * migrating or building. BENCH_SERVER=next serves it with a bare `next start`
 * instead, to measure what the edge server costs.
 */
export function serveCommand(host: string, port: number): { command: string; args: string[]; label: string } {
  if (process.env.BENCH_SERVER === "next") {
    return { command: path.join(process.cwd(), "node_modules", ".bin", "next"), args: ["start", "-H", host, "-p", String(port)], label: "next start" };
  }
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open it in Chrome's DevTools).
  const profile = process.env.BENCH_CPU_PROF;
  if (profile) return { command: process.execPath, args: ["--cpu-prof", "--cpu-prof-dir", path.resolve(profile), "--import", "tsx", "scripts/serve.ts"], label: `scripts/serve.ts, CPU profile to ${profile}` };
  return { command: process.execPath, args: [path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs"), "scripts/serve.ts"], label: "scripts/serve.ts" };
}

/** The environment for serveCommand's process. */
export function serveEnv(host: string, port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra, HOSTNAME: host, PORT: String(port), NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Resolves once `url` answers 2xx; throws with the server's log when it exits or 60 s pass. */
export async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer ${url} within 60 s:\n${log()}`);
}

/** Stops a process started with `detached: true`, and everything it started. */
export function stopGroup(child: ChildProcess | undefined): void {
  if (!child?.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}
