-- CreateTable
CREATE TABLE "CommentRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "audience" TEXT NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "openedById" TEXT NOT NULL,
    "closedAt" DATETIME,
    "closedById" TEXT,
    "participationEntryId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CommentRoundParticipant" (
    "roundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    PRIMARY KEY ("roundId", "organisationId"),
    CONSTRAINT "CommentRoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CommentRound" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "roundId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "anchorStart" TEXT,
    "anchorEnd" TEXT,
    "quote" TEXT NOT NULL DEFAULT '',
    "sectionTitle" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "joint" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "editedAt" DATETIME,
    "resolvedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommentSignature_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommentResponse" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "respondedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommentResponse_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CommentRound_compactId_versionNumber_idx" ON "CommentRound"("compactId", "versionNumber");

-- CreateIndex
CREATE INDEX "Comment_compactId_versionNumber_idx" ON "Comment"("compactId", "versionNumber");

-- CreateIndex
CREATE INDEX "Comment_roundId_idx" ON "Comment"("roundId");

-- CreateIndex
CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentSignature_commentId_userId_key" ON "CommentSignature"("commentId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentResponse_commentId_key" ON "CommentResponse"("commentId");
