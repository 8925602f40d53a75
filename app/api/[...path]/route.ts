import { jsonResponse } from "@/lib/api/route";

/**
 * Any address under /api/ that no route handles: a JSON 404 like every other API error, rather
 * than the HTML page meant for people. Routes that exist are matched first, being more specific.
 */
function unknownEndpoint(): Response {
  return jsonResponse({ error: "There is no API endpoint at this address. docs/api.md lists the ones there are.", issues: [] }, 404);
}

export const GET = unknownEndpoint;
export const HEAD = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
export const OPTIONS = unknownEndpoint;
