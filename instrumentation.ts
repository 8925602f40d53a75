// Runs once when the Next.js server starts (also for a plain `next start`), so a bad
// environment stops the server with one readable line instead of failing on first request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitOnInvalidEnv } = await import("./lib/startup/exit-on-invalid-env");
    exitOnInvalidEnv();
  }
}
