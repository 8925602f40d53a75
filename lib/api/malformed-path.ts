/**
 * A path whose %-escapes do not decode to text ("%", "%E0%A4%A", "%FF") makes Next.js fail while
 * matching a dynamic route ([id], [token], [...all]), before any handler or page runs, and it
 * answers 500 in plain text. Such an address can only be a mangled link or a probe, so it gets a
 * 400 instead: JSON like every other API error under /api/, a short page elsewhere.
 * Kept free of server-only imports: proxy.ts runs it.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

const MESSAGE = "This address is not valid: part of it is garbled. Check the link and try again.";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Address not valid · Coder Fit</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5">
<h1>This address is not valid</h1><p>Part of it is garbled, perhaps by copying. Check the link and try again.</p>
<p><a href="/">Go to the Coder Fit home page</a></p></body></html>`;

/** The 400 for a malformed path, or null when the path decodes. */
export function malformedPathResponse(pathname: string): Response | null {
  if (!isMalformedPath(pathname)) return null;
  const headers = { "Cache-Control": "no-store" };
  if (pathname.startsWith("/api/")) return Response.json({ error: MESSAGE, issues: [] }, { status: 400, headers });
  return new Response(PAGE, { status: 400, headers: { ...headers, "Content-Type": "text/html; charset=utf-8" } });
}
