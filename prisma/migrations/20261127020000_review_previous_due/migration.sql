-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "previousDue" DATETIME;

