import "server-only";
// Owns changing an account's role (npm run user:role). Who may do what is
// lib/domain/auth/roles.ts; this only writes the column.
import type { Db } from "@/lib/server/db";
import type { Role } from "@/lib/domain/auth/roles";

/** Sets the role of the account with this (normalised) email; null when there is none. */
export async function setRoleByEmail(db: Db, email: string, role: Role): Promise<{ id: string; before: Role; after: Role } | null> {
  return db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!found) return null;
    if (found.role !== role) await tx.user.update({ where: { id: found.id }, data: { role } });
    return { id: found.id, before: found.role, after: role };
  });
}
