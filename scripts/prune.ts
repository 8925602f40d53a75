/**
 * `npm run db:prune`: the retention job. Deletes every result that was never shared (or whose
 * shares were all withdrawn) and whose report nobody has opened for RETENTION_DAYS days (365 by
 * default), through the app's own service (lib/assessments/retention.ts), and prints how many.
 * Safe to run again at once, or from several machines: a second run finds nothing more to delete.
 * Runs against whatever DATABASE_URL selects; run it after `npm run db:deploy` on a new release.
 * Schedule it daily, e.g. with cron: `15 3 * * * cd /srv/coder-fit && npm run db:prune`.
 */
import { exitOnInvalidEnv } from "../lib/startup/exit-on-invalid-env";

async function main(): Promise<void> {
  const env = exitOnInvalidEnv();
  const { getDb } = await import("../lib/db");
  const { pruneUnusedResults, retentionCutoff } = await import("../lib/assessments/retention");
  const now = new Date();
  try {
    const deleted = await pruneUnusedResults(env.RETENTION_DAYS, now);
    const cutoff = retentionCutoff(env.RETENTION_DAYS, now).toISOString().slice(0, 10);
    console.log(
      `Deleted ${deleted} result${deleted === 1 ? "" : "s"} never shared and not opened since ${cutoff} (RETENTION_DAYS=${env.RETENTION_DAYS}).`,
    );
  } finally {
    await getDb().$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`db:prune failed: ${(error as Error)?.message ?? error}`);
  process.exit(1);
});
