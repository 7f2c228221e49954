import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { exportHistoryCsv } from "@/lib/server/data/export";

export async function GET() {
  const user = await getViewer();
  const csv = await exportHistoryCsv(db, user.id);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="recall-history-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
