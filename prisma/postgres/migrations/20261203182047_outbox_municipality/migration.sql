-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "linkWithheld" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "municipalityId" TEXT;

-- CreateIndex
CREATE INDEX "OutboxMessage_municipalityId_createdAt_idx" ON "OutboxMessage"("municipalityId", "createdAt");
