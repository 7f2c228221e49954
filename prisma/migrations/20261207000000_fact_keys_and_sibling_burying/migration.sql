-- Question families (one fact, one family): a fact key per question; a learner setting to bury a graded
-- card's siblings until the next study day, and the link from such a bury to the grade that made it (for undo).
-- burySiblings is added in place (SQLite allows a NOT NULL column with a constant default), not by rebuilding User.
-- AlterTable
ALTER TABLE "Question" ADD COLUMN "factKey" TEXT;

-- AlterTable
ALTER TABLE "CardAction" ADD COLUMN "causedById" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "burySiblings" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "Question_articleId_factKey_idx" ON "Question"("articleId", "factKey");

-- CreateIndex
CREATE INDEX "CardAction_causedById_idx" ON "CardAction"("causedById");
