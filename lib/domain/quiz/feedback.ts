// The feedback the server sends after an answer: the verdict, the correct
// answer and where it comes from. Shared by the service and the client.
export type Feedback = {
  questionId: string;
  correct: boolean;
  credit: number;
  outcome: "exact" | "accepted" | "typo" | "partial" | "wrong";
  note: string | null;
  yourAnswer: string;
  correctAnswer: string;
  acceptedAnswers: string[];
  explanation: string;
  evidence: { text: string; href: string | null };
  canOverride: boolean;
  overridden: boolean;
  alreadyAnswered: boolean;
  answered: number;
  total: number;
  finished: boolean;
};

export type Failure = { ok: false; error: string; status: 400 | 404 | 409 };
export type AnswerResult = { ok: true; feedback: Feedback } | Failure;
