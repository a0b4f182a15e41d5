-- AlterTable
ALTER TABLE "CompactVersion" ADD COLUMN     "yState" BYTEA;

-- AlterTable
ALTER TABLE "StageChange" ADD COLUMN     "content" JSONB;

-- CreateTable
CREATE TABLE "StageSummary" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StageSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "meetingDate" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StageSummary_compactId_versionNumber_stage_key" ON "StageSummary"("compactId", "versionNumber", "stage");

-- CreateIndex
CREATE INDEX "Decision_compactId_versionNumber_idx" ON "Decision"("compactId", "versionNumber");

-- AddForeignKey
ALTER TABLE "StageSummary" ADD CONSTRAINT "StageSummary_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
