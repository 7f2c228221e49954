// The role rule: learner < author < admin, and a minimum admits everyone at or above it.
import { describe, expect, test } from "vitest";
import { hasRole, RoleSchema, type Role } from "@/lib/domain/auth/roles";

describe("hasRole", () => {
  test.each<{ role: Role; min: Role; expected: boolean }>([
    { role: "learner", min: "learner", expected: true },
    { role: "learner", min: "author", expected: false },
    { role: "learner", min: "admin", expected: false },
    { role: "author", min: "learner", expected: true },
    { role: "author", min: "author", expected: true },
    { role: "author", min: "admin", expected: false },
    { role: "admin", min: "learner", expected: true },
    { role: "admin", min: "author", expected: true },
    { role: "admin", min: "admin", expected: true },
  ])("a $role is at least $min: $expected", ({ role, min, expected }) => {
    expect(hasRole({ role }, min)).toBe(expected);
  });
});

describe("RoleSchema", () => {
  test.each([
    { input: "author", ok: true },
    { input: "admin", ok: true },
    { input: "learner", ok: true },
    { input: "Admin", ok: false },
    { input: "owner", ok: false },
    { input: "", ok: false },
  ])("$input: $ok", ({ input, ok }) => {
    expect(RoleSchema.safeParse(input).success).toBe(ok);
  });
});
