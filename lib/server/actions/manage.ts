"use server";
// The manage page's server actions (rename, regenerate, archive / restore,
// publish / make private, delete), each through the gate (lib/server/gate.ts):
// a session (user: "existing": nobody is created to manage an article), zod,
// then one service call in lib/server/articles/manage.ts, which asks
// access.ts whether this user may edit the article (the page is never
// trusted), then revalidate. Without a session, or for an article they may
// not edit, the answer is the same "not found".
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { ArchiveArticleSchema, ArticleRefSchema, DeleteArticleSchema, RenameArticleSchema, VisibilityArticleSchema } from "@/lib/domain/article/manage";
import { TooManyRequestsError } from "@/lib/domain/errors";
import { plural } from "@/lib/format";
import { db } from "@/lib/server/db";
import { runGate } from "@/lib/server/gate";
import { hitLimit } from "@/lib/server/rate-limit";
import {
  ARTICLE_NOT_FOUND,
  deleteArticle,
  regenerateArticle,
  renameArticle,
  setArticleArchived,
  setArticleVisibility,
} from "@/lib/server/articles/manage";

export type ManageState = { error?: string; done?: string; fieldErrors?: Record<string, string[] | undefined> };

const fieldsOf = (formData: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, formData.get(n) ?? undefined]));
const firstIssue = (fallback: string) => (error: z.ZodError) => error.issues[0]?.message ?? fallback;

/** After a change: every page that shows the article (reader, lists, manage) reads it again. */
function refreshArticlePages(): void {
  revalidatePath("/", "layout");
}

export async function renameArticleAction(_prev: ManageState, formData: FormData): Promise<ManageState> {
  const result = await runGate(fieldsOf(formData, ["slug", "title"]), {
    name: "renameArticle",
    user: "existing",
    notFound: ARTICLE_NOT_FOUND,
    input: RenameArticleSchema,
    invalid: firstIssue("The title could not be read."),
    fieldErrors: true,
    run: ({ user, input }) => renameArticle(db, user, input),
  });
  if (!result.ok) return { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  refreshArticlePages();
  return { done: result.value.changed ? `Renamed to “${result.value.title}”.` : "The title is unchanged." };
}

export async function regenerateArticleAction(_prev: ManageState, formData: FormData): Promise<ManageState> {
  const result = await runGate(fieldsOf(formData, ["slug"]), {
    name: "regenerateArticle",
    user: "existing",
    notFound: ARTICLE_NOT_FOUND,
    input: ArticleRefSchema,
    invalid: ARTICLE_NOT_FOUND,
    run: async ({ user, input, now }) => {
      const verdict = await hitLimit(db, "regenerateArticlePerUser", user.id, now);
      if (!verdict.ok) throw new TooManyRequestsError(verdict.retryAfterSeconds);
      return regenerateArticle(db, user, input);
    },
  });
  if (!result.ok) return { error: result.error };
  refreshArticlePages();
  const r = result.value;
  return {
    done: `Questions regenerated: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.retired} retired (${plural(r.active, "active question")}, ${plural(r.drafts, "draft")}).`,
  };
}

export async function archiveArticleAction(_prev: ManageState, formData: FormData): Promise<ManageState> {
  const result = await runGate(fieldsOf(formData, ["slug", "archived"]), {
    name: "archiveArticle",
    user: "existing",
    notFound: ARTICLE_NOT_FOUND,
    input: ArchiveArticleSchema,
    invalid: "That change could not be read: reload the page and try again.",
    run: ({ user, input, now }) => setArticleArchived(db, user, input, now),
  });
  if (!result.ok) return { error: result.error };
  refreshArticlePages();
  return {
    done: result.value.archivedAt
      ? "Archived: it is off the study pages (lists, quizzes, review); everyone's history is kept. Restore it at any time."
      : "Restored: it is back on the study pages.",
  };
}

export async function visibilityArticleAction(_prev: ManageState, formData: FormData): Promise<ManageState> {
  const result = await runGate(fieldsOf(formData, ["slug", "visibility"]), {
    name: "articleVisibility",
    user: "existing",
    notFound: ARTICLE_NOT_FOUND,
    input: VisibilityArticleSchema,
    invalid: "That change could not be read: reload the page and try again.",
    run: ({ user, input }) => setArticleVisibility(db, user, input),
  });
  if (!result.ok) return { error: result.error };
  refreshArticlePages();
  return { done: result.value.visibility === "public" ? "Published: everybody can now read and study it." : "Made private: only its owner (and admins) can see it now." };
}

export async function deleteArticleAction(_prev: ManageState, formData: FormData): Promise<ManageState> {
  const result = await runGate(fieldsOf(formData, ["slug", "confirmTitle"]), {
    name: "deleteArticle",
    user: "existing",
    notFound: ARTICLE_NOT_FOUND,
    input: DeleteArticleSchema,
    invalid: firstIssue("Type the article's title to confirm."),
    fieldErrors: true,
    run: ({ user, input }) => deleteArticle(db, user, input),
  });
  if (!result.ok) return { error: result.error, ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  refreshArticlePages();
  redirect(`/articles?done=${encodeURIComponent(`Deleted “${result.value.title}” with its questions and everyone's history of it.`)}`);
}
