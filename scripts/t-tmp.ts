import { generateQuestions } from "@/lib/domain/generation";
const body = process.argv[2]!;
for (const q of generateQuestions({ slug: "t", body }).questions) console.log(q.status, q.kind, q.prompt, "=>", q.answer, (q.rejectReasons ?? []).join(","));
