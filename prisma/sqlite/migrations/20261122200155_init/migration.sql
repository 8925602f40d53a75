-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileId" TEXT NOT NULL,
    "profileVersion" TEXT NOT NULL,
    "scoringVersion" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "overallScore" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_submissionKey_key" ON "Assessment"("submissionKey");

-- CreateIndex
CREATE INDEX "Assessment_overallScore_idx" ON "Assessment"("overallScore");

-- CreateIndex
CREATE INDEX "Assessment_band_createdAt_idx" ON "Assessment"("band", "createdAt");

-- CreateIndex
CREATE INDEX "Assessment_createdAt_idx" ON "Assessment"("createdAt");
