import "server-only";
// The reader page's reads, once per request: the layout (does the article
// exist?), the metadata (its title) and the page share one lookup.
import { cache } from "react";
import { db } from "@/lib/server/db";
import { getReaderArticle } from "@/lib/server/data/articles";
import { getViewer } from "@/lib/server/auth";

/** The article as this viewer may see it (null: not found, or not theirs to see). */
export const readerArticle = cache(async (slug: string) => getReaderArticle(db, slug, await getViewer()));
