import { EnvError, parseEnv, type Env } from "@/lib/env";

/** Start-up guard: a bad variable ends the process with one line, never a stack trace. */
export function exitOnInvalidEnv(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`Coder Fit cannot start. ${error.message}`);
    process.exit(1);
  }
}
