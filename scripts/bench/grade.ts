// Benchmark: grading a review card in process, the server's side of
// gradeCardAction (lib/server/actions/review.ts): gradeCard (one transaction:
// the question, the card, the settings, the rating, the undo record, the
// siblings buried) and then getReviewView, the session as the screen shows it
// next, which every review action answers with. Seeds a scratch SQLite file
// (committed migrations, the real article and questions), makes guests, and
// has each grade the cards the queue offers, one after another, as the review
// screen does (the card shown, its version, Good or Again). Counts the SQL
// statements Prisma sends per call (transaction control included) and times
// each part, wall and CPU.
// Before the sibling buries were written in bulk and the shown card was
// taken from the queue's read (2026-12-06), a grade and its view sent 18-31
// statements and took 23 ms (median). Budget: at most 20 statements and
// 25 ms (median, wall; in process, so a loaded machine can miss it). Exits 1
// when a budget is missed.
//
//   npm run bench:grade
import { getReviewView, gradeCard } from "@/lib/server/cards/review";
import { SCHEDULED } from "@/lib/domain/scheduling";
import { header, row, seededScratch, summarise, type Sample } from "./lib/in-process";

const SLUG = "shusha-declaration";
const GUESTS = 10;
const WARMUP_GUESTS = 2;
const GRADES_PER_GUEST = 20;
const STATEMENT_BUDGET = 20;
const MS_BUDGET = 25;
const NOW = new Date("2026-11-27T12:00:00.000Z");

const out = (line = "") => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { db, timed, file, close } = await seededScratch("grade");
  try {
    out(`scratch database: ${file}`);
    const grades: Sample[] = [];
    const views: Sample[] = [];
    const both: Sample[] = [];
    let exampleGrade: string[] = [];
    let exampleView: string[] = [];
    let at = NOW.getTime();
    for (let g = 0; g < WARMUP_GUESTS + GUESTS; g++) {
      const measured = g >= WARMUP_GUESTS;
      const userId = (await db.user.create({ data: {}, select: { id: true } })).id;
      let view = await getReviewView(db, userId, { articleSlug: SLUG }, new Date(at), SCHEDULED);
      for (let i = 0; i < GRADES_PER_GUEST; i++) {
        const card = view?.current;
        if (!card) throw new Error(`guest ${g} ran out of cards after ${i} grades`);
        at += 5000;
        const now = new Date(at);
        const graded = await timed(() => gradeCard(db, userId, { questionId: card.questionId, expectedVersion: card.version, rating: i % 4 === 0 ? 1 : 3, durationMs: 4000 }, now));
        if (!graded.result.ok) throw new Error(`a grade was refused: ${graded.result.error}`);
        const next = await timed(() => getReviewView(db, userId, { articleSlug: SLUG }, now, SCHEDULED));
        view = next.result;
        if (!measured) continue;
        grades.push(graded.sample);
        views.push(next.sample);
        both.push({ ms: graded.sample.ms + next.sample.ms, cpuMs: graded.sample.cpuMs + next.sample.cpuMs, statements: graded.sample.statements + next.sample.statements });
        if (g === WARMUP_GUESTS && i === 5) {
          exampleGrade = graded.sql;
          exampleView = next.sql;
        }
      }
    }
    out(`${GUESTS} guests x ${GRADES_PER_GUEST} grades of the seed article's cards (after ${WARMUP_GUESTS} warm-up guests)`);
    out();
    const table = (title: string, pick: (s: Sample) => number, digits: number) => {
      out(header(title));
      out(row("gradeCard", summarise(grades.map(pick)), digits));
      out(row("getReviewView (the next card)", summarise(views.map(pick)), digits));
      out(row("the action's work, both", summarise(both.map(pick)), digits));
      out();
    };
    table("ms per call", (s) => s.ms, 1);
    table("CPU ms per call", (s) => s.cpuMs, 1);
    table("statements per call", (s) => s.statements, 0);
    out("the statements of one grade (the sixth of the first measured guest), then of its next view:");
    for (const sql of exampleGrade) out(`  ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
    out("  --");
    for (const sql of exampleView) out(`  ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
    out();
    const maxStatements = Math.max(...both.map((s) => s.statements));
    const medianMs = summarise(both.map((s) => s.ms)).median;
    out(`a grade and its next view: at most ${maxStatements} statements (budget ${STATEMENT_BUDGET}), ${medianMs.toFixed(1)} ms median (budget ${MS_BUDGET} ms)`);
    const failures: string[] = [];
    if (maxStatements > STATEMENT_BUDGET) failures.push(`${maxStatements} statements, over the budget of ${STATEMENT_BUDGET}`);
    if (medianMs > MS_BUDGET) failures.push(`${medianMs.toFixed(1)} ms median, over the ${MS_BUDGET} ms budget`);
    if (failures.length === 0) {
      out("bench:grade: within budget");
      return 0;
    }
    for (const f of failures) out(`bench:grade: OVER BUDGET: ${f}`);
    return 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:grade: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
