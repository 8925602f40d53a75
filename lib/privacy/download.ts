/**
 * The browser side of "Download my data": the owner key goes in a header (never in an address,
 * which would end up in history and logs), so the file is fetched here and handed to the browser
 * as a download. Never throws.
 */
const OWNER_HEADER = "X-Owner-Key";
const DOWNLOAD_TIMEOUT_MS = 20_000;

export type MyDataDownload = { ok: true; blob: Blob; fileName: string } | { ok: false };

/** The file name the server chose (Content-Disposition), or a plain one. */
export function fileNameFrom(disposition: string | null): string {
  const match = /filename="([^"]+)"/.exec(disposition ?? "");
  return match?.[1] ?? "coder-fit-my-data.json";
}

export async function fetchMyData(id: string, ownerKey: string, fetchImpl: typeof fetch = fetch): Promise<MyDataDownload> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DOWNLOAD_TIMEOUT_MS);
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(id)}/my-data`, {
      headers: { Accept: "application/json", [OWNER_HEADER]: ownerKey },
      credentials: "same-origin",
      cache: "no-store",
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false };
    return { ok: true, blob: await response.blob(), fileName: fileNameFrom(response.headers.get("content-disposition")) };
  } catch {
    return { ok: false };
  } finally {
    clearTimeout(timer);
  }
}

/** Saves a blob as a file through a temporary link, then lets the memory go. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
