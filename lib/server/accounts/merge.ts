import "server-only";
// Owns adopting a guest's rows into an account when the guest signs in to an
// account that already exists (signing up adopts by turning the guest row
// itself into the account, so nothing moves). Runs inside the caller's
// transaction; afterwards the guest row is deleted and nothing of it remains.
//
// What moves, and the one rule for each conflict:
// - quiz attempts and their responses: all of them (they never collide);
// - cards: a question the account has no card for moves as it is; for a
//   question both have a card for, the card reviewed last wins (its memory
//   state is the most recent), and the review logs of both are kept, on the
//   winner, so history and statistics lose nothing;
// - review logs: all of them (re-pointed to the kept card);
// - the review session's undo journal (CardAction): moved for cards that
//   moved, dropped for collided ones (its "before" states describe a card
//   that no longer exists);
// - settings: the account's own choices stay; a setting the account never
//   changed from its default takes the guest's value.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_USER_SETTINGS } from "@/lib/server/data/settings";

type Tx = Prisma.TransactionClient;

export type MergeCounts = { attempts: number; responses: number; cards: number; collidedCards: number; reviews: number };

export async function adoptGuestRows(tx: Tx, guestId: string, accountId: string): Promise<MergeCounts> {
  const attempts = (await tx.quizAttempt.updateMany({ where: { userId: guestId }, data: { userId: accountId } })).count;
  const responses = (await tx.quizResponse.updateMany({ where: { userId: guestId }, data: { userId: accountId } })).count;

  const guestCards = await tx.card.findMany({ where: { userId: guestId }, select: { id: true, questionId: true, lastReview: true } });
  const accountCards = await tx.card.findMany({
    where: { userId: accountId, questionId: { in: guestCards.map((c) => c.questionId) } },
    select: { id: true, questionId: true, lastReview: true },
  });
  const accountByQuestion = new Map(accountCards.map((c) => [c.questionId, c]));
  let collidedCards = 0;
  for (const guestCard of guestCards) {
    const accountCard = accountByQuestion.get(guestCard.questionId);
    if (!accountCard) continue;
    collidedCards++;
    const guestIsNewer = (guestCard.lastReview?.getTime() ?? -1) > (accountCard.lastReview?.getTime() ?? -1);
    const [keep, drop] = guestIsNewer ? [guestCard, accountCard] : [accountCard, guestCard];
    await tx.reviewLog.updateMany({ where: { cardId: drop.id }, data: { cardId: keep.id } });
    await tx.cardAction.deleteMany({ where: { userId: { in: [guestId, accountId] }, questionId: guestCard.questionId } });
    await tx.card.delete({ where: { id: drop.id } });
  }
  const cards = (await tx.card.updateMany({ where: { userId: guestId }, data: { userId: accountId } })).count;
  const reviews = (await tx.reviewLog.updateMany({ where: { userId: guestId }, data: { userId: accountId } })).count;
  await tx.cardAction.updateMany({ where: { userId: guestId }, data: { userId: accountId } });
  // Imports need an account today, but a guest's article must never be left ownerless (visible to no one).
  await tx.article.updateMany({ where: { ownerId: guestId }, data: { ownerId: accountId } });

  const [guest, account] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: guestId }, select: settingsFields }),
    tx.user.findUniqueOrThrow({ where: { id: accountId }, select: settingsFields }),
  ]);
  const adopted: Partial<Pick<typeof guest, SettingField>> = {};
  for (const field of SETTING_FIELDS) {
    if (account[field] === DEFAULT_USER_SETTINGS[field] && guest[field] !== DEFAULT_USER_SETTINGS[field]) Object.assign(adopted, { [field]: guest[field] });
  }
  if (Object.keys(adopted).length > 0) await tx.user.update({ where: { id: accountId }, data: adopted });

  await tx.user.delete({ where: { id: guestId } });
  return { attempts, responses, cards: cards + collidedCards, collidedCards, reviews };
}

const SETTING_FIELDS = ["timeZone", "desiredRetention", "newCardsPerDay", "maximumInterval", "burySiblings"] as const;
type SettingField = (typeof SETTING_FIELDS)[number];
const settingsFields = { timeZone: true, desiredRetention: true, newCardsPerDay: true, maximumInterval: true, burySiblings: true } as const;
