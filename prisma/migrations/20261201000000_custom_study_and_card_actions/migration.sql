-- CreateTable
CREATE TABLE "CardAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "versionAfter" INTEGER NOT NULL,
    "reviewLogId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    CONSTRAINT "CardAction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardAction_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'guest',
    "role" TEXT NOT NULL DEFAULT 'learner',
    "email" TEXT,
    "passwordHash" TEXT,
    "displayName" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "maximumInterval" INTEGER NOT NULL DEFAULT 36500,
    "extraNewCards" INTEGER NOT NULL DEFAULT 0,
    "extraNewCardsDay" TEXT,
    "adoptedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_User" ("adoptedById", "createdAt", "desiredRetention", "displayName", "email", "id", "kind", "lastSeenAt", "maximumInterval", "newCardsPerDay", "passwordHash", "role", "timeZone", "updatedAt") SELECT "adoptedById", "createdAt", "desiredRetention", "displayName", "email", "id", "kind", "lastSeenAt", "maximumInterval", "newCardsPerDay", "passwordHash", "role", "timeZone", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CardAction_userId_createdAt_idx" ON "CardAction"("userId", "createdAt");

