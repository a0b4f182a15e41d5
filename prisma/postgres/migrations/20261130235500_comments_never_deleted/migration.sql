-- Comments are never deleted: a withdrawn comment stays, shown as withdrawn (issue 5).
CREATE TRIGGER "Comment_no_delete" BEFORE DELETE ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "overens_refuse_change"();
