-- CreateTable
CREATE TABLE "CommentReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CommentModeration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commentId" TEXT NOT NULL,
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "hiddenById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recipientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "actorId" TEXT,
    "compactId" TEXT NOT NULL,
    "commentId" TEXT,
    "roundId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME
);

-- CreateIndex
CREATE INDEX "CommentReport_municipalityId_resolvedAt_idx" ON "CommentReport"("municipalityId", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CommentReport_commentId_reporterId_key" ON "CommentReport"("commentId", "reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "CommentModeration_commentId_key" ON "CommentModeration"("commentId");

-- CreateIndex
CREATE INDEX "CommentModeration_compactId_idx" ON "CommentModeration"("compactId");

-- CreateIndex
CREATE INDEX "Notification_recipientId_readAt_idx" ON "Notification"("recipientId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_recipientId_createdAt_idx" ON "Notification"("recipientId", "createdAt");

-- A hiding stays on record: moderation rows are never changed or deleted (issue 5).
CREATE TRIGGER "CommentModeration_no_update" BEFORE UPDATE ON "CommentModeration"
BEGIN
  SELECT RAISE(ABORT, 'CommentModeration rows are never changed');
END;
CREATE TRIGGER "CommentModeration_no_delete" BEFORE DELETE ON "CommentModeration"
BEGIN
  SELECT RAISE(ABORT, 'CommentModeration rows are never deleted');
END;
