-- AlterTable
ALTER TABLE "QuizResponse" ADD COLUMN "outcome" TEXT;

