-- CreateTable
CREATE TABLE "Workshop" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "compactId" TEXT,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdById" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopStatement" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopParticipant" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL DEFAULT '',
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkshopParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopVote" (
    "id" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkshopVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "relationType" TEXT NOT NULL,
    "relationKind" TEXT NOT NULL,
    "committeeId" TEXT,
    "since" TIMESTAMP(3),
    "amount" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT 'official',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sentById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerEstimate" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "residents" INTEGER NOT NULL,
    "shareVolunteering" DOUBLE PRECISION NOT NULL DEFAULT 0.48,
    "hoursPerWeek" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "weeksPerYear" INTEGER NOT NULL DEFAULT 52,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerEstimate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrincipleAssessment" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "principle" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrincipleAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrincipleOverride" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrincipleOverride_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrincipleCheckSnapshot" (
    "id" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "findings" JSONB NOT NULL,
    "assessments" JSONB NOT NULL,
    "overrides" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PrincipleCheckSnapshot_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "PrincipleAssessment_compactId_versionNumber_sector_principl_key" ON "PrincipleAssessment"("compactId", "versionNumber", "sector", "principle");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipleOverride_compactId_versionNumber_sector_key" ON "PrincipleOverride"("compactId", "versionNumber", "sector");

-- CreateIndex
CREATE UNIQUE INDEX "PrincipleCheckSnapshot_compactId_versionNumber_key" ON "PrincipleCheckSnapshot"("compactId", "versionNumber");

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workshop" ADD CONSTRAINT "Workshop_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopStatement" ADD CONSTRAINT "WorkshopStatement_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopParticipant" ADD CONSTRAINT "WorkshopParticipant_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopVote" ADD CONSTRAINT "WorkshopVote_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "WorkshopStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopVote" ADD CONSTRAINT "WorkshopVote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "WorkshopParticipant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRequest" ADD CONSTRAINT "SurveyRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerEstimate" ADD CONSTRAINT "VolunteerEstimate_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrincipleAssessment" ADD CONSTRAINT "PrincipleAssessment_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrincipleOverride" ADD CONSTRAINT "PrincipleOverride_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrincipleCheckSnapshot" ADD CONSTRAINT "PrincipleCheckSnapshot_compactId_fkey" FOREIGN KEY ("compactId") REFERENCES "Compact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
