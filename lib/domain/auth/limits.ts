// Owns the rate limits: which actions are limited, per what (the client's IP
// address or the account), how many requests a window allows, and how long
// the window is. One table, read by lib/server/rate-limit.ts; RATE_LIMIT_SCALE
// multiplies every limit (a load test sets it high; 1 in production).
export type LimitRule = { limit: number; windowSeconds: number };

export const LIMITS = {
  /** Brute force on one account: attempts per email address. */
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Password spraying from one address. */
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 20, windowSeconds: 60 * 60 },
  forgotPasswordPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  forgotPasswordPerIp: { limit: 20, windowSeconds: 60 * 60 },
  /** Quiz starts per learner: a quiz writes one row per question, so starts are the costly write. */
  startQuizPerUser: { limit: 30, windowSeconds: 10 * 60 },
  /** Per address, generous: a school or office shares one. */
  startQuizPerIp: { limit: 300, windowSeconds: 10 * 60 },
  /** New guest identities per address (each is a User and a Session row). */
  newGuestPerIp: { limit: 300, windowSeconds: 60 * 60 },
  /** "Report a problem" per learner: plenty for honest use, not a flood for the editors' queue. */
  reportQuestionPerUser: { limit: 30, windowSeconds: 60 * 60 },
  /** Article imports per account: each fetches, parses and generates, the costliest request there is. */
  importPerUser: { limit: 20, windowSeconds: 60 * 60 },
  /** Every import request, refused ones included (a refused one is given back to importPerUser): each may fetch for 10 s. */
  importAttemptPerUser: { limit: 100, windowSeconds: 60 * 60 },
  /** Regenerating an article's questions runs the generator over its whole text: the costly read on the manage page. */
  regenerateArticlePerUser: { limit: 20, windowSeconds: 10 * 60 },
  /** Question imports (each check or import reads up to 1 MB on the web, 2 MB from the command line and may write 2,000 rows) per person. */
  importQuestionsPerUser: { limit: 60, windowSeconds: 10 * 60 },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

export function scaledRule(name: LimitName, scale: number): LimitRule {
  const rule = LIMITS[name];
  return { limit: Math.max(1, Math.round(rule.limit * scale)), windowSeconds: rule.windowSeconds };
}

/** "Try again in 3 minutes" style wording for a Retry-After in seconds. */
export function retryAfterText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function tooManyMessage(seconds: number): string {
  return `Too many attempts. Please wait ${retryAfterText(seconds)} and try again.`;
}
