-- CreateTable
CREATE TABLE "PublishedCompact" (
    "compactId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "publicationId" TEXT NOT NULL,
    "compactSlug" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "consultationStartsAt" TIMESTAMP(3),
    "consultationEndsAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublishedCompact_pkey" PRIMARY KEY ("compactId")
);

-- CreateIndex
CREATE INDEX "PublishedCompact_publishedAt_compactId_idx" ON "PublishedCompact"("publishedAt", "compactId");

-- CreateIndex
CREATE INDEX "PublishedCompact_municipalityId_publishedAt_compactId_idx" ON "PublishedCompact"("municipalityId", "publishedAt", "compactId");

-- CreateIndex
CREATE INDEX "PublishedCompact_stage_publishedAt_compactId_idx" ON "PublishedCompact"("stage", "publishedAt", "compactId");

-- CreateIndex
CREATE INDEX "PublishedCompact_municipalityId_stage_publishedAt_compactId_idx" ON "PublishedCompact"("municipalityId", "stage", "publishedAt", "compactId");

-- CreateIndex
CREATE INDEX "PublishedCompact_kind_consultationEndsAt_idx" ON "PublishedCompact"("kind", "consultationEndsAt");

-- Backfill: the newest publication of every compact published so far.
INSERT INTO "PublishedCompact" ("compactId", "municipalityId", "stage", "publicationId", "compactSlug", "versionNumber", "kind", "title", "summary", "searchText", "consultationStartsAt", "consultationEndsAt", "publishedAt")
SELECT p."compactId", p."municipalityId", c."stage", p."id", p."compactSlug", p."versionNumber", p."kind", p."title", p."summary", lower(replace(replace(replace(replace(replace(p."title" || ' ' || p."summary", 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'), 'Ü', 'ü')), p."consultationStartsAt", p."consultationEndsAt", p."publishedAt"
FROM "Publication" p JOIN "Compact" c ON c."id" = p."compactId"
WHERE p."id" = (SELECT p2."id" FROM "Publication" p2 WHERE p2."compactId" = p."compactId" ORDER BY p2."publishedAt" DESC, p2."id" DESC LIMIT 1);

-- Every publication replaces its compact's row when it is the newest (a compact that no longer exists
-- gets no row). The search text folds Swedish capitals by hand as on SQLite, whatever the collation.
CREATE FUNCTION "overens_published_compact_on_publication"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "PublishedCompact" ("compactId", "municipalityId", "stage", "publicationId", "compactSlug", "versionNumber", "kind", "title", "summary", "searchText", "consultationStartsAt", "consultationEndsAt", "publishedAt")
  SELECT NEW."compactId", NEW."municipalityId", c."stage", NEW."id", NEW."compactSlug", NEW."versionNumber", NEW."kind", NEW."title", NEW."summary", lower(replace(replace(replace(replace(replace(NEW."title" || ' ' || NEW."summary", 'Å', 'å'), 'Ä', 'ä'), 'Ö', 'ö'), 'É', 'é'), 'Ü', 'ü')), NEW."consultationStartsAt", NEW."consultationEndsAt", NEW."publishedAt"
  FROM "Compact" c WHERE c."id" = NEW."compactId"
  ON CONFLICT ("compactId") DO UPDATE SET "municipalityId" = excluded."municipalityId", "publicationId" = excluded."publicationId", "compactSlug" = excluded."compactSlug", "versionNumber" = excluded."versionNumber", "kind" = excluded."kind", "title" = excluded."title", "summary" = excluded."summary", "searchText" = excluded."searchText", "consultationStartsAt" = excluded."consultationStartsAt", "consultationEndsAt" = excluded."consultationEndsAt", "publishedAt" = excluded."publishedAt"
  WHERE excluded."publishedAt" >= "PublishedCompact"."publishedAt";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PublishedCompact_on_publication" AFTER INSERT ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "overens_published_compact_on_publication"();

-- The list shows and filters by the compact's current stage.
CREATE FUNCTION "overens_published_compact_on_stage"() RETURNS trigger AS $$
BEGIN
  UPDATE "PublishedCompact" SET "stage" = NEW."stage" WHERE "compactId" = NEW."id";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PublishedCompact_on_stage" AFTER UPDATE OF "stage" ON "Compact"
  FOR EACH ROW WHEN (OLD."stage" IS DISTINCT FROM NEW."stage") EXECUTE FUNCTION "overens_published_compact_on_stage"();
