-- AlterTable
ALTER TABLE "WorkshopParticipant" ADD COLUMN     "excludedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "WorkshopParticipant_workshopId_createdAt_idx" ON "WorkshopParticipant"("workshopId", "createdAt");
