-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "previousId" TEXT;
