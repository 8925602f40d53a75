-- DropIndex
DROP INDEX "Share_counsellorId_takenAt_id_latest_idx";

-- CreateIndex
CREATE INDEX "Share_counsellorId_takenAt_id_latest_flagMask_searchName_idx" ON "Share"("counsellorId", "takenAt", "id", "latest", "flagMask", "searchName");
