import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./lib/database-url";

// The Prisma CLI reads this file; the app and scripts/migrate.ts use the same resolver, so
// all three agree on which schema folder and which database DATABASE_URL selects.
const database = resolveDatabase(process.env.DATABASE_URL);

export default defineConfig({
  schema: `prisma/${database.provider === "postgresql" ? "postgres" : "sqlite"}`,
  migrations: { path: `prisma/${database.provider === "postgresql" ? "postgres" : "sqlite"}/migrations` },
  datasource: { url: database.url },
});
