/**
 * Log lines without personal data. Our own log calls never include request bodies, names,
 * emails, notes or answers (docs/security.md); this is the safety net for text we do not write
 * ourselves, such as Better Auth's messages and the errors it passes along.
 */

// Deliberately broad: anything shaped like local@domain.tld, quoted or not.
const EMAIL = /[^\s@"'`<>()[\]{},;:\\]+@[^\s@"'`<>()[\]{},;:\\]+\.[^\s@"'`<>()[\]{},;:\\]+/g;

export function redactPersonalData(text: string): string {
  return text.replace(EMAIL, "[email]");
}

/**
 * One argument of a log call as safe text. An error keeps its name, its message with emails
 * removed and the first line of its stack (where it came from), never its other fields, which
 * may hold the data of the query that failed.
 */
export function describeForLog(value: unknown): string {
  if (value instanceof Error) {
    const origin = value.stack?.split("\n").find((line) => line.trim().startsWith("at "))?.trim();
    return redactPersonalData([`${value.name}: ${value.message}`, origin].filter(Boolean).join(" "));
  }
  if (typeof value === "string") return redactPersonalData(value);
  if (typeof value === "number" || typeof value === "boolean" || value == null) return String(value);
  try {
    return redactPersonalData(JSON.stringify(value));
  } catch {
    return "[unprintable]";
  }
}

type LogLevel = "debug" | "info" | "warn" | "error";

/** Better Auth's `logger.log`: the same line it would print, minus personal data. */
export function logForBetterAuth(level: LogLevel, message: string, ...args: unknown[]): void {
  const line = [`[Better Auth] ${level.toUpperCase()}: ${redactPersonalData(message)}`, ...args.map(describeForLog)].join(" ");
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}
