import type { DatabaseProvider } from "@/lib/database-url";
import { getDbHandle, type DbHandle } from "@/lib/db";

export type HealthReport =
  | { status: "ok"; database: DatabaseProvider }
  | { status: "unavailable"; database: DatabaseProvider; message: string };

const HEALTH_TIMEOUT_MS = 3_000;

/** Asks the database a trivial question, with a deadline so a hung server still gets an answer. */
export async function checkHealth({ db, provider }: DbHandle = getDbHandle()): Promise<HealthReport> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRawUnsafe("SELECT 1"), deadline]);
    return { status: "ok", database: provider };
  } catch {
    return {
      status: "unavailable",
      database: provider,
      message: "The database is not answering, so results cannot be saved or read right now. Please try again shortly.",
    };
  } finally {
    clearTimeout(timer);
  }
}
