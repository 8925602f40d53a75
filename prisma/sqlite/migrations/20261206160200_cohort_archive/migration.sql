-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN "archivedAt" DATETIME;
