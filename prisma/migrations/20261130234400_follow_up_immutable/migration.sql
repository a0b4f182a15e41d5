-- Progress updates are a history: a correction is a new update, never an edit. Like decisions and the
-- audit trail, the database refuses changes and deletions.
CREATE TRIGGER "ProgressUpdate_no_update" BEFORE UPDATE ON "ProgressUpdate"
BEGIN
  SELECT RAISE(ABORT, 'ProgressUpdate rows are immutable');
END;

CREATE TRIGGER "ProgressUpdate_no_delete" BEFORE DELETE ON "ProgressUpdate"
BEGIN
  SELECT RAISE(ABORT, 'ProgressUpdate rows are immutable');
END;

CREATE TRIGGER "ProgressEvidenceFile_no_update" BEFORE UPDATE ON "ProgressEvidenceFile"
BEGIN
  SELECT RAISE(ABORT, 'ProgressEvidenceFile rows are immutable');
END;

CREATE TRIGGER "ProgressEvidenceFile_no_delete" BEFORE DELETE ON "ProgressEvidenceFile"
BEGIN
  SELECT RAISE(ABORT, 'ProgressEvidenceFile rows are immutable');
END;
