-- AlterTable
ALTER TABLE "WorkshopParticipant" ADD COLUMN "excludedAt" DATETIME;

-- CreateIndex
CREATE INDEX "WorkshopParticipant_workshopId_createdAt_idx" ON "WorkshopParticipant"("workshopId", "createdAt");
