-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "lastOpenedAt" TIMESTAMP(3);
