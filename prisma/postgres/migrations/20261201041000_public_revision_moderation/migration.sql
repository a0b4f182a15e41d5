-- A hidden comment leaves the public consultation report: the public pages are rendered again.
CREATE TRIGGER "CommentModeration_public_revision" AFTER INSERT ON "CommentModeration"
  FOR EACH STATEMENT EXECUTE FUNCTION "overens_bump_public_revision"();
