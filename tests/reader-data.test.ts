import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getReaderArticle, listArticles } from "@/lib/server/data/articles";
import { seedDatabase } from "@/lib/server/seed/seed";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDatabase(t.db, path.join(__dirname, "fixtures", "seed-basic"));
});
afterAll(async () => {
  await t.cleanup();
});

describe("reader data", () => {
  test("getReaderArticle returns numbered paragraphs of addressable sentences", async () => {
    const article = await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" });
    expect(article).not.toBeNull();
    expect(article!.title).toBe("A tiny article");
    expect(article!.questionCount).toBe(await t.db.question.count({ where: { status: "active" } }));
    expect(article!.paragraphs.map((p) => ({ number: p.number, sentences: p.sentences.map((s) => [s.number, s.text]) }))).toEqual([
      {
        number: 1,
        sentences: [
          [1, "Ada Lovelace wrote the first published algorithm in 1843."],
          [2, "She worked with Charles Babbage."],
        ],
      },
      {
        number: 2,
        sentences: [
          [3, "The Analytical Engine was never finished."],
          [4, "Babbage designed it in London."],
        ],
      },
    ]);
  });

  test("the split text kept in memory follows every change: title, text, question count", async () => {
    const first = await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" });
    await t.db.article.update({ where: { slug: "tiny" }, data: { title: "A renamed article" } });
    expect((await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" }))!.title).toBe("A renamed article");
    // A new text (what a reseed writes): the stored hash changes, so the sentences are read again.
    const row = await t.db.article.findUniqueOrThrow({ where: { slug: "tiny" } });
    const sentence = await t.db.sentence.findFirstOrThrow({ where: { articleId: row.id, index: 0 } });
    const body = row.body.replace("Ada Lovelace", "Ada  Lovelace");
    await t.db.$transaction([
      t.db.article.update({ where: { id: row.id }, data: { body, contentHash: "changed" } }),
      t.db.sentence.update({ where: { id: sentence.id }, data: { end: sentence.end + 1 } }),
    ]);
    expect((await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" }))!.paragraphs[0]!.sentences[0]!.text).toBe("Ada  Lovelace wrote the first published algorithm in 1843.");
    const active = await t.db.question.findFirstOrThrow({ where: { articleId: row.id, status: "active" } });
    await t.db.question.update({ where: { id: active.id }, data: { status: "retired" } });
    expect((await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" }))!.questionCount).toBe(first!.questionCount - 1);
    await t.db.question.update({ where: { id: active.id }, data: { status: "active" } });
    await t.db.article.update({ where: { id: row.id }, data: { title: first!.title, body: row.body, contentHash: row.contentHash } });
    await t.db.sentence.update({ where: { id: sentence.id }, data: { end: sentence.end } });
  });

  test("an unknown slug is null, not an error", async () => {
    expect(await getReaderArticle(t.db, "no-such-article", { id: "nobody", role: "learner" })).toBeNull();
    expect(await getReaderArticle(t.db, "tiny", { id: "nobody", role: "learner" })).not.toBeNull();
  });

  test("listArticles counts only active questions", async () => {
    const [before] = await listArticles(t.db, "nobody");
    await t.db.question.update({ where: { key: "tiny-tf-finished" }, data: { status: "retired" } });
    const [summary] = await listArticles(t.db, "nobody");
    expect(summary).toMatchObject({ slug: "tiny", wordCount: 25, questionCount: before!.questionCount - 1 });
    await t.db.question.update({ where: { key: "tiny-tf-finished" }, data: { status: "active" } });
  });

  test("listArticles puts the newest first and undated articles last (on SQLite and PostgreSQL alike)", async () => {
    const extra = { body: "x", contentHash: "x", wordCount: 1 };
    await t.db.article.createMany({
      data: [
        { slug: "undated", title: "Undated", publishedAt: null, ...extra },
        { slug: "newest", title: "Newest", publishedAt: new Date("2099-01-01T00:00:00Z"), ...extra },
        { slug: "oldest", title: "Oldest", publishedAt: new Date("1900-01-01T00:00:00Z"), ...extra },
      ],
    });
    try {
      const slugs = (await listArticles(t.db, "nobody")).map((a) => a.slug);
      expect(slugs[0]).toBe("newest");
      expect(slugs.slice(-2)).toEqual(["oldest", "undated"]);
    } finally {
      await t.db.article.deleteMany({ where: { slug: { in: ["undated", "newest", "oldest"] } } });
    }
  });
});
