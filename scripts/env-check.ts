import { EnvError, parseEnv, type Env } from "../lib/env";

/** Start-up guard for scripts: a bad variable ends the process with one line, no stack trace. */
export function readEnvOrExit(): Env {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Coder Fit cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
