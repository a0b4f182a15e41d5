-- CreateTable
CREATE TABLE "DecisionRule" (
    "municipalityId" TEXT NOT NULL PRIMARY KEY,
    "mode" TEXT NOT NULL DEFAULT 'single',
    "approvalsRequired" INTEGER NOT NULL DEFAULT 3,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DecisionApproval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "meetingDate" DATETIME NOT NULL,
    "politicianId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "compactSlug" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "content" JSONB NOT NULL,
    "consultationStartsAt" DATETIME,
    "consultationEndsAt" DATETIME,
    "publishedById" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Joining" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "joinedOn" DATETIME NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidenceFile" BLOB,
    "evidenceFileName" TEXT,
    "status" TEXT NOT NULL,
    "appliedById" TEXT,
    "confirmedById" TEXT,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
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
CREATE TRIGGER "DecisionApproval_no_update" BEFORE UPDATE ON "DecisionApproval"
BEGIN
  SELECT RAISE(ABORT, 'DecisionApproval rows are immutable');
END;

CREATE TRIGGER "DecisionApproval_no_delete" BEFORE DELETE ON "DecisionApproval"
BEGIN
  SELECT RAISE(ABORT, 'DecisionApproval rows are immutable');
END;

CREATE TRIGGER "Publication_no_update" BEFORE UPDATE ON "Publication"
BEGIN
  SELECT RAISE(ABORT, 'Publication rows are immutable');
END;

CREATE TRIGGER "Publication_no_delete" BEFORE DELETE ON "Publication"
BEGIN
  SELECT RAISE(ABORT, 'Publication rows are immutable');
END;
