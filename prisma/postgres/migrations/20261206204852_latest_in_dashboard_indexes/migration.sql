-- DropIndex
DROP INDEX "Share_counsellorId_educationScore_id_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_overallScore_id_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_searchName_id_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_skillsScore_id_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_takenAt_id_idx";

-- DropIndex
DROP INDEX "Share_counsellorId_temperamentScore_id_idx";

-- CreateIndex
CREATE INDEX "Share_counsellorId_takenAt_id_latest_idx" ON "Share"("counsellorId", "takenAt", "id", "latest");

-- CreateIndex
CREATE INDEX "Share_counsellorId_overallScore_id_latest_idx" ON "Share"("counsellorId", "overallScore", "id", "latest");

-- CreateIndex
CREATE INDEX "Share_counsellorId_educationScore_id_latest_idx" ON "Share"("counsellorId", "educationScore", "id", "latest");

-- CreateIndex
CREATE INDEX "Share_counsellorId_skillsScore_id_latest_idx" ON "Share"("counsellorId", "skillsScore", "id", "latest");

-- CreateIndex
CREATE INDEX "Share_counsellorId_temperamentScore_id_latest_idx" ON "Share"("counsellorId", "temperamentScore", "id", "latest");

-- CreateIndex
CREATE INDEX "Share_counsellorId_searchName_id_latest_idx" ON "Share"("counsellorId", "searchName", "id", "latest");
