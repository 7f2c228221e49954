// Runs a project command (node_modules/.bin/<bin>) with inherited stdio and
// fails loudly, naming the command, if it exits non-zero.
import { spawnSync } from "node:child_process";
import path from "node:path";

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.error) throw new Error(`could not run ${path.basename(command)}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
  }
}
