-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "compactId" TEXT,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" TEXT NOT NULL,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Workshop_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Workshop_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkshopStatement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workshopId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "openedAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkshopStatement_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workshopId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL DEFAULT '',
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkshopVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statementId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WorkshopVote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "WorkshopStatement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "WorkshopVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "relationType" TEXT NOT NULL,
    "relationKind" TEXT NOT NULL,
    "committeeId" TEXT,
    "since" DATETIME,
    "amount" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'official',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Relation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Relation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Organisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SurveyRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VolunteerEstimate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "residents" INTEGER NOT NULL,
    "shareVolunteering" REAL NOT NULL DEFAULT 0.48,
    "hoursPerWeek" REAL NOT NULL DEFAULT 4,
    "weeksPerYear" INTEGER NOT NULL DEFAULT 52,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VolunteerEstimate_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrincipleAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "principle" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PrincipleAssessment_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrincipleOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PrincipleOverride_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrincipleCheckSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "findings" JSONB NOT NULL,
    "assessments" JSONB NOT NULL,
    "overrides" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PrincipleCheckSnapshot_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_joinCode_key" ON "Workshop"("joinCode");

-- CreateIndex
CREATE INDEX "Workshop_municipalityId_createdAt_idx" ON "Workshop"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "WorkshopStatement_workshopId_position_idx" ON "WorkshopStatement"("workshopId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopParticipant_tokenHash_key" ON "WorkshopParticipant"("tokenHash");

-- CreateIndex
CREATE INDEX "WorkshopParticipant_workshopId_idx" ON "WorkshopParticipant"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopVote_statementId_participantId_key" ON "WorkshopVote"("statementId", "participantId");

-- CreateIndex
CREATE INDEX "Relation_organisationId_idx" ON "Relation"("organisationId");

-- CreateIndex
CREATE INDEX "Relation_committeeId_idx" ON "Relation"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyRequest_tokenHash_key" ON "SurveyRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "SurveyRequest_organisationId_idx" ON "SurveyRequest"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerEstimate_municipalityId_key" ON "VolunteerEstimate"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipleAssessment_compactId_versionNumber_sector_principle_key" ON "PrincipleAssessment"("compactId", "versionNumber", "sector", "principle");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipleOverride_compactId_versionNumber_sector_key" ON "PrincipleOverride"("compactId", "versionNumber", "sector");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipleCheckSnapshot_compactId_versionNumber_key" ON "PrincipleCheckSnapshot"("compactId", "versionNumber");
