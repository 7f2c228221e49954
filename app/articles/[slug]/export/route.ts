// GET /articles/<slug>/export?format=anki|gift|json: the article's questions
// as a UTF-8 download named <slug>.txt, <slug>.gift.txt or <slug>.json. For
// people who may edit the article only (an export carries every answer);
// anyone else, signed out included, gets the same 404 as a missing article.
// A missing or unknown format is a 400 that says which formats there are.
import { z } from "zod";
import { ArticleSlugSchema } from "@/lib/domain/article/slug";
import { EXCHANGE_FORMATS, FORMAT_EXTENSIONS, FORMAT_MEDIA_TYPES } from "@/lib/domain/exchange";
import { getViewer } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { exportArticleQuestions } from "@/lib/server/exchange/questions";
import { NOT_FOUND_MESSAGE } from "@/lib/server/gate";

const FormatSchema = z.enum(EXCHANGE_FORMATS, { error: `format must be one of ${[...EXCHANGE_FORMATS].sort().join(", ")}` });
const noStore = { "Cache-Control": "private, no-store" };

export async function GET(request: Request, ctx: RouteContext<"/articles/[slug]/export">) {
  const format = FormatSchema.safeParse(new URL(request.url).searchParams.get("format") ?? undefined);
  if (!format.success) return Response.json({ error: format.error.issues[0]?.message }, { status: 400, headers: noStore });
  const slug = ArticleSlugSchema.safeParse((await ctx.params).slug);
  const viewer = await getViewer();
  const out = slug.success && viewer.signedIn ? await exportArticleQuestions(db, viewer, slug.data, format.data) : null;
  if (!out) return Response.json({ error: NOT_FOUND_MESSAGE }, { status: 404, headers: noStore });
  return new Response(out.text, {
    headers: {
      ...noStore,
      "Content-Type": FORMAT_MEDIA_TYPES[out.format],
      "Content-Disposition": `attachment; filename="${out.slug}.${FORMAT_EXTENSIONS[out.format]}"`,
      "X-Questions-Included": String(out.included),
      "X-Questions-Skipped": String(out.skipped.length),
    },
  });
}
