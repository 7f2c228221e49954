import { analyzeArticle } from "@/lib/domain/generation/analyze";
const a = analyzeArticle({ body: process.argv[2]! });
for (const s of a.sentences) console.log(s.mentions.map((m) => `${m.text}:${m.type}${m.role ? "(" + m.role + ")" : ""}`).join(" | "));
