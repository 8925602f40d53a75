-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "lastOpenedAt" DATETIME;
