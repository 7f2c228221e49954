-- Question families (one fact, one family): a fact key per question; a learner setting to bury a graded
-- card's siblings until the next study day, and the link from such a bury to the grade that made it (for undo).
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "burySiblings" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "factKey" TEXT;

-- AlterTable
ALTER TABLE "CardAction" ADD COLUMN     "causedById" TEXT;

-- CreateIndex
CREATE INDEX "Question_articleId_factKey_idx" ON "Question"("articleId", "factKey");

-- CreateIndex
CREATE INDEX "CardAction_causedById_idx" ON "CardAction"("causedById");

