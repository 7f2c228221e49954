// Seeds the database from seeds/: the articles and their hand-written
// question banks. Idempotent: run it again and nothing changes; edit a
// question and that row is updated in place; remove one and it is retired.
//   npm run db:seed              apply seeds/ to the database
//   npm run db:seed -- --if-empty  only when the database has no articles yet
import path from "node:path";
import { z } from "zod";
import { env } from "@/lib/server/env";
import { createPrismaClient } from "@/lib/server/prisma-client";
import { seedDatabase } from "@/lib/server/seed/seed";
import { SeedValidationError } from "@/lib/server/seed/load";

const ArgsSchema = z.array(z.enum(["--if-empty"], { message: "unknown option (expected --if-empty)" })).max(1);

async function main(): Promise<number> {
  const args = ArgsSchema.safeParse(process.argv.slice(2));
  if (!args.success) {
    console.error(`db:seed: ${args.error.issues[0]?.message}`);
    return 2;
  }
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    if (args.data.includes("--if-empty")) {
      const [articles, questions] = await Promise.all([db.article.count(), db.question.count()]);
      if (articles > 0) {
        console.log(`db:seed: database already holds ${articles} article(s) and ${questions} question(s); not reseeding (run npm run db:seed to apply edits in seeds/).`);
        return 0;
      }
    }
    const report = await seedDatabase(db, path.join(process.cwd(), "seeds"));
    const counts = (q: { created: number; updated: number; unchanged: number; retired: number }) =>
      `${q.created} created, ${q.updated} updated, ${q.unchanged} unchanged, ${q.retired} retired`;
    for (const a of report.articles) {
      console.log(`db:seed: ${a.slug}: article ${a.article}`);
      console.log(`db:seed:   hand-written questions: ${counts(a.handwritten)}`);
      console.log(
        `db:seed:   generated questions (${a.generated.active} active, ${a.generated.drafts} rejected drafts): ${counts(a.generated)}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(`db:seed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:seed: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
