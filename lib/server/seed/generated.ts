import "server-only";
// Owns writing generator output to the database: the article and the full set
// of its generated questions (active ones and rejected drafts with their
// reasons). Keys are derived from content, so regenerating updates rows in
// place; generated questions the generator no longer emits are retired.
import type { Db } from "@/lib/server/db";
import type { GeneratedQuestion } from "@/lib/domain/generation";
import { writeArticleWithQuestions, type ArticleInput, type ArticleWriteReport, type QuestionInput } from "@/lib/server/seed/write";

export function generatedToQuestionInput(q: GeneratedQuestion): QuestionInput {
  return { ...q, origin: "generated", rejectReasons: q.rejectReasons.length > 0 ? q.rejectReasons : null };
}

export async function writeGeneratedQuestions(
  db: Db,
  article: ArticleInput,
  questions: GeneratedQuestion[],
  options: { createOnly?: boolean } = {},
): Promise<ArticleWriteReport> {
  return writeArticleWithQuestions(db, article, questions.map(generatedToQuestionInput), "generated", options);
}
