-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "tryWork" JSONB;
