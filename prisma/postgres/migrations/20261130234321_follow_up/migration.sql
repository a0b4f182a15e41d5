-- CreateTable
CREATE TABLE "ActionPlan" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "priorityAreas" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "actionPlanId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "party" TEXT NOT NULL,
    "ownerOrganisationId" TEXT NOT NULL,
    "partnerOrganisationId" TEXT,
    "contactRole" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3),
    "recurrence" TEXT,
    "followUpKind" TEXT NOT NULL,
    "indicator" TEXT NOT NULL DEFAULT '',
    "target" TEXT NOT NULL DEFAULT '',
    "deliverable" TEXT NOT NULL DEFAULT '',
    "principles" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "percent" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "evidenceUrl" TEXT,
    "date" TIMESTAMP(3) NOT NULL,
    "authorId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressEvidenceFile" (
    "id" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgressEvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpRhythm" (
    "compactId" TEXT NOT NULL,
    "actionPlanMonths" INTEGER NOT NULL DEFAULT 24,
    "commitmentReviewMonths" INTEGER NOT NULL DEFAULT 36,
    "principleReviewMonths" INTEGER NOT NULL DEFAULT 60,
    "meetingMonths" INTEGER NOT NULL DEFAULT 12,
    "staleAfterMonths" INTEGER NOT NULL DEFAULT 6,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpRhythm_pkey" PRIMARY KEY ("compactId")
);

-- CreateTable
CREATE TABLE "FollowUpReminder" (
    "id" TEXT NOT NULL,
    "commitmentId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "recipients" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointReview" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "commitments" JSONB NOT NULL,
    "principles" JSONB NOT NULL,
    "participantsSaid" TEXT NOT NULL,
    "proposals" JSONB NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JointReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewProposal" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "subject" TEXT NOT NULL DEFAULT '',
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionPlan_compactId_idx" ON "ActionPlan"("compactId");

-- CreateIndex
CREATE INDEX "Commitment_compactId_idx" ON "Commitment"("compactId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_commitmentId_date_idx" ON "ProgressUpdate"("commitmentId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressEvidenceFile_updateId_key" ON "ProgressEvidenceFile"("updateId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpReminder_commitmentId_dueAt_key" ON "FollowUpReminder"("commitmentId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "JointReview_compactId_versionNumber_key" ON "JointReview"("compactId", "versionNumber");

-- CreateIndex
CREATE INDEX "ReviewProposal_compactId_versionNumber_idx" ON "ReviewProposal"("compactId", "versionNumber");

-- AddForeignKey
ALTER TABLE "ActionPlan" ADD CONSTRAINT "ActionPlan_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_actionPlanId_fkey" FOREIGN KEY ("actionPlanId") REFERENCES "ActionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_partnerOrganisationId_fkey" FOREIGN KEY ("partnerOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressEvidenceFile" ADD CONSTRAINT "ProgressEvidenceFile_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpRhythm" ADD CONSTRAINT "FollowUpRhythm_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpReminder" ADD CONSTRAINT "FollowUpReminder_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointReview" ADD CONSTRAINT "JointReview_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewProposal" ADD CONSTRAINT "ReviewProposal_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
