/**
 * Property-based fuzzing of every JSON endpoint through the built app, on SQLite and (when
 * TEST_POSTGRES_URL is set) on PostgreSQL. fast-check generates at least 1,000 requests per
 * endpoint: malformed JSON, wrong content types, wrong types, unknown and prototype-named fields,
 * huge strings up to and past the 64 KB body limit, deep nesting, raw invalid UTF-8, unicode edge
 * cases (NUL and other control characters, lone surrogates, right-to-left and zero-width
 * characters) and forged ids, in paths and query strings as well as bodies.
 *
 * The expected answer for each request comes from the same rules the app states: the body rules
 * of lib/api/route.ts (415, 413, 400) and the zod schemas in lib/validations and
 * lib/counsellor/filters. Every answer must be that status, never a 5xx, and every error a JSON
 * body with an `error` string; rows are counted through the app's own client before and after,
 * so nothing is stored except what a 2xx said was. The seed is printed; FUZZ_SEED=<n> replays it.
 */
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { createDb, type Db } from "../../lib/db";
import { BACKGROUND_IDS, BAND_IDS, FLAG_ORDER } from "../../lib/shares/figures";
import { PAGE_SIZES, parseResultView, SORT_KEYS } from "../../lib/counsellor/filters";
import { isMalformedPath } from "../../lib/api/malformed-path";
import { normaliseShortCode } from "../../lib/ids";
import { medicalCoderProfile } from "../../lib/profiles";
import { answersSchemaFor } from "../../lib/scoring/answers";
import { assessmentSubmissionSchema } from "../../lib/validations/assessment";
import { createCohortSchema, updateCohortSchema } from "../../lib/validations/cohort";
import { noteBodySchema } from "../../lib/validations/note";
import { codeShareSchema } from "../../lib/validations/share";
import { tryWorkExercise } from "../../lib/try-work/exercise";
import { correctOption, exerciseQuestions } from "../../lib/try-work/score";
import { tryWorkSubmissionSchema } from "../../lib/validations/try-work";
import { baseURL } from "../../playwright.config";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";
import { postgresURL } from "./support/servers";

/**
 * Requests per endpoint: 1,000 on SQLite. PostgreSQL gets a quarter by default to keep the suite
 * fast; the values that only PostgreSQL refuses (NUL bytes, the year 0000) are common in every
 * run. FUZZ_RUNS sets both.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
const POSTGRES_RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 8;
/** What lib/api/route.ts accepts as JSON, and its body limit. */
const JSON_TYPE = /^application\/(.+\+)?json\b/i;
const BODY_LIMIT = 64 * 1024;
/** A few 429s are a 4xx like any other; more would mean the fuzz is not reaching the validation. */
const MAX_RATE_LIMITED_SHARE = 0.01;

const servers = [
  { name: "SQLite", url: baseURL, databaseUrl: "file:./data/e2e.db", runs: RUNS },
  ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL, databaseUrl: process.env.TEST_POSTGRES_URL!, runs: POSTGRES_RUNS }] : []),
];

const questionnaire = medicalCoderProfile.questionnaire;
const itemIds = questionnaire.sections.flatMap((section) => section.items.map((item) => item.id));
const encoder = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// Values

/** Characters weighted towards the awkward: controls, lone surrogates, invisible and bidi marks. */
const awkwardChar = fc
  .oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
    { weight: 2, arbitrary: fc.integer({ min: 0x00, max: 0x1f }) },
    { weight: 1, arbitrary: fc.integer({ min: 0x7f, max: 0x9f }) },
    { weight: 2, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x202e, 0x202d, 0x2066, 0x2069, 0x061c, 0x00ad, 0x2028, 0x2029, 0xfffd, 0xffff, 0x0301),
    },
    { weight: 3, arbitrary: fc.integer({ min: 0xa0, max: 0x10ffff }) },
  )
  .map((code) => String.fromCodePoint(code));

const NASTY = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "Asha\u0000",
  "\ud800",
  "\udfff",
  "Ra\udc00vi",
  "\u202eRavi",
  "\u200b\u200b",
  "\u200d",
  "\ufeffAsha",
  "\u0007\u001b[31m",
  "\u007f",
  "\u0085",
  "line\u2028break",
  "tab\there",
  "two\r\nlines",
  "مرحبا بالعالم",
  "שָׁלוֹם",
  "नमस्ते",
  "அனன்யா",
  "👩🏽‍⚕️",
  "Z̴̡̛͉̲a̵̢̛l̶̨g̷o̸",
  "𝓐𝓼𝓱𝓪",
  "\uffff\ufffe",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  '"; DROP TABLE "Assessment"; --',
  "%00",
  "%s%n",
  "../../etc/passwd",
  "null",
  "true",
  "NaN",
  "-0",
  "1e309",
  "__proto__",
  "constructor",
  "K7QM-4TPX",
  "AAAAAAAAAAAAAAAAAAAAAAAA",
];

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 4, arbitrary: fc.string({ unit: awkwardChar, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ unit: awkwardChar, maxLength: 10 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 79, max: 4_100 }), fc.constantFrom("x", "é", "👩🏽‍⚕️", "\u0000", " ")).map(([n, c]) => c.repeat(n)) },
);

/**
 * For paths and query strings: the same, cut to 100 characters, so a URL stays within what
 * Node.js reads before the app (16 KB of headers; past it Node itself answers 431).
 */
const shortString = nastyString.map((text) => text.slice(0, 100));

/** A value of any JSON shape, leaning on awkward strings. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 5, 11, 2 ** 53, -(2 ** 31), Number.MAX_VALUE) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(nastyString, nastyString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

const unknownKey = fc.oneof(fc.constantFrom("__proto__", "constructor", "prototype", "toString", "id", "result", "score", "counsellorId"), nastyString);

type Path = readonly string[];

/** Sets a key as an own property, so "__proto__" is sent as a field and not taken as the prototype. */
function put(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A valid body with 0 to 3 changes: a field set to anything, removed, or an unknown field added. */
function mutated(base: Record<string, unknown>, paths: Path[]): fc.Arbitrary<unknown> {
  const change = fc.record({
    path: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...paths) }, { weight: 1, arbitrary: unknownKey.map((key): Path => [key]) }),
    remove: fc.boolean(),
    value: anyValue,
  });
  return fc.array(change, { maxLength: 3 }).map((changes) => {
    const body = structuredClone(base);
    for (const { path, remove, value } of changes) {
      let target = body;
      for (const key of path.slice(0, -1)) {
        if (!isPlainObject(target[key])) put(target, key, {});
        target = target[key] as Record<string, unknown>;
      }
      const last = path[path.length - 1]!;
      if (remove) delete target[last];
      else put(target, last, value);
    }
    return body;
  });
}

// ---------------------------------------------------------------------------------------------
// Requests and what each should get

type Expected = readonly number[];

interface Case {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE" | "OPTIONS";
  path: string;
  headers?: Record<string, string>;
  contentType?: string;
  body?: Uint8Array<ArrayBuffer>;
  expected: Expected;
}

/** The status lib/api/route.ts gives a body before any handler logic, or the handler's rule for the parsed value. */
function bodyExpectation(contentType: string | undefined, bytes: Uint8Array, rule: (value: unknown) => Expected): Expected {
  if (!contentType || !JSON_TYPE.test(contentType)) return [415];
  if (bytes.byteLength > BODY_LIMIT) return [413];
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (!text.trim()) return [400];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [400];
  }
  return rule(value);
}

interface RawBody {
  contentType?: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const jsonType = fc.constantFrom("application/json", "application/json; charset=utf-8", "application/vnd.api+json", "Application/JSON");
const otherType = fc.constantFrom(undefined, "", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp", "text/json");

const MALFORMED = ["{", "[", "}", '{"a":}', "{'a':1}", "{a:1}", "[1,]", '{"a":1,}', "NaN", "undefined", '"open', '{"a":1}}', "\u0000", '{"a":"\\u"}', '{"a":"\\x41"}', "\ufeff{}", "{} {}", "01", "--1", "/* */{}", '{"a":1}\u0000'];

/** Deep nesting as raw text (building it as a value and stringifying it would recurse). */
const deepText = fc
  .tuple(fc.integer({ min: 10, max: 20_000 }), fc.constantFrom("array", "object"), fc.option(fc.constantFrom("answers", "name", "body", "reviewed", "code", "share"), { nil: undefined }))
  .map(([depth, kind, field]) => {
    const nested = kind === "array" ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
    return field ? `{"${field}":${nested}}` : nested;
  });

/** Invalid UTF-8 inside otherwise good JSON, and plain random bytes. */
const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc.tuple(fc.constantFrom("name", "body", "displayName", "code"), fc.uint8Array({ minLength: 1, maxLength: 8 }).map((bytes) => bytes.map((byte) => byte | 0x80))).map(
    ([field, bad]) => new Uint8Array([...encoder.encode(`{"${field}":"`), ...bad, ...encoder.encode('"}')]),
  ),
);

/** Bodies for one endpoint: mostly changed valid objects, and every kind of broken request besides. */
function bodies(objects: fc.Arbitrary<unknown>): fc.Arbitrary<RawBody> {
  const json = (contentType: string | undefined, value: unknown): RawBody => ({ contentType, bytes: encoder.encode(JSON.stringify(value) ?? "") });
  return fc.oneof(
    { weight: 12, arbitrary: fc.tuple(jsonType, objects).map(([type, value]) => json(type, value)) },
    { weight: 2, arbitrary: fc.tuple(jsonType, fc.jsonValue({ maxDepth: 4 })).map(([type, value]) => json(type, value)) },
    { weight: 1, arbitrary: fc.tuple(jsonType, fc.anything({ maxDepth: 3 })).map(([type, value]) => json(type, value)) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(jsonType, fc.oneof(fc.constantFrom(...MALFORMED), fc.string({ unit: awkwardChar, maxLength: 30 }), objects.chain((value) => fc.nat().map((cut) => (JSON.stringify(value) ?? "").slice(0, cut % 60)))))
        .map(([type, text]) => ({ contentType: type, bytes: encoder.encode(text) })),
    },
    { weight: 1, arbitrary: fc.tuple(jsonType, deepText).map(([type, text]) => ({ contentType: type, bytes: encoder.encode(text) })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(jsonType, objects, fc.constantFrom(BODY_LIMIT - 200, BODY_LIMIT + 1, BODY_LIMIT * 2), fc.constantFrom("x", "é"))
        .map(([type, value, size, pad]) => json(type, isPlainObject(value) ? { ...value, pad: pad.repeat(size / pad.length) } : { pad: pad.repeat(size) })),
    },
    { weight: 1, arbitrary: fc.tuple(otherType, objects).map(([type, value]) => json(type, value)) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(jsonType, otherType), rawBytes).map(([type, bytes]) => ({ contentType: type, bytes })) },
  );
}

function bodyCase(method: Case["method"], path: string, { contentType, bytes }: RawBody, rule: (value: unknown) => Expected): Case {
  return { method, path, contentType, body: bytes, expected: bodyExpectation(contentType, bytes, rule) };
}

/** Percent-encoding as a browser sends it: a lone surrogate goes as U+FFFD (encodeURIComponent would throw). */
const encodePart = (text: string) => encodeURIComponent(text.replace(/\p{Cs}/gu, "\ufffd"));

/** Ids that are not the resource's: unknown well-formed ids, other kinds of ids, and junk (also raw, half-escaped). */
function forgedIds(otherIds: string[]): fc.Arbitrary<string> {
  const junk = shortString.filter((id) => id !== "" && id !== "." && id !== "..").map(encodePart);
  return fc.oneof(
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{22,64}$/) },
    ...(otherIds.length > 0 ? [{ weight: 1, arbitrary: fc.constantFrom(...otherIds) }] : []),
    { weight: 4, arbitrary: junk },
    { weight: 1, arbitrary: fc.constantFrom("%", "%E0%A4%A", "%C0%AF", "%00", "%2F", "..%2F..%2Fhealth", "a%20b", "%FF%FE", "%ED%A0%80", "%25") },
  );
}

/** Query strings: known keys with good and bad values, unknown keys, repeats, and raw half-escaped text. */
function queryStrings(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const keys = Object.keys(fields);
  const pair = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys).chain((key) => fc.oneof(fields[key]!, shortString).map((value) => [key, value] as const)) },
    { weight: 1, arbitrary: fc.tuple(shortString, shortString) },
  );
  const encoded = fc.array(pair, { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString());
  const raw = fc
    .tuple(fc.constantFrom(...keys), fc.constantFrom("%", "%E0%A4%A", "%00", "%FF", "a+b", "%2B", "&&", "=", "%ED%A0%80"))
    .map(([key, value]) => `${key}=${value}`);
  return fc.oneof({ weight: 5, arbitrary: encoded }, { weight: 1, arbitrary: raw });
}

/** The query as the server will see it (the same WHATWG parsing on both sides). */
const searchOf = (query: string) => new URL(`http://example.invalid/?${query}`).searchParams;

const day = fc.oneof(
  fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom("0000-01-01", "0001-01-01", "2026-02-30", "2026-13-01", "9999-12-31", "2026-6-1", "2026-06-31", "20260601"),
);

// ---------------------------------------------------------------------------------------------
// The world each endpoint is fuzzed in

interface World {
  cookie: string;
  counsellorId: string;
  /** A result nobody has shared: the target of sharing by code. */
  assessmentId: string;
  /** Its owner key, which sharing it needs. */
  assessmentOwnerKey: string;
  /** A result shared with cohort A, with one note on it. */
  sharedAssessmentId: string;
  sharedOwnerKey: string;
  shareId: string;
  noteId: string;
  cohortA: { id: string; code: string; inviteToken: string };
  cohortBId: string;
  keyPrefix: string;
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": fakeAddress(), ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`setup: POST ${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

async function buildWorld(serverUrl: string, db: Db): Promise<World> {
  const signedIn = await signedInCounsellor(serverUrl, "Fuzz Counsellor");
  const { cookies } = await signedIn.api.storageState();
  await signedIn.api.dispose();
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
  const auth = { cookie, origin: serverUrl };
  const user = await db.user.findUnique({ where: { email: signedIn.email }, select: { id: true } });

  const cohortA = (await postJson(`${serverUrl}/api/v1/counsellor/cohorts`, { name: "Fuzz cohort A" }, auth)).cohort;
  const cohortB = (await postJson(`${serverUrl}/api/v1/counsellor/cohorts`, { name: "Fuzz cohort B" }, auth)).cohort;
  const inviteToken = String(cohortA.inviteUrl).split("/join/")[1]!;
  const assessment = await postJson(`${serverUrl}/api/v1/assessments`, { answers: apiAnswers(1) });
  const shared = await postJson(`${serverUrl}/api/v1/assessments`, {
    answers: apiAnswers(3),
    share: { inviteToken, displayName: "Fuzz Student", consent: true },
  });
  const share = await db.share.findFirstOrThrow({ where: { assessmentId: shared.id }, select: { id: true } });
  const note = (await postJson(`${serverUrl}/api/v1/counsellor/results/${share.id}/notes`, { body: "First note" }, auth)).note;
  return {
    cookie,
    counsellorId: user!.id,
    assessmentId: assessment.id,
    assessmentOwnerKey: assessment.ownerKey,
    sharedAssessmentId: shared.id,
    sharedOwnerKey: shared.ownerKey,
    shareId: share.id,
    noteId: note.id,
    cohortA: { id: cohortA.id, code: normaliseShortCode(cohortA.code)!, inviteToken },
    cohortBId: cohortB.id,
    keyPrefix: `fuzz_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The endpoints

interface Endpoint {
  name: string;
  /** Counsellor endpoints send the signed-in counsellor's cookie. */
  signedIn?: boolean;
  /** 2xx bodies that are not JSON (the CSV export). */
  plainSuccess?: boolean;
  cases(world: World): fc.Arbitrary<Case>;
  /** Rows this endpoint may create or change, counted before and after. */
  count?(db: Db, world: World): Promise<number>;
  /** What the count may be after the run, given the count before and every outcome. */
  expectedCount?(before: number, outcomes: Outcome[], world: World): number;
}

interface Outcome {
  testCase: Case;
  status: number;
  text: string;
  contentType: string;
}

const reviewRule = (value: unknown) =>
  isPlainObject(value) && Object.keys(value).length === 1 && typeof value.reviewed === "boolean";

const resultQueryFields = (world: World): Record<string, fc.Arbitrary<string>> => ({
  cohort: fc.constantFrom(world.cohortA.id, world.cohortBId, "AAAAAAAAAAAAAAAAAAAAAAAA", ""),
  band: fc.constantFrom(...BAND_IDS, "Strong", ""),
  background: fc.constantFrom(...BACKGROUND_IDS, "other"),
  flag: fc.constantFrom("any", "none", ...FLAG_ORDER, "all"),
  from: day,
  to: day,
  reviewed: fc.constantFrom("yes", "no", "maybe", ""),
  q: fc.oneof(fc.constantFrom("fuzz", "Fuzz Student", "%", "_", "a'b"), shortString),
  sort: fc.constantFrom(...SORT_KEYS, "score", "createdAt"),
  dir: fc.constantFrom("asc", "desc", "up"),
  page: fc.oneof(fc.integer({ min: -2, max: 100_002 }).map(String), fc.constantFrom("1.5", "1e3", "0x10", " ", "Infinity")),
  pageSize: fc.oneof(fc.constantFrom(...PAGE_SIZES.map(String)), fc.integer({ min: -1, max: 1_000 }).map(String)),
});

function resultQueryRule(world: World, query: string): Expected {
  const parsed = parseResultView(searchOf(query));
  if (!parsed.success) return [422];
  const cohort = parsed.data.cohort;
  return cohort && cohort !== world.cohortA.id && cohort !== world.cohortBId ? [404] : [200];
}

const resultsEndpoint = (name: string, path: string, plainSuccess = false): Endpoint => ({
  name,
  signedIn: true,
  plainSuccess,
  cases: (world) =>
    queryStrings(resultQueryFields(world)).map((query) => ({ method: "GET", path: `${path}?${query}`, expected: resultQueryRule(world, query) })),
});

const endpoints: Endpoint[] = [
  {
    name: "POST /api/v1/assessments",
    cases: (world) => {
      const base = fc.nat().map((n) => ({ answers: apiAnswers(n % 4), submissionKey: `${world.keyPrefix}_${n}` }));
      const paths: Path[] = [
        ["answers"],
        ...itemIds.map((id): Path => ["answers", id]),
        ["answers", "__proto__"],
        ["submissionKey"],
        ["locale"],
        ["previousId"],
        ["share"],
        ["share", "inviteToken"],
        ["share", "displayName"],
        ["share", "consent"],
      ];
      const objects = base.chain((body) => mutated(body, paths));
      return bodies(objects).map((body) =>
        bodyCase("POST", "/api/v1/assessments", body, (value) => {
          const submission = assessmentSubmissionSchema.safeParse(value);
          const valid = submission.success && answersSchemaFor(questionnaire).safeParse(submission.data.answers).success;
          return valid ? [200, 201] : [422];
        }),
      );
    },
    count: (db, world) => db.assessment.count({ where: { submissionKey: { startsWith: `${world.keyPrefix}_` } } }),
    expectedCount: (before, outcomes, world) => {
      const keys = new Set<string>();
      for (const { testCase, status } of outcomes) {
        if (status !== 201 && status !== 200) continue;
        const key = (JSON.parse(new TextDecoder().decode(testCase.body)) as { submissionKey?: string }).submissionKey;
        if (key?.startsWith(`${world.keyPrefix}_`)) keys.add(key);
      }
      return before + keys.size;
    },
  },
  {
    name: "GET /api/v1/assessments/:id",
    cases: (world) =>
      forgedIds([world.shareId, world.noteId, world.cohortA.id]).map((id) => ({ method: "GET", path: `/api/v1/assessments/${id}`, expected: [404] })),
  },
  {
    name: "DELETE /api/v1/assessments/:id",
    cases: (world) =>
      forgedIds([world.shareId, world.noteId, world.cohortA.id]).map((id) => ({ method: "DELETE", path: `/api/v1/assessments/${id}`, expected: [404] })),
    // Forged ids delete nothing: both results of this run are still there.
    count: (db, world) => db.assessment.count({ where: { id: { in: [world.assessmentId, world.sharedAssessmentId] } } }),
    expectedCount: () => 2,
  },
  {
    name: "server-action calls (the app has none)",
    cases: (world) => {
      const pages = fc.constantFrom("/", "/assessment", "/results", `/report/${world.assessmentId}`, "/backgrounds", "/join", "/counsellor", "/counsellor/sign-in");
      const actionId = fc.oneof(
        fc.stringMatching(/^[0-9a-f]{40,42}$/),
        fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 }),
      );
      const body = fc.oneof(
        fc.constantFrom("[]", '["AAAAAAAAAAAAAAAAAAAAAAAA"]', '[{"$$typeof":"x"}]', '"$@1"', "[", ""),
        fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ""),
        fc.uint8Array({ maxLength: 64 }),
      );
      const type = fc.constantFrom(undefined, "text/plain;charset=UTF-8", "multipart/form-data; boundary=----x", "application/x-www-form-urlencoded", "application/json");
      return fc.tuple(pages, actionId, body, type).map(([path, action, raw, contentType]) => ({
        method: "POST" as const,
        path,
        headers: { "next-action": action, "next-router-state-tree": "%5B%22%22%5D" },
        contentType,
        body: typeof raw === "string" ? encoder.encode(raw) : raw,
        expected: [400],
      }));
    },
    count: (db, world) => db.assessment.count({ where: { id: { in: [world.assessmentId, world.sharedAssessmentId] } } }),
    expectedCount: () => 2,
  },
  {
    name: "unknown /api/ addresses",
    cases: () => {
      const prefix = fc.constantFrom("/api/v2/", "/api/v1/nothing-", "/api/", "/api/v1/assessments-", "/api/v1/counsellor/nothing/");
      const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS") as fc.Arbitrary<Case["method"]>;
      return fc.tuple(method, prefix, forgedIds([])).map(([verb, start, rest]) => ({ method: verb, path: `${start}x${rest}`, expected: [404] }));
    },
  },
  {
    name: "POST /api/v1/assessments/:id/shares",
    cases: (world) => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constant(world.assessmentId) }, { weight: 1, arbitrary: forgedIds([world.shareId]) });
      const base = { code: world.cohortA.code, displayName: "Fuzz Student", email: "student@example.org", consent: true };
      const codes = fc.constantFrom(world.cohortA.code.toLowerCase(), ` ${world.cohortA.code.slice(0, 4)}-${world.cohortA.code.slice(4)} `, "K7QM4TPX", "K7QM-4TPX-");
      const objects = fc.oneof(
        mutated(base, [["code"], ["displayName"], ["email"], ["consent"]]),
        fc.tuple(codes, mutated(base, [["displayName"], ["email"], ["consent"]])).map(([code, body]) => ({ ...(body as object), code })),
      );
      return fc.tuple(id, bodies(objects)).map(([assessmentId, body]) => {
        const owned = assessmentId === world.assessmentId;
        // The owner's own request: the body is what is fuzzed here (requests without the key are below).
        const testCase = bodyCase("POST", `/api/v1/assessments/${assessmentId}/shares`, body, (value) => {
          if (!owned) return [404];
          const parsed = codeShareSchema.safeParse(value);
          if (!parsed.success) return [422];
          if (normaliseShortCode(parsed.data.code) !== world.cohortA.code) return [404];
          // A made-up roster name is on no cohort's roster: a field issue.
          return parsed.data.rosterEntryId ? [422] : [201];
        });
        return owned ? { ...testCase, headers: { "x-owner-key": world.assessmentOwnerKey } } : { ...testCase, expected: [404] };
      });
    },
    count: (db, world) => db.share.count({ where: { assessmentId: world.assessmentId } }),
    // Sharing is one row per result and cohort, however often it is repeated.
    expectedCount: (before, outcomes) => Math.max(before, outcomes.some((outcome) => outcome.status === 201) ? 1 : 0),
  },
  {
    name: "PUT /api/v1/assessments/:id/try-work",
    cases: (world) => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constant(world.assessmentId) }, { weight: 1, arbitrary: forgedIds([world.shareId]) });
      const questions = exerciseQuestions(tryWorkExercise);
      const base = {
        version: tryWorkExercise.version,
        answers: Object.fromEntries(questions.map((question) => [question.id, correctOption(question).id])),
        feeling: "enjoyed",
      };
      const paths: Path[] = [["version"], ["answers"], ...questions.map((question): Path => ["answers", question.id]), ["answers", "__proto__"], ["feeling"]];
      return fc.tuple(id, bodies(mutated(base, paths))).map(([assessmentId, body]) => {
        const owned = assessmentId === world.assessmentId;
        // The owner's own request, so what is fuzzed is the body; an unknown result is a 404 first.
        const testCase = bodyCase("PUT", `/api/v1/assessments/${assessmentId}/try-work`, body, (value) =>
          tryWorkSubmissionSchema.safeParse(value).success ? [200] : [422],
        );
        return owned ? { ...testCase, headers: { "x-owner-key": world.assessmentOwnerKey } } : { ...testCase, expected: [404] };
      });
    },
  },
  {
    name: "DELETE /api/v1/assessments/:id/shares/:shareId",
    cases: (world) =>
      fc
        .oneof(
          fc.tuple(fc.constant(world.sharedAssessmentId), forgedIds([world.noteId, world.cohortA.id])),
          fc.tuple(forgedIds([world.assessmentId]), fc.constant(world.shareId)),
          fc.tuple(fc.constant(world.assessmentId), fc.constant(world.shareId)),
          fc.tuple(forgedIds([]), forgedIds([])),
        )
        .map(([assessmentId, shareId]) => {
          // With the right owner key where the result exists, so what is refused is the pairing.
          const key = assessmentId === world.sharedAssessmentId ? world.sharedOwnerKey : assessmentId === world.assessmentId ? world.assessmentOwnerKey : undefined;
          return {
            method: "DELETE" as const,
            path: `/api/v1/assessments/${assessmentId}/shares/${shareId}`,
            ...(key ? { headers: { "x-owner-key": key } } : {}),
            expected: [404],
          };
        }),
    count: (db, world) => db.share.count({ where: { id: world.shareId } }),
    expectedCount: (before) => before,
  },
  {
    name: "acting on a result without its owner key",
    cases: (world) => {
      const target = fc.constantFrom(
        { id: world.assessmentId, key: world.assessmentOwnerKey },
        { id: world.sharedAssessmentId, key: world.sharedOwnerKey },
      );
      // No key, a malformed one, another result's key, a near miss, and random well-formed keys.
      const wrongKey = (own: string, other: string) =>
        fc.oneof(
          fc.constant(undefined),
          fc.constant(other),
          fc.constant(`${own.slice(0, -1)}${own.endsWith("A") ? "B" : "A"}`),
          fc.constant(own.toLowerCase() === own ? own.toUpperCase() : own.toLowerCase()),
          fc.stringMatching(/^[A-Za-z0-9_-]{22,64}$/),
          shortString,
        );
      const action = fc.constantFrom(
        (id: string) => ({ method: "DELETE" as const, path: `/api/v1/assessments/${id}` }),
        (id: string) => ({ method: "GET" as const, path: `/api/v1/assessments/${id}/shares` }),
        (id: string) => ({
          method: "POST" as const,
          path: `/api/v1/assessments/${id}/shares`,
          contentType: "application/json",
          body: encoder.encode(JSON.stringify({ code: world.cohortA.code, displayName: "Not the owner", consent: true })),
        }),
        (id: string) => ({ method: "DELETE" as const, path: `/api/v1/assessments/${id}/shares/${world.shareId}` }),
        (id: string) => ({
          method: "PUT" as const,
          path: `/api/v1/assessments/${id}/try-work`,
          contentType: "application/json",
          body: encoder.encode(JSON.stringify({ version: tryWorkExercise.version, answers: {}, feeling: "disliked" })),
        }),
      );
      return fc.tuple(target, action).chain(([{ id, key }, make]) =>
        wrongKey(key, key === world.assessmentOwnerKey ? world.sharedOwnerKey : world.assessmentOwnerKey).map((sent) => {
          const request = make(id);
          const headerSafe = sent !== undefined && /^[\x21-\x7e]*$/.test(sent);
          return { ...request, ...(headerSafe ? { headers: { "x-owner-key": sent } } : {}), expected: [403] };
        }),
      );
    },
    // Nothing changes: both results and the one share are still there.
    count: async (db, world) =>
      (await db.assessment.count({ where: { id: { in: [world.assessmentId, world.sharedAssessmentId] } } })) +
      (await db.share.count({ where: { id: world.shareId } })),
    expectedCount: (before) => before,
  },
  {
    name: "GET /api/v1/invites?code=",
    cases: (world) => {
      const code = world.cohortA.code;
      const codes = fc.oneof(
        shortString,
        fc.constantFrom(code, code.toLowerCase(), `${code.slice(0, 4)}-${code.slice(4)}`, ` ${code} `, `${code}X`, code.slice(1), code.replace(/./, "0")),
        fc.stringMatching(/^[A-HJ-NP-Z2-9]{8}$/),
      );
      const query = fc.oneof(
        { weight: 6, arbitrary: codes.map((value) => `code=${encodePart(value)}`) },
        { weight: 1, arbitrary: fc.constantFrom("", "code", "code=", "code=%", "code=%E0%A4%A", `code=${code}&code=x`, `code=x&code=${code}`, "c0de=1") },
        { weight: 1, arbitrary: queryStrings({ code: codes }) },
      );
      return query.map((search) => {
        const value = searchOf(search).get("code") ?? "";
        return { method: "GET", path: `/api/v1/invites?${search}`, expected: value && normaliseShortCode(value) === code ? [200] : [404] };
      });
    },
  },
  {
    name: "GET /api/v1/questionnaire",
    cases: () =>
      queryStrings({ version: fc.constantFrom("1", "latest"), locale: fc.constantFrom("en-IN", "hi-IN", "hi", "en", "HI", "xx", "") }).map((query) => {
        // Any version is ignored; a locale is English or Hindi by its language ("hi-IN" is Hindi), or a 422.
        const language = (searchOf(query).get("locale") ?? "").trim().split(/[-_]/)[0]!.toLowerCase();
        return { method: "GET", path: `/api/v1/questionnaire?${query}`, expected: !language || ["en", "hi"].includes(language) ? [200] : [422] };
      }),
  },
  {
    name: "POST /api/v1/counsellor/cohorts",
    signedIn: true,
    cases: () =>
      bodies(mutated({ name: "Fuzz cohort" }, [["name"]])).map((body) =>
        bodyCase("POST", "/api/v1/counsellor/cohorts", body, (value) => (createCohortSchema.safeParse(value).success ? [201] : [422])),
      ),
    count: (db, world) => db.cohort.count({ where: { counsellorId: world.counsellorId } }),
    expectedCount: (before, outcomes) => before + outcomes.filter((outcome) => outcome.status === 201).length,
  },
  {
    name: "PATCH /api/v1/counsellor/cohorts/:cohortId",
    signedIn: true,
    cases: (world) => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constant(world.cohortBId) }, { weight: 1, arbitrary: forgedIds([world.shareId, world.noteId]) });
      const objects = mutated({ name: "Fuzz cohort B", invitesOpen: true }, [["name"], ["invitesOpen"]]);
      return fc.tuple(id, bodies(objects)).map(([cohortId, body]) =>
        bodyCase("PATCH", `/api/v1/counsellor/cohorts/${cohortId}`, body, (value) => {
          if (!updateCohortSchema.safeParse(value).success) return [422];
          return cohortId === world.cohortBId ? [200] : [404];
        }),
      );
    },
    count: (db, world) => db.cohort.count({ where: { counsellorId: world.counsellorId } }),
    expectedCount: (before) => before,
  },
  resultsEndpoint("GET /api/v1/counsellor/results", "/api/v1/counsellor/results"),
  resultsEndpoint("GET /api/v1/counsellor/analytics", "/api/v1/counsellor/analytics"),
  resultsEndpoint("GET /api/v1/counsellor/results/export", "/api/v1/counsellor/results/export", true),
  {
    name: "PUT /api/v1/counsellor/results/:shareId/review",
    signedIn: true,
    cases: (world) => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constant(world.shareId) }, { weight: 1, arbitrary: forgedIds([world.sharedAssessmentId, world.noteId]) });
      return fc.tuple(id, bodies(mutated({ reviewed: true }, [["reviewed"]]))).map(([shareId, body]) =>
        bodyCase("PUT", `/api/v1/counsellor/results/${shareId}/review`, body, (value) => {
          if (!reviewRule(value)) return [422];
          return shareId === world.shareId ? [200] : [404];
        }),
      );
    },
  },
  {
    name: "POST /api/v1/counsellor/results/:shareId/notes",
    signedIn: true,
    cases: (world) => {
      const id = fc.oneof({ weight: 3, arbitrary: fc.constant(world.shareId) }, { weight: 1, arbitrary: forgedIds([world.sharedAssessmentId, world.noteId]) });
      return fc.tuple(id, bodies(mutated({ body: "A note about practice" }, [["body"]]))).map(([shareId, body]) =>
        bodyCase("POST", `/api/v1/counsellor/results/${shareId}/notes`, body, (value) => {
          if (!noteBodySchema.safeParse(value).success) return [422];
          return shareId === world.shareId ? [201] : [404];
        }),
      );
    },
    count: (db, world) => db.note.count({ where: { authorId: world.counsellorId } }),
    expectedCount: (before, outcomes) => before + outcomes.filter((outcome) => outcome.status === 201).length,
  },
  {
    name: "PATCH /api/v1/counsellor/results/:shareId/notes/:noteId",
    signedIn: true,
    cases: (world) => {
      const ids = fc.oneof(
        { weight: 3, arbitrary: fc.constant([world.shareId, world.noteId] as const) },
        { weight: 1, arbitrary: fc.tuple(fc.constant(world.shareId), forgedIds([world.shareId])) },
        { weight: 1, arbitrary: fc.tuple(forgedIds([world.cohortA.id]), fc.constant(world.noteId)) },
      );
      return fc.tuple(ids, bodies(mutated({ body: "An edited note" }, [["body"]]))).map(([[shareId, noteId], body]) =>
        bodyCase("PATCH", `/api/v1/counsellor/results/${shareId}/notes/${noteId}`, body, (value) => {
          if (!noteBodySchema.safeParse(value).success) return [422];
          return shareId === world.shareId && noteId === world.noteId ? [200] : [404];
        }),
      );
    },
    count: (db, world) => db.note.count({ where: { authorId: world.counsellorId } }),
    expectedCount: (before) => before,
  },
];

// ---------------------------------------------------------------------------------------------
// Running

function preview(testCase: Case): string {
  const body = testCase.body ? new TextDecoder().decode(testCase.body.slice(0, 160)) : "";
  const size = testCase.body ? ` (${testCase.body.byteLength} bytes, ${testCase.contentType ?? "no type"})` : "";
  return `${testCase.method} ${JSON.stringify(testCase.path.slice(0, 160))} ${JSON.stringify(body)}${size}`;
}

/** Why an answer is wrong, or null when it is right. */
function problem(outcome: Outcome, endpoint: Endpoint): string | null {
  const { status, text, contentType, testCase } = outcome;
  if (status >= 500) return `a ${status}`;
  if (status === 429) return null;
  if (!testCase.expected.includes(status)) return `${status}, expected ${testCase.expected.join(" or ")}`;
  if (status >= 400 || !endpoint.plainSuccess) {
    if (status === 204) return text === "" ? null : "a 204 with a body";
    if (!contentType.includes("application/json")) return `${status} with ${contentType || "no content type"}`;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${status} with a body that is not JSON`;
    }
    if (status >= 400) {
      if (!(isPlainObject(body) && typeof body.error === "string" && body.error.length > 0)) return `${status} without an error message`;
      if (/\bat .+:\d+:\d+|Prisma|SQLITE|postgres|invocation/i.test(body.error)) return `${status} whose message leaks internals`;
    }
  }
  return null;
}

async function send(serverUrl: string, testCase: Case, headers: Record<string, string>): Promise<Outcome> {
  const response = await fetch(serverUrl + testCase.path, {
    method: testCase.method,
    headers: { ...headers, ...testCase.headers, ...(testCase.contentType !== undefined ? { "content-type": testCase.contentType } : {}) },
    ...(testCase.body ? { body: testCase.body } : {}),
    redirect: "manual",
  });
  return { testCase, status: response.status, text: await response.text(), contentType: response.headers.get("content-type") ?? "" };
}

async function runAll(serverUrl: string, cases: Case[], baseHeaders: Record<string, string>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  let address = fakeAddress();
  const worker = async () => {
    while (next < cases.length) {
      const index = next++;
      // A new made-up client address every few requests: per-address limits are not what is tested.
      if (index % 5 === 0) address = fakeAddress();
      outcomes.push(await send(serverUrl, cases[index]!, { ...baseHeaders, "x-forwarded-for": address }));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

/**
 * Paths the router itself resolves before any handler: garbled %-escapes (400, JSON under /api/,
 * a page elsewhere: see proxy.ts), dot segments (normalised by a redirect, or an unknown route).
 */
test("addresses garbled or normalised before routing are a 4xx or a redirect, never a 5xx", async () => {
  const id = "AAAAAAAAAAAAAAAAAAAAAAAA";
  const garbled = ["%", "%E0%A4%A", "%C0%AF", "%FF%FE", "%ED%A0%80", "%zz", "a%"];
  const templates = [
    "/api/v1/assessments/{}",
    "/api/v1/assessments/{}/shares",
    `/api/v1/assessments/${id}/shares/{}`,
    "/api/v1/counsellor/cohorts/{}",
    "/api/v1/counsellor/results/{}",
    "/api/v1/counsellor/results/{}/notes",
    `/api/v1/counsellor/results/${id}/notes/{}`,
    "/api/v1/counsellor/results/{}/review",
    "/api/auth/{}",
    "/report/{}",
    "/report/{}/opengraph-image",
    "/join/{}",
    "/counsellor/results/{}",
  ];
  for (const template of templates) {
    for (const part of garbled) {
      const path = template.replace("{}", part);
      const response = await fetch(baseURL + path, { redirect: "manual" });
      expect(response.status, path).toBe(400);
      if (path.startsWith("/api/")) expect((await response.json()).error, path).toEqual(expect.any(String));
      else expect(await response.text(), path).toContain("This address is not valid");
    }
    for (const part of ["%2e%2e", "%2E", "..%2f..", ".%2e"]) {
      const path = template.replace("{}", part);
      const response = await fetch(baseURL + path, { redirect: "manual" });
      expect(response.status, path).toBeLessThan(500);
    }
  }
});

for (const server of servers) {
  test.describe(`fuzzing the JSON API on ${server.name}`, () => {
    let world: World;
    let handle: ReturnType<typeof createDb>;

    test.beforeAll(async () => {
      handle = createDb(server.databaseUrl);
      world = await buildWorld(server.url, handle.db);
    });
    test.afterAll(async () => {
      await handle?.db.$disconnect();
    });

    for (const [index, endpoint] of endpoints.entries()) {
      test(`${endpoint.name}: ${server.runs} generated requests get only the right 4xx (or 2xx when valid), never a 5xx`, async () => {
        const seed = SEED + index;
        test.info().annotations.push({ type: "seed", description: `FUZZ_SEED=${SEED} (this endpoint: ${seed})` });
        // A garbled %-escape in the path is refused before routing (proxy.ts), whatever the body.
        const cases = fc
          .sample(endpoint.cases(world), { numRuns: server.runs, seed })
          .map((testCase) => (isMalformedPath(testCase.path.split("?")[0]!) ? { ...testCase, expected: [400] } : testCase));
        const headers: Record<string, string> = { origin: server.url, ...(endpoint.signedIn ? { cookie: world.cookie } : {}) };

        const before = endpoint.count ? await endpoint.count(handle.db, world) : 0;
        const started = performance.now();
        const outcomes = await runAll(server.url, cases, headers);
        const seconds = (performance.now() - started) / 1000;
        const after = endpoint.count ? await endpoint.count(handle.db, world) : 0;

        const tally = new Map<number, number>();
        for (const { status } of outcomes) tally.set(status, (tally.get(status) ?? 0) + 1);
        const summary = [...tally].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ");
        console.log(`[fuzz] ${server.name} ${endpoint.name}: ${outcomes.length} in ${seconds.toFixed(1)} s: ${summary}`);

        const failures = outcomes.flatMap((outcome) => {
          const why = problem(outcome, endpoint);
          return why ? [`${why}: ${preview(outcome.testCase)} → ${outcome.text.slice(0, 200)}`] : [];
        });
        expect(failures.slice(0, 8), `${failures.length} wrong answers (FUZZ_SEED=${SEED})`).toEqual([]);
        expect(tally.get(429) ?? 0, "rate-limited answers").toBeLessThanOrEqual(Math.floor(server.runs * MAX_RATE_LIMITED_SHARE));
        if (endpoint.count && endpoint.expectedCount) {
          expect(after, "rows stored").toBe(endpoint.expectedCount(before, outcomes, world));
        }
      });
    }
  });
}
