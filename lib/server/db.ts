import "server-only";
// The app's one Prisma client (kept on globalThis so dev reloads reuse it).
import { env } from "@/lib/server/env";
import { createPrismaClient, type PrismaClient } from "@/lib/server/prisma-client";

const globalForDb = globalThis as unknown as { recallDb?: PrismaClient };

export const db: PrismaClient = globalForDb.recallDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.recallDb = db;

export type Db = PrismaClient;
