-- CreateTable
CREATE TABLE "DecisionRule" (
    "municipalityId" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'single',
    "approvalsRequired" INTEGER NOT NULL DEFAULT 3,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DecisionRule_pkey" PRIMARY KEY ("municipalityId")
);

-- CreateTable
CREATE TABLE "DecisionApproval" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "meetingDate" TIMESTAMP(3) NOT NULL,
    "politicianId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionApproval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "compactSlug" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "content" JSONB NOT NULL,
    "consultationStartsAt" TIMESTAMP(3),
    "consultationEndsAt" TIMESTAMP(3),
    "publishedById" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Joining" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "joinedOn" TIMESTAMP(3) NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceFile" BYTEA,
    "evidenceFileName" TEXT,
    "status" TEXT NOT NULL,
    "appliedById" TEXT,
    "confirmedById" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Joining_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionApproval_compactId_versionNumber_idx" ON "DecisionApproval"("compactId", "versionNumber");

-- CreateIndex
CREATE INDEX "Publication_municipalityId_compactSlug_publishedAt_idx" ON "Publication"("municipalityId", "compactSlug", "publishedAt");

-- CreateIndex
CREATE INDEX "Publication_compactId_publishedAt_idx" ON "Publication"("compactId", "publishedAt");

-- CreateIndex
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");

-- CreateIndex
CREATE INDEX "Joining_compactId_status_idx" ON "Joining"("compactId", "status");

-- CreateIndex
CREATE INDEX "Joining_municipalityId_status_idx" ON "Joining"("municipalityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Joining_compactId_organisationId_key" ON "Joining"("compactId", "organisationId");

-- Individual approvals and publications are never changed in place (like Decision).
CREATE TRIGGER "DecisionApproval_immutable" BEFORE UPDATE OR DELETE ON "DecisionApproval"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();

CREATE TRIGGER "Publication_immutable" BEFORE UPDATE OR DELETE ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();
