import { describe, expect, test } from "vitest";
import { nextPathOf, withNext } from "@/lib/domain/auth/next-path";

describe("nextPathOf: only a path on this site", () => {
  test.each([
    ["/articles/new", "/articles/new"],
    ["/articles/x/quiz?size=10", "/articles/x/quiz?size=10"],
    [["/account", "/other"], "/account"],
    ["//evil.example/x", null],
    ["https://evil.example/", null],
    ["/\\evil.example", null],
    ["/a b", null],
    ["articles/new", null],
    ["", null],
    [undefined, null],
    [`/${"a".repeat(250)}`, null],
  ])("%j -> %j", (raw, expected) => {
    expect(nextPathOf(raw)).toBe(expected);
  });
});

test("withNext adds ?next= only when there is somewhere to go back to", () => {
  expect(withNext("/sign-up", "/articles/new")).toBe("/sign-up?next=%2Farticles%2Fnew");
  expect(withNext("/sign-up", "/")).toBe("/sign-up");
  expect(withNext("/sign-up", null)).toBe("/sign-up");
});
