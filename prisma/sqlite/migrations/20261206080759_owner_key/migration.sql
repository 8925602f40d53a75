-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "ownerKeyHash" TEXT;
