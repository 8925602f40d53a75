import { z } from "zod";
import { ACCEPTED_DATABASE_URLS, isAcceptedDatabaseUrl } from "./database-url";
import { parseAddressRanges, type AddressRange } from "./rate-limit/forwarded";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

/** A whole number in a range from an environment variable, with a default when unset. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: `must be a whole number from ${min} to ${max}` })
      .int({ error: `must be a whole number from ${min} to ${max}` })
      .min(min, { error: `must be a whole number from ${min} to ${max}` })
      .max(max, { error: `must be a whole number from ${min} to ${max}` })
      .default(fallback),
  );

/** TRUSTED_PROXIES: the entry that is neither an address nor a range, for the error message. */
function invalidProxyEntry(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parseAddressRanges(value);
  return "invalid" in parsed ? parsed.invalid : undefined;
}

export const envSchema = z.object({
  DATABASE_URL: optionalText.refine((value) => value === undefined || isAcceptedDatabaseUrl(value), {
    message: `must be ${ACCEPTED_DATABASE_URLS}`,
  }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Interface `npm start` listens on; 0.0.0.0 to serve other machines. */
  HOST: optionalText.pipe(z.string().default("localhost")),
  PORT: optionalText.pipe(
    z.coerce
      .number<string | undefined>({ error: "must be a port number from 1 to 65535" })
      .int()
      .min(1)
      .max(65535)
      .default(3000),
  ),
  /**
   * Signs counsellors' session cookies. Unset: a random secret is made once and kept in
   * ./data/auth-secret (fine for one machine; instances that share a database must share it).
   */
  BETTER_AUTH_SECRET: optionalText.refine((value) => value === undefined || value.length >= 32, {
    message: "must be at least 32 characters (try: openssl rand -base64 32)",
  }),
  /** The public address of the site, e.g. https://coderfit.example.org. Unset: localhost. */
  BETTER_AUTH_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  /**
   * Whether new counsellor passwords are checked against Have I Been Pwned's breach corpus
   * (only 5 characters of a hash leave the server). "off" for machines without internet.
   */
  AUTH_BREACH_CHECK: optionalText.pipe(z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on")),
  /**
   * Request limits per client address (lib/rate-limit): how long a window lasts, and how many
   * submissions, shares by code and invite-code look-ups an address may make in one. The defaults
   * let a class of 60 behind one college address submit and retry five times each.
   */
  RATE_LIMIT_WINDOW_SECONDS: wholeNumber(10, 86_400, 600),
  RATE_LIMIT_SUBMISSIONS: wholeNumber(1, 1_000_000, 300),
  RATE_LIMIT_SHARES: wholeNumber(1, 1_000_000, 300),
  RATE_LIMIT_INVITE_LOOKUPS: wholeNumber(1, 1_000_000, 300),
  /** Report PDFs drawn per address per window (lib/pdf): each costs CPU, so fewer than the others. */
  RATE_LIMIT_DOWNLOADS: wholeNumber(1, 1_000_000, 120),
  /**
   * Proxies in front of the app whose X-Forwarded-For is believed, as comma-separated addresses
   * and CIDR ranges (lib/rate-limit/forwarded.ts). Unset: none, and every request is counted by
   * the address of its own connection.
   */
  TRUSTED_PROXIES: optionalText
    .refine((value) => value === undefined || invalidProxyEntry(value) === undefined, {
      error: (issue) => `must be IP addresses or CIDR ranges separated by commas, such as "10.0.0.5, fd00::/8"; "${invalidProxyEntry(issue.input)?.slice(0, 40)}" is neither`,
    })
    .transform((value) => (value === undefined ? [] : (parseAddressRanges(value) as { ranges: AddressRange[] }).ranges)),
  /**
   * The HTTP server's limits for slow clients (lib/http-server): all of a request's headers, the
   * whole request with its body, and how long a kept-alive connection may sit idle.
   */
  HTTP_HEADERS_TIMEOUT_SECONDS: wholeNumber(1, 600, 10),
  HTTP_REQUEST_TIMEOUT_SECONDS: wholeNumber(1, 3_600, 30),
  HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: wholeNumber(1, 600, 5),
  /**
   * Who runs this site and how people reach them about their data, as the privacy page (/privacy)
   * names them. Unset: the page says the site's operator has not added their name, and that no
   * contact has been set, rather than inventing one.
   */
  PRIVACY_OPERATOR_NAME: optionalText.pipe(z.string().max(200, { error: "must be at most 200 characters" }).optional()),
  PRIVACY_CONTACT_EMAIL: optionalText.pipe(z.email({ error: "must be an email address, such as privacy@example.org" }).optional()),
  /**
   * Results never shared and not opened for this many days are deleted by `npm run db:prune`
   * (lib/assessments/retention.ts). The privacy page states the same number.
   */
  RETENTION_DAYS: wholeNumber(30, 36_500, 365),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

/** Shows what kind of value was given without echoing secrets such as a database password. */
function describeValue(name: string, value: unknown): string {
  if (typeof value !== "string") return "nothing";
  if (/SECRET/.test(name)) return `a value of ${value.trim().length} characters`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.trim());
  return scheme ? `a ${scheme[1]}: URL` : `"${value.slice(0, 20)}"`;
}

/** Validates the environment; throws an EnvError whose message is one readable line. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? "environment");
  throw new EnvError(`Invalid ${name}: ${issue.message}; got ${describeValue(name, source[name])}.`);
}

let cached: Env | undefined;

/** The validated environment, read once per process. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
