import "server-only";
import { checkOwner } from "@/lib/assessments/service";
import { OWNER_KEY_HEADER, ownerKeySchema } from "@/lib/validations/assessment";
import { ApiError, notFound } from "./route";

export const NOT_OWNER_MESSAGE =
  "Only the person who took this assessment can do this, from the device they took it on or with their private owner link. The report link alone lets people read the report.";

/** The owner key a request carries in its X-Owner-Key header, or null when absent or malformed. */
export function ownerKeyOf(request: Request): string | null {
  const parsed = ownerKeySchema.safeParse(request.headers.get(OWNER_KEY_HEADER) ?? undefined);
  return parsed.success ? parsed.data : null;
}

/**
 * Call first in a handler that acts on a result: 404 when there is no such result, 403 (and
 * nothing changed) unless the request carries the result's owner key.
 */
export async function requireOwner(request: Request, id: string): Promise<void> {
  const check = await checkOwner(id, ownerKeyOf(request));
  if (check === "missing") throw notFound();
  if (check === "forbidden") throw new ApiError(403, NOT_OWNER_MESSAGE);
}
