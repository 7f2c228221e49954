// Liveness: the server answers and its database does too (one `select 1`).
// Never cached; 503 when the database does not answer.
import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(): Promise<Response> {
  try {
    await db.$queryRaw`select 1`;
    return Response.json({ ok: true }, { headers: NO_STORE });
  } catch {
    return Response.json({ ok: false }, { status: 503, headers: NO_STORE });
  }
}
