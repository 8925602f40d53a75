-- AlterTable
ALTER TABLE "Share" ADD COLUMN "guardianConsentedAt" DATETIME;
ALTER TABLE "Share" ADD COLUMN "guardianName" TEXT;
ALTER TABLE "Share" ADD COLUMN "under18" BOOLEAN NOT NULL DEFAULT false;
