-- A hidden comment leaves the public consultation report: the public pages are rendered again.
CREATE TRIGGER "CommentModeration_public_revision_insert" AFTER INSERT ON "CommentModeration"
BEGIN
  UPDATE "PublicRevision" SET "revision" = "revision" + 1 WHERE "scope" = 'portal';
END;
