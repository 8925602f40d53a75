const PORT = Number(process.env.E2E_PORT ?? 3100);

/** The app served against a database that refuses connections (see playwright.config.ts). */
export const downURL = `http://127.0.0.1:${PORT + 1}`;
/** The app served on PostgreSQL, when TEST_POSTGRES_URL is set. */
export const postgresURL = process.env.TEST_POSTGRES_URL ? `http://127.0.0.1:${PORT + 2}` : undefined;
