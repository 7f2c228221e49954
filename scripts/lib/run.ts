// Runs a project command (node_modules/.bin/<bin>) with inherited stdio and
// fails loudly, naming the command, if it exits non-zero.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

function failure(command: string, args: string[], status: number | null, signal: NodeJS.Signals | null): Error {
  return new Error(`${path.basename(command)} ${args.join(" ")} exited with ${status ?? signal}`);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.error) throw new Error(`could not run ${path.basename(command)}: ${result.error.message}`);
  if (result.status !== 0) throw failure(command, args, result.status, result.signal);
}

/** `run` without blocking the event loop (for work done while a database connection must stay alive). */
export function runAsync(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => reject(new Error(`could not run ${path.basename(command)}: ${error.message}`)));
    child.on("exit", (status, signal) => (status === 0 ? resolve() : reject(failure(command, args, status, signal))));
  });
}
