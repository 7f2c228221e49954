// Questions shaped like rows of the Shusha Declaration bank
// (seeds/questions/shusha-declaration.yaml), trimmed to what grading reads.
import type { GradableQuestion } from "@/lib/domain/grading";

const none = { acceptedAnswers: [], choices: null, items: null, pairs: null } satisfies Partial<GradableQuestion>;

export const typed = (answer: string, acceptedAnswers: string[] = [], kind: "cloze" | "short_answer" = "short_answer"): GradableQuestion => ({
  ...none,
  kind,
  answer,
  acceptedAnswers,
});

export const TURKIYE = typed("Türkiye", ["Turkiye", "Turkey"]);
export const ERDOGAN = typed("Erdoğan", ["Erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Tayyip Erdoğan", "Tayyip Erdogan"]);
export const SIRAKAYA = typed("Zafer Sırakaya");
export const SIRAKAYA_SURNAME = typed("Sırakaya", [], "cloze");
export const OTS_YEAR = typed("2009", [], "cloze");
export const OTS = typed("Organization of Turkic States", ["OTS", "Organisation of Turkic States", "the Organization of Turkic States", "the OTS"]);
export const SHUSHA = typed("Shusha", ["Şuşa", "Susa"]);
export const ROAD_MAP = typed("road map", ["roadmap", "road-map"], "cloze");
export const TWO_STATES = typed("two states", ["2 states"], "cloze");
export const SECOND_WAR = typed("Second Karabakh War", ["2nd Karabakh War", "The Second Karabakh War"]);
export const NORTH_SOUTH = typed("North and South", ["South and North"], "cloze");
export const HEYDAR = typed("Heydar Aliyev", ["Heydar Aliev", "Haydar Aliyev", "Heydar Əliyev"]);
export const ALLIANCE = typed("alliance", ["an alliance"], "cloze");
export const PAKISTAN = typed("Pakistan");
export const EAST = typed("East", [], "cloze");
export const TURKIC = typed("Turkic", [], "cloze");
export const KYRGYZSTAN = typed("Kyrgyzstan");
export const ZAMBIA = typed("Zambia");
export const AZERBAIJANI = typed("Azerbaijani", [], "cloze");
export const AUSTRIA = typed("Austria");
export const NAKHCHIVAN = typed("Nakhchivan", ["Nakhichevan", "Naxçıvan", "Nakhchevan"]);
export const MODERNIZATION = typed("modernization", ["modernisation"], "cloze");

export const SIGNATORY_MC: GradableQuestion = {
  ...none,
  kind: "multiple_choice",
  answer: "Recep Tayyip Erdoğan",
  choices: ["Recep Tayyip Erdoğan", "Zafer Sırakaya", "Abdullah Gül", "Ahmet Davutoğlu"],
};

export const LIBERATION_TF: GradableQuestion = { ...none, kind: "true_false", answer: "true" };
export const OTS_FOUNDED_IN_ANKARA_TF: GradableQuestion = { ...none, kind: "true_false", answer: "false" };

export const DECLARATION_CARD: GradableQuestion = {
  ...none,
  kind: "flashcard",
  answer: "A declaration signed in Shusha by Presidents Erdoğan and Ilham Aliyev that raised Türkiye–Azerbaijan relations to an alliance.",
};

/** In their correct order. */
export const HISTORY_ITEMS = [
  "Azerbaijan's short-lived independence in the early 20th century",
  "Establishment of the new Azerbaijani state after the dissolution of the Soviet Union",
  "Founding of the Organization of Turkic States (2009)",
  "Liberation of Shusha from occupying Armenian forces",
  "Signing of the Shusha Declaration",
] as const;
export const HISTORY_ORDERING: GradableQuestion = { ...none, kind: "ordering", answer: HISTORY_ITEMS.join(" → "), items: [...HISTORY_ITEMS] };

export const SIGNING_ITEMS = [
  "Shusha is liberated from occupying Armenian forces",
  "Erdoğan and Ilham Aliyev sign the Shusha Declaration",
  "Türkiye, Azerbaijan and Pakistan hold a trilateral summit that emphasizes the alliance",
] as const;
export const SIGNING_ORDERING: GradableQuestion = { ...none, kind: "ordering", answer: SIGNING_ITEMS.join(" → "), items: [...SIGNING_ITEMS] };

export const ROLE_PAIRS = [
  { left: "Recep Tayyip Erdoğan", right: "President of Türkiye" },
  { left: "Ilham Aliyev", right: "President of Azerbaijan" },
  { left: "Heydar Aliyev", right: "Father of Azerbaijan's incumbent president" },
  { left: "Zafer Sırakaya", right: "Deputy chair of the AK Party" },
] as const;
export const ROLES_MATCHING: GradableQuestion = {
  ...none,
  kind: "matching",
  answer: ROLE_PAIRS.map((p) => `${p.left} → ${p.right}`).join("; "),
  pairs: ROLE_PAIRS.map((p) => ({ ...p })),
};
