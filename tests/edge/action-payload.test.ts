// The server-action body screen (scripts/lib/edge/action-payload.ts): what
// React's encodeReply writes for Recall-shaped arguments passes; what React's
// decodeReply cannot decode (or what Recall never sends) is refused with a
// reason. The encodings and the decodes come from the React that Next.js
// ships (its compiled react-server-dom-turbopack), run in child processes:
// the decoder needs the "react-server" condition, the encoder must not have it.
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { jsonNestingDepth, MAX_DEPTH, screenFetchAction, screenFormAction, type ReplyFields } from "@/scripts/lib/edge/action-payload";

const RSDW = "next/dist/compiled/react-server-dom-turbopack/cjs/react-server-dom-turbopack";
const ACTION = "40f202b96d95af9fe9372253c833e866e48fd8a49e";
const known = new Set([ACTION]);

type Encoded = string | [string, string][];

/** React's encodeReply of each JavaScript expression (evaluated in a plain Node process). */
function encodeReply(expressions: string[]): Encoded[] {
  const script = `
    const { encodeReply } = require(${JSON.stringify(`${RSDW}-client.node.production.js`)});
    Promise.all([${expressions.join(",")}].map((v) => encodeReply(v))).then((out) =>
      process.stdout.write(JSON.stringify(out.map((e) => (typeof e === "string" ? e : [...e])))));`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as Encoded[];
}

/** Whether React's decodeReply decodes each body (within a second) or throws. */
function decodesInReact(bodies: Encoded[]): boolean[] {
  const script = `
    const { decodeReply, createTemporaryReferenceSet } = require(${JSON.stringify(`${RSDW}-server.node.production.js`)});
    const bodies = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
    const within = (p) => Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error("hangs")), 1000))]);
    Promise.all(bodies.map(async (b) => {
      const body = typeof b === "string" ? b : b.reduce((form, [k, v]) => (form.append(k, v), form), new FormData());
      try { await within(decodeReply(body, {}, { temporaryReferences: createTemporaryReferenceSet() })); return true; } catch { return false; }
    })).then((r) => { process.stdout.write(JSON.stringify(r)); process.exit(0); });`;
  const out = execFileSync(process.execPath, ["--conditions=react-server", "--stack-size=984", "-e", script], { input: JSON.stringify(bodies), encoding: "utf8" });
  return JSON.parse(out) as boolean[];
}

const screen = (body: Encoded) => screenFetchAction(typeof body === "string" ? body : new Map(body), known);

describe("what React's encodeReply writes for Recall's arguments passes", () => {
  const cases = [
    { label: "an answer", value: `[{ attemptId: "a", questionId: "q", response: "Baku" }]` },
    { label: "a matching answer", value: `[{ attemptId: "a", questionId: "q", response: { pairs: [["x", "y"], ["z", "w"]] } }]` },
    { label: "a grade", value: `[{ questionId: "q", rating: 3, shownAt: new Date(0), expected: undefined }]` },
    { label: "strings that start with $", value: `[{ text: "$5 or $Q0" }]` },
    { label: "numbers React spells out", value: `[NaN, -0, Infinity, -Infinity, 10n]` },
    { label: "one object twice", value: `(() => { const o = { k: 1 }; return [o, { inner: o }]; })()` },
    { label: "useActionState: previous state and FormData", value: `(() => { const f = new FormData(); f.append("slug", "s"); f.append("kinds", "cloze"); f.append("kinds", "matching"); return [{ error: "x" }, f]; })()` },
    { label: "a form action: FormData only", value: `(() => { const f = new FormData(); f.append("id", "c1"); return [f]; })()` },
    { label: "an empty FormData", value: `[new FormData()]` },
    { label: "Map and Set", value: `[new Map([["a", 1]]), new Set([1, 2])]` },
  ];
  const encoded = encodeReply(cases.map((c) => c.value));
  const decoded = decodesInReact(encoded);
  test.each(cases.map((c, i) => ({ ...c, body: encoded[i]!, decodes: decoded[i]! })))("$label", ({ body, decodes }) => {
    expect(decodes).toBe(true);
    expect(screen(body)).toEqual({ ok: true });
  });
});

describe("bodies React cannot decode, or Recall never sends, are refused", () => {
  const deep = "[".repeat(10_000) + "]".repeat(10_000);
  const cases: { label: string; body: Encoded; reason: RegExp; reactDecodes: boolean | null }[] = [
    { label: "not JSON", body: "not json", reason: /not JSON/, reactDecodes: false },
    { label: "empty", body: "", reason: /not JSON/, reactDecodes: false },
    { label: "a Map of itself", body: `["$Q0"]`, reason: /itself/, reactDecodes: false },
    { label: "10,000 levels", body: deep, reason: /deeper than 64/, reactDecodes: false },
    { label: "a part that is not there", body: `["$1"]`, reason: /missing part/, reactDecodes: false },
    { label: "a server reference that is not there", body: `["$h1"]`, reason: /missing part/, reactDecodes: false },
    { label: "$F (old server reference tag: part 15)", body: `["$F"]`, reason: /missing part/, reactDecodes: false },
    { label: "a promise of a missing part", body: `["$@2"]`, reason: /missing part/, reactDecodes: null },
    { label: "a blob", body: `["$B1"]`, reason: /unsupported reference/, reactDecodes: false },
    { label: "a stream", body: `["$R1"]`, reason: /unsupported reference/, reactDecodes: null },
    { label: "a root that refers to itself", body: `["$0"]`, reason: /itself/, reactDecodes: null },
    { label: "a path to a string", body: `["a", "$0:0"]`, reason: /invalid reference/, reactDecodes: null },
    { label: "a path to its own container", body: `{"a": {"b": "$0:a"}}`, reason: /invalid reference/, reactDecodes: null },
    { label: "a path that is not there", body: `[{}, "$0:0:x"]`, reason: /invalid reference/, reactDecodes: null },
    { label: "a bigint of 301 digits", body: `["$n${"1".repeat(301)}"]`, reason: /invalid number/, reactDecodes: false },
    { label: "a Map of a non-array", body: [["1", `{"a":1}`], ["0", `["$Q1"]`]], reason: /invalid collection/, reactDecodes: false },
    { label: "multipart without a root", body: [["1", "[]"]], reason: /missing part \(0\)/, reactDecodes: null },
    { label: "a server reference to an unknown action", body: [["1", `{"id":"x","bound":null}`], ["0", `["$h1"]`]], reason: /unknown action/, reactDecodes: false },
    { label: "a chain of parts deeper than 64", body: [...Array.from({ length: 70 }, (_, i) => [String(i), `["$${(i + 1).toString(16)}"]`] as [string, string]), ["70", "[]"]], reason: /deeper than 64/, reactDecodes: null },
    { label: "a huge string", body: `["${"a".repeat(600_000)}"]`, reason: /too large/, reactDecodes: null },
  ];
  const decoded = decodesInReact(cases.map((c) => c.body));
  test.each(cases.map((c, i) => ({ ...c, decoded: decoded[i]! })))("$label", ({ body, reason, reactDecodes, decoded }) => {
    const result = screen(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
    // Where React's verdict is the point, check it (null: React accepts or hangs, Recall refuses anyway).
    if (reactDecodes !== null) expect(decoded).toBe(reactDecodes);
  });
});

describe("forms submitted before scripts ran ($ACTION_* fields)", () => {
  const fields = (entries: [string, string][]): ReplyFields => new Map(entries);
  test.each([
    { label: "no action fields (not an action)", entries: [["name", "x"]], ok: true },
    { label: "an action without bound arguments", entries: [[`$ACTION_ID_${ACTION}`, ""], ["slug", "s"]], ok: true },
    { label: "useActionState's form", entries: [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${ACTION}","bound":"$@1"}`], ["$ACTION_1:1", `["$undefined"]`], ["$ACTION_KEY", "k0"]], ok: true },
    { label: "an unknown action id", entries: [["$ACTION_ID_4000000000000000000000000000000000000000ff", ""]], ok: false },
    { label: "an unknown id in a reference", entries: [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"nope","bound":null}`]], ok: false },
    { label: "bound arguments that are not there", entries: [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${ACTION}","bound":"$@1"}`]], ok: false },
    { label: "bound arguments that are not JSON", entries: [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${ACTION}","bound":"$@1"}`], ["$ACTION_1:1", "not json"]], ok: false },
  ] as { label: string; entries: [string, string][]; ok: boolean }[])("$label", ({ entries, ok }) => {
    expect(screenFormAction(fields(entries), known).ok).toBe(ok);
  });
});

describe("jsonNestingDepth", () => {
  test.each([
    { text: `1`, expected: 0 },
    { text: `[]`, expected: 1 },
    { text: `[{"a":[1]}]`, expected: 3 },
    { text: `["[[[[", "]]"]`, expected: 1 },
    { text: `["\\"[[["]`, expected: 1 },
    { text: "[".repeat(MAX_DEPTH + 1), expected: MAX_DEPTH + 1 },
  ])("$text", ({ text, expected }) => {
    expect(jsonNestingDepth(text)).toBe(expected);
  });
});
