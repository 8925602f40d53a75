-- AlterTable
ALTER TABLE "Share" ADD COLUMN     "latest" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "rosterEntryId" TEXT,
ADD COLUMN     "studentKey" TEXT;
UPDATE "Share" SET "studentKey" = "id";
ALTER TABLE "Share" ALTER COLUMN "studentKey" SET NOT NULL;

-- CreateTable
CREATE TABLE "RosterEntry" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "counsellorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "rollNumber" TEXT,
    "position" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterEntry_cohortId_position_idx" ON "RosterEntry"("cohortId", "position");

-- CreateIndex
CREATE INDEX "Share_cohortId_studentKey_idx" ON "Share"("cohortId", "studentKey");

-- CreateIndex
CREATE INDEX "Share_rosterEntryId_idx" ON "Share"("rosterEntryId");

-- AddForeignKey
ALTER TABLE "RosterEntry" ADD CONSTRAINT "RosterEntry_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Share" ADD CONSTRAINT "Share_rosterEntryId_fkey" FOREIGN KEY ("rosterEntryId") REFERENCES "RosterEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: every share made before this migration starts its own student, then a share whose
-- result retakes (Assessment.previousId) a result shared with the same cohort joins that share's
-- student, and each pass follows the chain one attempt further. Then only each student's newest share
-- stays "latest".
UPDATE "Share" SET "studentKey" = (
  SELECT p."studentKey" FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
) WHERE EXISTS (
  SELECT 1 FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
);
UPDATE "Share" SET "studentKey" = (
  SELECT p."studentKey" FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
) WHERE EXISTS (
  SELECT 1 FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
);
UPDATE "Share" SET "studentKey" = (
  SELECT p."studentKey" FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
) WHERE EXISTS (
  SELECT 1 FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
);
UPDATE "Share" SET "studentKey" = (
  SELECT p."studentKey" FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
) WHERE EXISTS (
  SELECT 1 FROM "Share" p JOIN "Assessment" a ON a."previousId" = p."assessmentId"
  WHERE a."id" = "Share"."assessmentId" AND p."cohortId" = "Share"."cohortId"
);

UPDATE "Share" SET "latest" = false WHERE EXISTS (
  SELECT 1 FROM "Share" n
  WHERE n."cohortId" = "Share"."cohortId" AND n."studentKey" = "Share"."studentKey"
    AND (n."takenAt" > "Share"."takenAt" OR (n."takenAt" = "Share"."takenAt" AND n."id" > "Share"."id"))
);
