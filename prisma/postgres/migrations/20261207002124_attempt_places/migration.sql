-- AlterTable
ALTER TABLE "Share" ADD COLUMN     "attemptCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "attemptNumber" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "previousBand" TEXT,
ADD COLUMN     "previousOverall" INTEGER;

-- Backfill: each share's place among its student's attempts in its cohort (oldest first, as
-- refreshAttempts orders them), how many there are, and the figures of the attempt before it.
UPDATE "Share" SET
  "attemptNumber" = w."n",
  "attemptCount" = w."c",
  "previousOverall" = w."po",
  "previousBand" = w."pb"
FROM (
  SELECT "id",
    ROW_NUMBER() OVER (PARTITION BY "cohortId", "studentKey" ORDER BY "takenAt", "id") AS "n",
    COUNT(*) OVER (PARTITION BY "cohortId", "studentKey") AS "c",
    LAG("overallScore") OVER (PARTITION BY "cohortId", "studentKey" ORDER BY "takenAt", "id") AS "po",
    LAG("band") OVER (PARTITION BY "cohortId", "studentKey" ORDER BY "takenAt", "id") AS "pb"
  FROM "Share"
) AS w
WHERE w."id" = "Share"."id" AND w."c" > 1;

