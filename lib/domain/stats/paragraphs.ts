// Owns the memory map of an article: how well the learner remembers each
// paragraph, from the cards of the questions whose evidence starts in it.
// Pure: `now` is an argument.
import { State } from "@/lib/domain/scheduling";
import { isMastered, isStudied, retrievabilityAt } from "./memory";
import type { StatsCard } from "./rows";

export type MasteryLevel = "unseen" | "weak" | "learning" | "strong";
export const MASTERY_LEVELS: readonly MasteryLevel[] = ["unseen", "weak", "learning", "strong"];

/** Mean probability of recall below which a paragraph is weak. */
export const WEAK_RETRIEVABILITY = 0.7;
/** Mean probability of recall from which a paragraph can be strong. */
export const STRONG_RETRIEVABILITY = 0.9;

export interface MapParagraph {
  index: number;
  start: number;
  end: number;
}

export interface MapQuestion {
  id: string;
  evidenceStart: number;
}

/** The learner's Card rows (other columns, e.g. reps, lapses, due, are ignored). */
export type MapCard = Pick<StatsCard, "questionId" | "state" | "stability" | "lastReview">;

export interface ParagraphMastery extends MapParagraph {
  level: MasteryLevel;
  /** Questions whose evidence starts in the paragraph. */
  questions: number;
  /** Of those, questions with a studied card. */
  studied: number;
  /** Mean probability of recall now over the studied cards; null when none. */
  averageRetrievability: number | null;
}

export interface MemoryMap {
  /** By paragraph index. */
  paragraphs: ParagraphMastery[];
  counts: Record<MasteryLevel, number>;
}

/**
 * A paragraph owns the questions whose evidence starts in [start, end); its
 * level comes from the studied cards of those questions (a card studied =
 * answered at least once and not reset to New), with R each card's ts-fsrs
 * probability of recall at `now`:
 * - unseen: no studied card (also a paragraph with no questions; `questions`
 *   tells the two apart);
 * - weak: a studied card is relearning (it was forgotten at its last review),
 *   or mean R < 0.7;
 * - strong: mean R >= 0.9 and every studied card mastered (stability >= 21 days);
 * - learning: everything else.
 * The mean is over studied cards only, so questions not met yet do not make a
 * paragraph weak; `studied` / `questions` is its coverage.
 */
export function paragraphMastery(
  paragraphs: readonly MapParagraph[],
  questions: readonly MapQuestion[],
  cards: readonly MapCard[],
  now: Date,
): MemoryMap {
  const cardsByQuestion = new Map<string, MapCard[]>();
  for (const card of cards) {
    const list = cardsByQuestion.get(card.questionId) ?? [];
    list.push(card);
    cardsByQuestion.set(card.questionId, list);
  }

  const counts: Record<MasteryLevel, number> = { unseen: 0, weak: 0, learning: 0, strong: 0 };
  const result = [...paragraphs]
    .sort((a, b) => a.index - b.index)
    .map((paragraph): ParagraphMastery => {
      const owned = questions.filter((q) => q.evidenceStart >= paragraph.start && q.evidenceStart < paragraph.end);
      let studiedQuestions = 0;
      const studiedCards: MapCard[] = [];
      for (const question of owned) {
        const studied = (cardsByQuestion.get(question.id) ?? []).filter(isStudied);
        if (studied.length > 0) studiedQuestions += 1;
        studiedCards.push(...studied);
      }
      const average =
        studiedCards.length > 0
          ? studiedCards.reduce((sum, card) => sum + retrievabilityAt(card, now), 0) / studiedCards.length
          : null;
      const level = levelOf(studiedCards, average);
      counts[level] += 1;
      return {
        index: paragraph.index,
        start: paragraph.start,
        end: paragraph.end,
        level,
        questions: owned.length,
        studied: studiedQuestions,
        averageRetrievability: average,
      };
    });
  return { paragraphs: result, counts };
}

function levelOf(studiedCards: readonly MapCard[], average: number | null): MasteryLevel {
  if (average === null) return "unseen";
  if (average < WEAK_RETRIEVABILITY || studiedCards.some((card) => card.state === State.Relearning)) return "weak";
  if (average >= STRONG_RETRIEVABILITY && studiedCards.every(isMastered)) return "strong";
  return "learning";
}
