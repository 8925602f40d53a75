-- CreateTable
CREATE TABLE "RosterEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "counsellorId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "rollNumber" TEXT,
    "position" INTEGER NOT NULL,
    "startedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RosterEntry_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Share" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "counsellorId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "email" TEXT,
    "consentedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "under18" BOOLEAN NOT NULL DEFAULT false,
    "guardianName" TEXT,
    "guardianConsentedAt" DATETIME,
    "reviewedAt" DATETIME,
    "takenAt" DATETIME NOT NULL,
    "overallScore" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "educationScore" REAL NOT NULL,
    "skillsScore" REAL NOT NULL,
    "temperamentScore" REAL NOT NULL,
    "backgroundId" TEXT NOT NULL,
    "flagMask" INTEGER NOT NULL,
    "gapMask" INTEGER NOT NULL,
    "topGaps" TEXT NOT NULL,
    "rosterEntryId" TEXT,
    "studentKey" TEXT NOT NULL,
    "latest" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Share_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Share_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Share_rosterEntryId_fkey" FOREIGN KEY ("rosterEntryId") REFERENCES "RosterEntry" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Share" ("assessmentId", "backgroundId", "band", "cohortId", "consentedAt", "counsellorId", "displayName", "educationScore", "email", "flagMask", "gapMask", "guardianConsentedAt", "guardianName", "id", "overallScore", "reviewedAt", "searchName", "skillsScore", "takenAt", "temperamentScore", "topGaps", "under18", "studentKey") SELECT "assessmentId", "backgroundId", "band", "cohortId", "consentedAt", "counsellorId", "displayName", "educationScore", "email", "flagMask", "gapMask", "guardianConsentedAt", "guardianName", "id", "overallScore", "reviewedAt", "searchName", "skillsScore", "takenAt", "temperamentScore", "topGaps", "under18", "id" FROM "Share";
DROP TABLE "Share";
ALTER TABLE "new_Share" RENAME TO "Share";
CREATE INDEX "Share_counsellorId_takenAt_id_idx" ON "Share"("counsellorId", "takenAt", "id");
CREATE INDEX "Share_counsellorId_overallScore_id_idx" ON "Share"("counsellorId", "overallScore", "id");
CREATE INDEX "Share_counsellorId_educationScore_id_idx" ON "Share"("counsellorId", "educationScore", "id");
CREATE INDEX "Share_counsellorId_skillsScore_id_idx" ON "Share"("counsellorId", "skillsScore", "id");
CREATE INDEX "Share_counsellorId_temperamentScore_id_idx" ON "Share"("counsellorId", "temperamentScore", "id");
CREATE INDEX "Share_counsellorId_searchName_id_idx" ON "Share"("counsellorId", "searchName", "id");
CREATE INDEX "Share_cohortId_takenAt_id_idx" ON "Share"("cohortId", "takenAt", "id");
CREATE INDEX "Share_cohortId_studentKey_idx" ON "Share"("cohortId", "studentKey");
CREATE INDEX "Share_rosterEntryId_idx" ON "Share"("rosterEntryId");
CREATE UNIQUE INDEX "Share_assessmentId_cohortId_key" ON "Share"("assessmentId", "cohortId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "RosterEntry_cohortId_position_idx" ON "RosterEntry"("cohortId", "position");

-- Backfill: every share made before this migration starts its own student, then a share whose
-- result retakes (Assessment.previousId) a result shared with the same cohort joins that share's
-- student; each pass follows the chain one attempt further. Then only each student's newest share
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
