-- AlterTable
ALTER TABLE "CompactVersion" ADD COLUMN "yState" BLOB;

-- AlterTable
ALTER TABLE "StageChange" ADD COLUMN "content" JSONB;

-- CreateTable
CREATE TABLE "StageSummary" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StageSummary_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "meetingDate" DATETIME NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Decision_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "StageSummary_compactId_versionNumber_stage_key" ON "StageSummary"("compactId", "versionNumber", "stage");

-- CreateIndex
CREATE INDEX "Decision_compactId_versionNumber_idx" ON "Decision"("compactId", "versionNumber");
