// Two Recall servers on one PostgreSQL database serve one learner as one app:
// a quiz started and answered on A resumes on B, and the same answer sent to
// both at once is recorded once. Run by scripts/test-pg-instances.sh (npm run
// test:pg:instances), which starts the cluster and both servers and sets
// RECALL_A_URL, RECALL_B_URL and DATABASE_URL.
import { createHash } from "node:crypto";
import pg from "pg";
import type { Browser, BrowserContext, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SESSION_COOKIE } from "@/lib/session-token";
import { launchBrowser, newContext } from "./browser";
import { answerWithKeyboard } from "./helpers";
import { shownPosition, startQuiz } from "./quiz-steps";

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this through npm run test:pg:instances`);
  return value;
}
const A = required("RECALL_A_URL");
const B = required("RECALL_B_URL");
const DATABASE_URL = required("DATABASE_URL");

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function sessionToken(context: BrowserContext): Promise<string> {
  const cookies = (await context.cookies()).filter((c) => c.name === SESSION_COOKIE);
  expect(cookies).toHaveLength(1);
  return cookies[0]!.value;
}

/** Replays a captured server action request (same action, same learner) against another instance. */
async function replay(request: Request, origin: string, token: string, body: string): Promise<string> {
  const path = new URL(request.url()).pathname;
  const headers = { ...(await request.allHeaders()) };
  for (const name of Object.keys(headers)) if (name.startsWith(":") || name === "content-length") delete headers[name];
  // Next.js refuses a server action whose Origin is not the host it was sent to.
  const response = await fetch(`${origin}${path}`, {
    method: "POST",
    headers: { ...headers, origin, referer: `${origin}${path}`, cookie: `${SESSION_COOKIE}=${token}` },
    body,
  });
  expect(response.status).toBe(200);
  return response.text();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("two instances on one PostgreSQL", () => {
  test("a quiz answered on A resumes on B; one answer sent to both at once records once; a different one is refused", async () => {
    expect(new URL(A).hostname).toBe(new URL(B).hostname); // cookies are per host, not per port: one learner on both
    const context = await newContext(browser, A);
    const pageA = await context.newPage();
    const attemptId = await startQuiz(pageA, { kinds: ["cloze", "short_answer"], size: "5" });
    expect(await shownPosition(pageA)).toBe(0);
    await answerWithKeyboard(pageA);
    const token = await sessionToken(context);
    const [session] = await query<{ userId: string }>('SELECT "userId" FROM "Session" WHERE "tokenHash" = $1', [
      createHash("sha256").update(token).digest("hex"),
    ]);
    expect(session).toBeDefined();
    const userId = session!.userId;

    // B knows the learner (the session is in the database) and resumes at question 2.
    const pageB = await context.newPage();
    await pageB.goto(`${B}/quiz/${attemptId}`);
    await pageB.locator("[data-ready=true]").waitFor();
    expect(await shownPosition(pageB)).toBe(1);
    expect(await sessionToken(context)).toBe(token);
    // No second guest for this browser: B used the session A's first visit created.
    expect(await query('SELECT count(*)::int AS n FROM "Session" WHERE "userId" = $1', [userId])).toEqual([{ n: 1 }]);
    expect(await query('SELECT "userId" FROM "QuizAttempt" WHERE id = $1', [attemptId])).toEqual([{ userId }]);

    // Capture B's answer to question 2 without letting it through, then send it to A and B at once.
    let captured: Request | undefined;
    await pageB.route(`**/quiz/${attemptId}`, async (route) => {
      const request = route.request();
      if (request.method() === "POST" && (await request.headerValue("next-action"))) {
        captured = request;
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await pageB.keyboard.type("zzzz");
    await pageB.keyboard.press("Enter");
    await expect.poll(() => captured, { timeout: 10_000 }).toBeDefined();
    const body = captured!.postData() ?? "";
    expect(body).toContain('"zzzz"');
    const [onA, onB] = await Promise.all([replay(captured!, A, token, body), replay(captured!, B, token, body)]);
    for (const answer of [onA, onB]) expect(answer).toContain('"ok":true');
    expect([onA, onB].filter((text) => text.includes('"alreadyAnswered":true'))).toHaveLength(1);

    const [second] = await query<{ questionId: string; response: { text: string }; answeredAt: Date | null }>(
      'SELECT "questionId", response, "answeredAt" FROM "QuizResponse" WHERE "attemptId" = $1 AND position = 1',
      [attemptId],
    );
    expect(second?.answeredAt).not.toBeNull();
    expect(second?.response).toMatchObject({ text: "zzzz" });
    const logs = () =>
      query<{ n: number }>('SELECT count(*)::int AS n FROM "ReviewLog" WHERE "userId" = $1 AND "questionId" = $2', [userId, second!.questionId]);
    expect(await logs()).toEqual([{ n: 1 }]);

    // A different answer to the answered question, on either instance: refused, nothing changes.
    const changed = await replay(captured!, A, token, body.replace('"zzzz"', '"yyyy"'));
    expect(changed).toContain('"status":409');
    expect(changed).toContain("already answered");
    const [after] = await query<{ response: { text: string } }>('SELECT response FROM "QuizResponse" WHERE "attemptId" = $1 AND position = 1', [attemptId]);
    expect(after?.response).toMatchObject({ text: "zzzz" });
    expect(await logs()).toEqual([{ n: 1 }]);

    // And A, reloaded, is at question 3 too.
    await pageA.goto(`${A}/quiz/${attemptId}`);
    await pageA.locator("[data-ready=true]").waitFor();
    expect(await shownPosition(pageA)).toBe(2);
    await context.close();
  });
});
