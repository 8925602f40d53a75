-- CreateIndex
CREATE INDEX "Share_analytics_idx" ON "Share"("counsellorId", "latest", "band", "gapMask", "flagMask", "overallScore", "educationScore", "skillsScore", "temperamentScore");
