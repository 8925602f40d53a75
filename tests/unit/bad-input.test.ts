/**
 * The fixes the fuzzing (tests/e2e/fuzz.api.spec.ts) led to, pinned down one by one: each input
 * below was a 500 on PostgreSQL or through the router before.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isMalformedPath, malformedPathResponse } from "@/lib/api/malformed-path";
import { readJsonBody, toErrorResponse, withApi } from "@/lib/api/route";
import { parseResultView } from "@/lib/counsellor/filters";

/** What Prisma's PostgreSQL adapter throws when the server refuses a value (here: a NUL byte in text). */
function refusedByPostgres(code: string) {
  return Object.assign(new Error("Invalid `prisma.cohort.create()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code: "P2039",
    meta: { driverAdapterError: { cause: { originalCode: code, kind: "postgres" } } },
  });
}

describe("bad input that reached the database or the router", () => {
  // The handler logs each refusal (without the value); the log is not what is tested here.
  beforeEach(() => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("answers 422, not 500, when PostgreSQL refuses a value that got past validation", async () => {
    for (const code of ["22021", "22008", "22P05"]) {
      const response = toErrorResponse(refusedByPostgres(code));
      expect(response.status).toBe(422);
      expect((await response.json()).error).toMatch(/cannot be stored/);
    }
    // Anything else from the database is still the server's own failure.
    expect(toErrorResponse(refusedByPostgres("42P01")).status).toBe(500);
  });

  it("answers a body cut off by the client with a 400, and does not log it as a fault", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"answers":'));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const request = new Request("http://localhost/api/v1/assessments", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    const handler = withApi(async (incoming: Request) => Response.json(await readJsonBody(incoming)));
    const response = await handler(request, {});
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/did not arrive in full/);
    expect(console.error).not.toHaveBeenCalled();
  });

  it("refuses dates that do not exist or that PostgreSQL cannot hold, and searches with hidden characters", () => {
    const view = (query: string) => parseResultView(new URLSearchParams(query));
    for (const query of ["from=0000-01-01", "to=0000-06-30", "from=2026-02-30", "to=2026-04-31", "q=a%00b", "q=%1B%5B2J"]) {
      expect(view(query).success, query).toBe(false);
    }
    for (const query of ["from=0001-01-01", "to=9999-12-31", "from=2028-02-29", "q=अनन्या", "q=%E2%80%8Dx"]) {
      expect(view(query).success, query).toBe(true);
    }
  });

  it("answers a path with a garbled %-escape with a 400: JSON for the API, a page elsewhere", async () => {
    expect(isMalformedPath("/api/v1/assessments/%E0%A4%A")).toBe(true);
    expect(isMalformedPath("/report/%")).toBe(true);
    expect(isMalformedPath("/report/%25%20ok")).toBe(false);
    expect(malformedPathResponse("/report/abc")).toBeNull();

    const api = malformedPathResponse("/api/v1/assessments/%FF")!;
    expect(api.status).toBe(400);
    expect((await api.json()).error).toMatch(/not valid/);
    const page = malformedPathResponse("/join/%C0%AF")!;
    expect(page.status).toBe(400);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
  });
});
