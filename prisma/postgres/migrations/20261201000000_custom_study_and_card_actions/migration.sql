-- CreateEnum
CREATE TYPE "CardActionKind" AS ENUM ('grade', 'bury', 'suspend', 'flag');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "extraNewCards" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "extraNewCardsDay" TEXT;

-- CreateTable
CREATE TABLE "CardAction" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "kind" "CardActionKind" NOT NULL,
    "before" JSONB NOT NULL,
    "versionAfter" INTEGER NOT NULL,
    "reviewLogId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "CardAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardAction_userId_createdAt_idx" ON "CardAction"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "CardAction" ADD CONSTRAINT "CardAction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardAction" ADD CONSTRAINT "CardAction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

