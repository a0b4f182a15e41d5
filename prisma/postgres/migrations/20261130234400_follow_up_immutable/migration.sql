-- Progress updates are a history: a correction is a new update, never an edit. Like decisions and the
-- audit trail, the database refuses changes and deletions (function from the immutable_records migration).
CREATE TRIGGER "ProgressUpdate_immutable" BEFORE UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();

CREATE TRIGGER "ProgressEvidenceFile_immutable" BEFORE UPDATE OR DELETE ON "ProgressEvidenceFile"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();
