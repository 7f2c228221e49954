// Owns reading a text file named on a command line (an article for
// `generate`, a question file for `questions import`): it must be a file,
// within a size cap, and valid UTF-8. A refusal is an InputError (the scripts'
// one error for bad command-line input) whose message names the file; the
// scripts print it as one line and exit 2.
import { readFileSync, statSync } from "node:fs";

/** Bad input on a command line: printed as one line, exit code 2. */
export class InputError extends Error {}

export function readTextFile(file: string, options: { maxBytes: number; refuseEmpty?: boolean; refuseBinary?: boolean }): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError(`${file} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read ${file}: no such file`);
  }
  if (options.refuseEmpty && size === 0) throw new InputError(`${file} is empty`);
  if (size > options.maxBytes) throw new InputError(`${file} is too long (${size} bytes; the limit is ${options.maxBytes} bytes)`);
  const buf = readFileSync(file);
  if (options.refuseBinary && buf.includes(0)) throw new InputError(`${file} looks binary (contains NUL bytes)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text`);
  }
}
