-- DropIndex
DROP INDEX "Share_counsellorId_searchName_idx";

-- DropIndex
DROP INDEX "Share_cohortId_takenAt_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_overallScore_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_takenAt_idx";

-- CreateIndex
CREATE INDEX "Share_counsellorId_takenAt_id_idx" ON "Share"("counsellorId", "takenAt", "id");

-- CreateIndex
CREATE INDEX "Share_counsellorId_overallScore_id_idx" ON "Share"("counsellorId", "overallScore", "id");

-- CreateIndex
CREATE INDEX "Share_counsellorId_educationScore_id_idx" ON "Share"("counsellorId", "educationScore", "id");

-- CreateIndex
CREATE INDEX "Share_counsellorId_skillsScore_id_idx" ON "Share"("counsellorId", "skillsScore", "id");

-- CreateIndex
CREATE INDEX "Share_counsellorId_temperamentScore_id_idx" ON "Share"("counsellorId", "temperamentScore", "id");

-- CreateIndex
CREATE INDEX "Share_counsellorId_searchName_id_idx" ON "Share"("counsellorId", "searchName", "id");

-- CreateIndex
CREATE INDEX "Share_cohortId_takenAt_id_idx" ON "Share"("cohortId", "takenAt", "id");
