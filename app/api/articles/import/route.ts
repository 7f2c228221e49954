// POST /api/articles/import: import an article (pasted text, a file, or a web
// address) for the signed-in account; see lib/server/articles/import/route.ts.
import { handleImportRequest } from "@/lib/server/articles/import/route";

export const dynamic = "force-dynamic";
// Fetching a page and generating its questions can take a while on a large article.
export const maxDuration = 120;

export async function POST(request: Request): Promise<Response> {
  return handleImportRequest(request);
}
