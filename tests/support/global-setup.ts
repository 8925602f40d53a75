/** Says once, visibly, when the PostgreSQL half of the data-layer tests will not run. */
export default function setup(): void {
  if (!process.env.TEST_POSTGRES_URL?.trim()) {
    console.warn(
      "\n⚠ PostgreSQL integration tests are SKIPPED: TEST_POSTGRES_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/postgres).\n",
    );
  } else {
    console.log(`\nPostgreSQL integration tests run against ${new URL(process.env.TEST_POSTGRES_URL).host}.\n`);
  }
}
