// Owns the refusals a service may throw instead of returning: a DomainError
// carries a message written for the person asking and the HTTP status it
// answers with. The gate (lib/server/gate.ts) passes its message through; any
// other error is the server's fault and the client only learns that.
import { tooManyMessage } from "@/lib/domain/auth/limits";

/** The statuses a refusal answers with (500: the server failed, never a refusal). */
export type FailureStatus = 400 | 401 | 404 | 409 | 429 | 500;
export type RefusalStatus = Exclude<FailureStatus, 500>;

export class DomainError extends Error {
  override readonly name = "DomainError";
  constructor(
    message: string,
    readonly status: RefusalStatus = 400,
  ) {
    super(message);
  }
}

/** Refused by a rate limit (lib/domain/auth/limits.ts): 429, and how long to wait. */
export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(tooManyMessage(retryAfterSeconds), 429);
  }
}
