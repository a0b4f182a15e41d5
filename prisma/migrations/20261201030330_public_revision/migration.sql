-- CreateTable
CREATE TABLE "PublicRevision" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL DEFAULT 0
);

-- The public pages' cache (issue 10): one counter, bumped by every change a public page could show,
-- so that a cached page is re-rendered when something on it changes, whoever made the change.
INSERT INTO "PublicRevision" ("scope", "revision") VALUES ('portal', 0);

CREATE TRIGGER "Municipality_public_revision_insert" AFTER INSERT ON "Municipality"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Municipality_public_revision_update" AFTER UPDATE ON "Municipality"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Organisation_public_revision_insert" AFTER INSERT ON "Organisation"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Organisation_public_revision_update" AFTER UPDATE ON "Organisation"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Setting_public_revision_insert" AFTER INSERT ON "Setting"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Setting_public_revision_update" AFTER UPDATE ON "Setting"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Setting_public_revision_delete" AFTER DELETE ON "Setting"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Compact_public_revision_update" AFTER UPDATE OF "slug", "title", "summary", "stage", "currentVersion", "municipalityId" ON "Compact"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "StageChange_public_revision_insert" AFTER INSERT ON "StageChange"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "StageSummary_public_revision_insert" AFTER INSERT ON "StageSummary"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "StageSummary_public_revision_update" AFTER UPDATE ON "StageSummary"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Decision_public_revision_insert" AFTER INSERT ON "Decision"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "DecisionApproval_public_revision_insert" AFTER INSERT ON "DecisionApproval"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Publication_public_revision_insert" AFTER INSERT ON "Publication"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Joining_public_revision_insert" AFTER INSERT ON "Joining"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Joining_public_revision_update" AFTER UPDATE ON "Joining"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Joining_public_revision_delete" AFTER DELETE ON "Joining"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ParticipationEntry_public_revision_insert" AFTER INSERT ON "ParticipationEntry"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ParticipationEntry_public_revision_update" AFTER UPDATE ON "ParticipationEntry"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ParticipationEntry_public_revision_delete" AFTER DELETE ON "ParticipationEntry"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "PrincipleCheckSnapshot_public_revision_insert" AFTER INSERT ON "PrincipleCheckSnapshot"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "PrincipleOverride_public_revision_insert" AFTER INSERT ON "PrincipleOverride"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ActionPlan_public_revision_insert" AFTER INSERT ON "ActionPlan"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ActionPlan_public_revision_update" AFTER UPDATE ON "ActionPlan"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ActionPlan_public_revision_delete" AFTER DELETE ON "ActionPlan"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Commitment_public_revision_insert" AFTER INSERT ON "Commitment"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Commitment_public_revision_update" AFTER UPDATE ON "Commitment"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "Commitment_public_revision_delete" AFTER DELETE ON "Commitment"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ProgressUpdate_public_revision_insert" AFTER INSERT ON "ProgressUpdate"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ProgressEvidenceFile_public_revision_insert" AFTER INSERT ON "ProgressEvidenceFile"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "FollowUpRhythm_public_revision_insert" AFTER INSERT ON "FollowUpRhythm"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "FollowUpRhythm_public_revision_update" AFTER UPDATE ON "FollowUpRhythm"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "FollowUpRhythm_public_revision_delete" AFTER DELETE ON "FollowUpRhythm"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "JointReview_public_revision_insert" AFTER INSERT ON "JointReview"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "JointReview_public_revision_update" AFTER UPDATE ON "JointReview"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "JointReview_public_revision_delete" AFTER DELETE ON "JointReview"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ReviewProposal_public_revision_insert" AFTER INSERT ON "ReviewProposal"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ReviewProposal_public_revision_update" AFTER UPDATE ON "ReviewProposal"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "ReviewProposal_public_revision_delete" AFTER DELETE ON "ReviewProposal"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "CommentRound_public_revision_insert" AFTER INSERT ON "CommentRound"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "CommentRound_public_revision_update" AFTER UPDATE ON "CommentRound"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "CommentResponse_public_revision_insert" AFTER INSERT ON "CommentResponse"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;

CREATE TRIGGER "CommentResponse_public_revision_update" AFTER UPDATE ON "CommentResponse"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;
