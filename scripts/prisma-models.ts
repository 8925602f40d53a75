import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";

export const MODELS_SOURCE = path.join("prisma", "models.prisma");
export const MODEL_COPIES = [path.join("prisma", "sqlite", "models.prisma"), path.join("prisma", "postgres", "models.prisma")];

/** Copies prisma/models.prisma into each provider's schema folder when it differs. */
export function syncModelCopies(root = process.cwd()): string[] {
  const source = readFileSync(path.join(root, MODELS_SOURCE), "utf8");
  const updated: string[] = [];
  for (const copy of MODEL_COPIES) {
    const target = path.join(root, copy);
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch {
      // A missing copy is written below.
    }
    if (current !== source) {
      copyFileSync(path.join(root, MODELS_SOURCE), target);
      updated.push(copy);
    }
  }
  return updated;
}
