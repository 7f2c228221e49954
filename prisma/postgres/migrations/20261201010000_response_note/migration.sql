-- The verdict note shown at answer time, stored so feedback and results never grade again.
ALTER TABLE "QuizResponse" ADD COLUMN "note" TEXT;
