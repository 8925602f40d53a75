-- AlterTable
ALTER TABLE "Share" ADD COLUMN "degreeId" TEXT;

-- Backfill: the degree the person picked, from the scoring result the share was made from.
UPDATE "Share" SET "degreeId" = (
  SELECT json_extract(a."result", '$.education.degreeId') FROM "Assessment" a WHERE a."id" = "Share"."assessmentId"
);
