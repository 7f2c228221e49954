import "server-only";
// The reader page's reads, once per request: the layout (does the article
// exist?), the metadata (its title) and the page share one lookup.
import { cache } from "react";
import { db } from "@/lib/server/db";
import { getReaderArticle } from "@/lib/server/data/articles";

export const readerArticle = cache((slug: string) => getReaderArticle(db, slug));
