// Owns "can React decode this server-action body?", answered before Next.js
// tries to. React's decodeReply throws on a body it cannot decode (not JSON,
// a reference to a part that is not there, a reference cycle, nesting deep
// enough to overflow the stack), and Next.js then answers 500 and logs a
// stack trace. This screen accepts exactly what React's encodeReply writes for
// the values Recall's actions take (plain objects and FormData), and refuses
// the rest with a reason, so such requests get a 400 instead.
//
// The format (react-server-dom-*/cjs/*-client.*.js processReply): part "0"
// (prefixed, for a form submitted without scripts: "$ACTION_<n>:0") is the
// JSON of the arguments; a string that starts with "$" is special:
//   "$$…"                        a string that starts with "$"
//   "$undefined" "$NaN" "$Infinity" "$-Infinity" "$-0"  "$D<date>"  "$n<digits>"
//   "$T"                         an opaque temporary reference (a value the server only passes back)
//   "$<hex>"                     another part, decoded as a model
//   "$<hex>:<key>:…"             an object written earlier in the same reply (a repeated object)
//   "$@<hex>" "$Q<hex>" "$W<hex>" "$i<hex>" "$h<hex>"  a promise, Map, Set, iterator or server reference, from another part
//   "$K<hex>"                    a FormData, from the fields named "<prefix>_<hex>_…"
// Blobs, typed arrays and streams ("$B", "$A", "$R", …) are refused: no
// Recall action takes one.

export type ScreenResult = { ok: true } | { ok: false; reason: string };

/** Deeper than any real argument (Recall's deepest is a matching answer: 4 levels); far below what overflows React's recursive revival. */
export const MAX_DEPTH = 64;
/** React refuses replies whose arrays hold more than 1e6 slots (strings count by length); stay well below. */
export const MAX_SLOTS = 500_000;

const VALUE_STRINGS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0", "$T"]);
const PART_TAGS = new Set(["@", "Q", "W", "i", "h"]);
const ARRAY_PART_TAGS = new Set(["Q", "W", "i"]);
/** React's tags for blobs, typed arrays and streams; "A" and "B" must be caught before a reference is read as hex. */
const UNSUPPORTED_TAGS = new Set([..."AOoUSsLlGgMmVBRrXxH"]);

/** A reply's fields: strings (models, FormData entries) or files. */
export type ReplyFields = ReadonlyMap<string, string | "file">;

class Refused extends Error {}
const refuse = (reason: string): never => {
  throw new Refused(reason);
};

/** The deepest bracket nesting of a JSON text, found without parsing it (so 10,000 levels cost a scan, not a stack). */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) deepest = Math.max(deepest, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return deepest;
}

const isHex = (s: string) => /^[0-9a-f]+$/i.test(s);
const isContainer = (v: unknown): v is object => typeof v === "object" && v !== null;

/**
 * Walks a reply from its root part. `knownActions` are this build's action
 * ids: a server reference ("$h") to any other id would make React throw.
 */
export function screenReply(fields: ReplyFields, prefix: string, knownActions: ReadonlySet<string>): ScreenResult {
  const parsed = new Map<number, unknown>();
  const onStack = new Set<number>();
  const ancestors = new Set<object>();
  let slots = 0;

  const count = (n: number) => {
    slots += n;
    if (slots > MAX_SLOTS) refuse("server action payload too large to decode");
  };

  const partText = (id: number): string => {
    // References name parts in hex; the fields are named in decimal.
    const field = fields.get(prefix + String(id));
    if (typeof field !== "string") return refuse(`server action payload refers to a missing part (${id})`);
    return field;
  };

  const visitPart = (id: number, depth: number): unknown => {
    if (onStack.has(id)) refuse("server action payload refers to itself");
    const text = partText(id);
    if (depth + jsonNestingDepth(text) > MAX_DEPTH) refuse(`server action payload nests deeper than ${MAX_DEPTH} levels`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return refuse("server action payload is not JSON");
    }
    parsed.set(id, value);
    onStack.add(id);
    walk(value, depth);
    onStack.delete(id);
    return value;
  };

  /** "$<id>:<key>:…": an object already written in that part, not one that contains the reference (a cycle). */
  const resolvePath = (id: number, path: string[]): void => {
    if (!parsed.has(id)) refuse("server action payload refers to an object before it is written");
    let target = parsed.get(id);
    for (const key of path) {
      if (!isContainer(target) || !Object.prototype.hasOwnProperty.call(target, key)) return refuse("server action payload has an invalid reference");
      target = (target as Record<string, unknown>)[key];
    }
    if (!isContainer(target) || ancestors.has(target)) refuse("server action payload has an invalid reference");
    count(JSON.stringify(target).length);
  };

  const walkString = (s: string, depth: number): void => {
    if (s[0] !== "$") return count(s.length);
    if (s[1] === "$" || VALUE_STRINGS.has(s)) return count(s.length);
    const tag = s[1] ?? "";
    const rest = s.slice(2);
    if (tag === "D") return count(s.length);
    if (tag === "n") {
      if (!/^-?\d{1,300}$/.test(rest)) refuse("server action payload has an invalid number");
      return count(rest.length);
    }
    if (tag === "K") {
      if (!isHex(rest) || parseInt(rest, 16) === 0) refuse("server action payload has an invalid form reference");
      return;
    }
    if (PART_TAGS.has(tag)) {
      if (!isHex(rest)) return refuse("server action payload has an invalid reference");
      const value = visitPart(parseInt(rest, 16), depth);
      if (ARRAY_PART_TAGS.has(tag) && !Array.isArray(value)) refuse("server action payload has an invalid collection");
      if (tag === "h") {
        const id = isContainer(value) ? (value as { id?: unknown }).id : undefined;
        if (typeof id !== "string" || !knownActions.has(id)) refuse("server action payload refers to an unknown action");
      }
      return;
    }
    if (UNSUPPORTED_TAGS.has(tag)) return refuse("server action payload has an unsupported reference");
    const [head = "", ...path] = s.slice(1).split(":");
    if (!isHex(head)) return refuse("server action payload has an unsupported reference");
    const id = parseInt(head, 16);
    if (path.length === 0) visitPart(id, depth);
    else resolvePath(id, path);
  };

  function walk(value: unknown, depth: number): void {
    if (typeof value === "string") return walkString(value, depth);
    if (!isContainer(value)) return;
    if (depth + 1 > MAX_DEPTH) refuse(`server action payload nests deeper than ${MAX_DEPTH} levels`);
    ancestors.add(value);
    const items = Array.isArray(value) ? value : Object.values(value);
    if (Array.isArray(value)) count(value.length);
    for (const item of items) walk(item, depth + 1);
    ancestors.delete(value);
  }

  try {
    visitPart(0, 0);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

/**
 * A form submitted before scripts ran names its action in $ACTION_ID_<id>
 * (no bound arguments) or $ACTION_REF_<n> with the reply "$ACTION_<n>:0" =
 * {"id", "bound"}; see Next.js's areAllActionIdsValid and React's decodeAction.
 * A multipart POST with no such field is not an action: Next.js renders the page.
 */
export function screenFormAction(fields: ReplyFields, knownActions: ReadonlySet<string>): ScreenResult {
  for (const key of fields.keys()) {
    if (key.startsWith("$ACTION_ID_")) {
      if (!knownActions.has(key.slice("$ACTION_ID_".length))) return { ok: false, reason: "unknown server action" };
    } else if (key.startsWith("$ACTION_REF_")) {
      const reply = screenReply(fields, `$ACTION_${key.slice("$ACTION_REF_".length)}:`, knownActions);
      if (!reply.ok) return reply;
      const meta = JSON.parse(fields.get(`$ACTION_${key.slice("$ACTION_REF_".length)}:0`) as string) as { id?: unknown };
      if (typeof meta?.id !== "string" || !knownActions.has(meta.id)) return { ok: false, reason: "unknown server action" };
    }
  }
  return { ok: true };
}

/** A fetch action's body: one JSON text (encodeReply's string form), or multipart fields. */
export function screenFetchAction(body: string | ReplyFields, knownActions: ReadonlySet<string>): ScreenResult {
  return screenReply(typeof body === "string" ? new Map([["0", body]]) : body, "", knownActions);
}
