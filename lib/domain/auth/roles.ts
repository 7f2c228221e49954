// Owns the role rule: who may use what. Roles are ordered, learner < author <
// admin, and a minimum role admits everyone at or above it. Every page and
// mutation that needs a role asks hasRole; nothing compares role names itself.
import { z } from "@/lib/domain/zod";

export const ROLES = ["learner", "author", "admin"] as const;
export type Role = (typeof ROLES)[number];
/** A role something can require: every user is at least a learner, so requiring "learner" would say nothing. */
export type MinRole = Exclude<Role, "learner">;

export const RoleSchema = z.enum(ROLES, { message: "unknown role; expected learner, author or admin" });

const RANK: Record<Role, number> = { learner: 0, author: 1, admin: 2 };

/** Whether `user` is at least `min`. */
export function hasRole(user: { role: Role }, min: Role): boolean {
  return RANK[user.role] >= RANK[min];
}
