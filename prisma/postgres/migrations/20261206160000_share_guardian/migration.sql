-- AlterTable
ALTER TABLE "Share" ADD COLUMN     "guardianConsentedAt" TIMESTAMP(3),
ADD COLUMN     "guardianName" TEXT,
ADD COLUMN     "under18" BOOLEAN NOT NULL DEFAULT false;
