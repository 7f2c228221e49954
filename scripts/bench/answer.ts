// Benchmark: answering a quiz question in process, the server's side of
// answerAction (lib/server/quiz/service.ts answerQuestion: one transaction
// that reads the response row, grades, writes the answer, rates the card and
// settles the attempt). Seeds a scratch SQLite file (committed migrations, the
// real article and questions), makes guests, starts a quiz for each (10
// typed questions, both origins) and answers every question once, alternating
// a wrong answer ("zzzz") and the right one, then answers some again (the
// idempotent repeat and the refused change). Counts the SQL statements Prisma
// sends per answer (transaction control included) and times each call, wall
// and CPU. Before the answer path was trimmed (e642892) a first answer sent 13
// statements (14 for the last of an attempt) and took 16-23 ms.
// Budget, about half of that: a first answer sends at most 7 statements and
// takes at most 10 ms (median, wall). Exits 1 when a budget is missed.
//
//   npm run bench:answer
import { answerQuestion, startQuizAttempt } from "@/lib/server/quiz/service";
import type { QuizConfig } from "@/lib/domain/quiz/config";
import { header, row, seededScratch, summarise, type Sample } from "./lib/in-process";
import { newStartToken } from "@/lib/server/quiz/start-token";

const SLUG = "shusha-declaration";
const CONFIG: QuizConfig = { size: "10", kinds: ["cloze", "short_answer"], origin: "both", mode: "all" };
const GUESTS = 30;
const WARMUP_GUESTS = 3;
const STATEMENT_BUDGET = 7;
const MS_BUDGET = 10;
const NOW = new Date("2026-11-27T12:00:00.000Z");

const out = (line = "") => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { db, timed, file, close } = await seededScratch("answer");
  try {
    out(`scratch database: ${file}`);

    const wrong: Sample[] = [];
    const right: Sample[] = [];
    const repeat: Sample[] = [];
    const refused: Sample[] = [];
    let example: string[] = [];
    let at = NOW.getTime();
    for (let g = 0; g < WARMUP_GUESTS + GUESTS; g++) {
      const measured = g >= WARMUP_GUESTS;
      const userId = (await db.user.create({ data: {}, select: { id: true } })).id;
      const started = await startQuizAttempt(db, userId, { articleSlug: SLUG, startToken: newStartToken(), config: CONFIG }, new Date(at), 1000 + g);
      if (!started.ok) throw new Error(`could not start a quiz: ${started.error}`);
      const responses = await db.quizResponse.findMany({
        where: { attemptId: started.attemptId, userId },
        orderBy: { position: "asc" },
        select: { questionId: true, question: { select: { kind: true, answer: true } } },
      });
      for (const [i, r] of responses.entries()) {
        const kind = r.question.kind as "cloze" | "short_answer";
        const answerRight = (i + g) % 2 === 0;
        const input = { attemptId: started.attemptId, questionId: r.questionId, response: { kind, text: answerRight ? r.question.answer : "zzzz" } };
        at += 4000;
        const first = await timed(() => answerQuestion(db, userId, input, new Date(at)));
        if (!first.result.ok) throw new Error(`a first answer was refused: ${first.result.error}`);
        if (first.result.feedback.correct !== answerRight) throw new Error(`"${input.response.text}" was graded ${first.result.feedback.correct ? "right" : "wrong"}`);
        if (first.result.feedback.answered !== i + 1 || first.result.feedback.total !== responses.length) throw new Error("the feedback's progress is off");
        if (first.result.feedback.finished !== (i === responses.length - 1)) throw new Error("the last answer did not finish the attempt");
        if (!measured) continue;
        (answerRight ? right : wrong).push(first.sample);
        if (example.length === 0 && g === WARMUP_GUESTS && i === 1) example = first.sql;
        if (i % 3 === 0) {
          const again = await timed(() => answerQuestion(db, userId, input, new Date(at + 1000)));
          if (!again.result.ok || !again.result.feedback.alreadyAnswered) throw new Error("the same answer again was not given the recorded feedback");
          repeat.push(again.sample);
          const change = { ...input, response: { kind, text: answerRight ? "zzzz" : r.question.answer } };
          const other = await timed(() => answerQuestion(db, userId, change, new Date(at + 2000)));
          if (other.result.ok || other.result.status !== 409 || !other.result.recorded) throw new Error("a changed answer was not refused with the recorded feedback");
          refused.push(other.sample);
        }
      }
      const attempt = await db.quizAttempt.findFirstOrThrow({ where: { id: started.attemptId, userId }, select: { status: true, score: true } });
      if (attempt.status !== "finished") throw new Error("the attempt was not finished");
    }
    const logs = await db.reviewLog.count({ where: { source: "quiz" } });
    const expectedLogs = (WARMUP_GUESTS + GUESTS) * 10;
    if (logs !== expectedLogs) throw new Error(`${logs} quiz review logs, expected ${expectedLogs}`);

    const first = [...wrong, ...right];
    out(`${GUESTS} guests x ${CONFIG.size} typed questions (after ${WARMUP_GUESTS} warm-up guests)`);
    out();
    out(header("ms per call"));
    out(row(`first answer, wrong (${wrong.length})`, summarise(wrong.map((s) => s.ms)), 1));
    out(row(`first answer, right (${right.length})`, summarise(right.map((s) => s.ms)), 1));
    out(row(`first answer, all (${first.length})`, summarise(first.map((s) => s.ms)), 1));
    out(row(`same answer again (${repeat.length})`, summarise(repeat.map((s) => s.ms)), 1));
    out(row(`changed answer, 409 (${refused.length})`, summarise(refused.map((s) => s.ms)), 1));
    out();
    out(header("CPU ms per call"));
    out(row(`first answer, all (${first.length})`, summarise(first.map((s) => s.cpuMs)), 1));
    out(row(`same answer again (${repeat.length})`, summarise(repeat.map((s) => s.cpuMs)), 1));
    out(row(`changed answer, 409 (${refused.length})`, summarise(refused.map((s) => s.cpuMs)), 1));
    out();
    out(header("statements per call"));
    out(row("first answer, wrong", summarise(wrong.map((s) => s.statements)), 0));
    out(row("first answer, right", summarise(right.map((s) => s.statements)), 0));
    out(row("same answer again", summarise(repeat.map((s) => s.statements)), 0));
    out(row("changed answer, 409", summarise(refused.map((s) => s.statements)), 0));
    out();
    out("the statements of one first answer (the second question of the first measured guest):");
    for (const sql of example) out(`  ${sql.replace(/\s+/g, " ").slice(0, 200)}`);
    out();

    const failures: string[] = [];
    const maxStatements = Math.max(...first.map((s) => s.statements));
    const medianMs = summarise(first.map((s) => s.ms)).median;
    out(`first answer: at most ${maxStatements} statements (budget ${STATEMENT_BUDGET}), ${medianMs.toFixed(1)} ms median (budget ${MS_BUDGET} ms)`);
    if (maxStatements > STATEMENT_BUDGET) failures.push(`a first answer sent ${maxStatements} statements, over the budget of ${STATEMENT_BUDGET}`);
    if (medianMs > MS_BUDGET) failures.push(`first answer ${medianMs.toFixed(1)} ms median, over the ${MS_BUDGET} ms budget`);
    if (failures.length === 0) {
      out("bench:answer: within budget");
      return 0;
    }
    for (const f of failures) out(`bench:answer: OVER BUDGET: ${f}`);
    return 1;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:answer: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
