-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "archivedAt" TIMESTAMP(3);
