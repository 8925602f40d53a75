// Runs once when the Next.js server starts (also for a plain `next start`), so a bad
// environment stops the server with one readable line instead of failing on the first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { EnvError, parseEnv } = await import("./lib/env");
  try {
    parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Coder Fit cannot start. ${error.message}`);
    process.exit(1);
  }
}
