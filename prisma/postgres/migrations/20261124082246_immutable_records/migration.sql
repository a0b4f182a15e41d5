-- Decisions, the audit trail and frozen versions are never changed in place. The app never tries;
-- these triggers make sure nothing else (a script, a console, a bug) can either.
CREATE FUNCTION "overens_refuse_change"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "overens_refuse_frozen_change"() RETURNS trigger AS $$
BEGIN
  IF OLD."frozenAt" IS NOT NULL THEN
    RAISE EXCEPTION 'A frozen % is immutable', TG_TABLE_NAME;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Decision_immutable" BEFORE UPDATE OR DELETE ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();

CREATE TRIGGER "AuditEvent_immutable" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();

CREATE TRIGGER "CompactVersion_frozen_immutable" BEFORE UPDATE OR DELETE ON "CompactVersion"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_frozen_change"();
