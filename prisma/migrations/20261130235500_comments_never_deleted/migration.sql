-- Comments are never deleted: a withdrawn comment stays, shown as withdrawn (issue 5).
CREATE TRIGGER "Comment_no_delete" BEFORE DELETE ON "Comment"
BEGIN
  SELECT RAISE(ABORT, 'Comment rows are never deleted');
END;
