-- Decisions, the audit trail and frozen versions are never changed in place. The app never tries;
-- these triggers make sure nothing else (a script, a console, a bug) can either.
CREATE TRIGGER "Decision_no_update" BEFORE UPDATE ON "Decision"
BEGIN
  SELECT RAISE(ABORT, 'Decision rows are immutable');
END;

CREATE TRIGGER "Decision_no_delete" BEFORE DELETE ON "Decision"
BEGIN
  SELECT RAISE(ABORT, 'Decision rows are immutable');
END;

CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent rows are immutable');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
  SELECT RAISE(ABORT, 'AuditEvent rows are immutable');
END;

CREATE TRIGGER "CompactVersion_frozen_no_update" BEFORE UPDATE ON "CompactVersion"
WHEN OLD."frozenAt" IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'A frozen CompactVersion is immutable');
END;

CREATE TRIGGER "CompactVersion_frozen_no_delete" BEFORE DELETE ON "CompactVersion"
WHEN OLD."frozenAt" IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'A frozen CompactVersion is immutable');
END;
