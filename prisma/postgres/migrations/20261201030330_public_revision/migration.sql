-- CreateTable
CREATE TABLE "PublicRevision" (
    "scope" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicRevision_pkey" PRIMARY KEY ("scope")
);

-- The public pages' cache (issue 10): one counter, bumped by every change a public page could show,
-- so that a cached page is re-rendered when something on it changes, whoever made the change.
INSERT INTO "PublicRevision" ("scope", "revision") VALUES ('portal', 0);

-- Once per statement. (A constraint trigger deferred to commit would hold the counter's row lock for
-- less time, but Prisma's schema engine cannot introspect a database that has one.)
CREATE FUNCTION "overens_bump_public_revision"() RETURNS trigger AS $$
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Municipality_public_revision" AFTER INSERT OR UPDATE ON "Municipality"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Organisation_public_revision" AFTER INSERT OR UPDATE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Setting_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Compact_public_revision" AFTER UPDATE OF "slug", "title", "summary", "stage", "currentVersion", "municipalityId" ON "Compact"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "StageChange_public_revision" AFTER INSERT ON "StageChange"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "StageSummary_public_revision" AFTER INSERT OR UPDATE ON "StageSummary"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Decision_public_revision" AFTER INSERT ON "Decision"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "DecisionApproval_public_revision" AFTER INSERT ON "DecisionApproval"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Publication_public_revision" AFTER INSERT ON "Publication"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Joining_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "Joining"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "ParticipationEntry_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "ParticipationEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "PrincipleCheckSnapshot_public_revision" AFTER INSERT ON "PrincipleCheckSnapshot"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "PrincipleOverride_public_revision" AFTER INSERT ON "PrincipleOverride"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "ActionPlan_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "ActionPlan"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "Commitment_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "Commitment"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "ProgressUpdate_public_revision" AFTER INSERT ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "ProgressEvidenceFile_public_revision" AFTER INSERT ON "ProgressEvidenceFile"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "FollowUpRhythm_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "FollowUpRhythm"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "JointReview_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "JointReview"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "ReviewProposal_public_revision" AFTER INSERT OR UPDATE OR DELETE ON "ReviewProposal"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "CommentRound_public_revision" AFTER INSERT OR UPDATE ON "CommentRound"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();

CREATE TRIGGER "CommentResponse_public_revision" AFTER INSERT OR UPDATE ON "CommentResponse"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();
