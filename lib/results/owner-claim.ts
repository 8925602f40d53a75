/**
 * Results this device saved before owner keys existed have none: the first visit after the
 * change claims each one with a new key (lib/assessments/service.ts claimOwnership). If another
 * device claimed it first, the entry is marked read-only and not asked about again.
 */
import { createOwnerKey, getStorage, updateSavedResult, type SavedResult } from "@/lib/quiz/storage";
import { claimOwnerRequest, type OwnerClaimOutcome } from "./api";

/** True for a listed result that has neither a key nor a refusal yet. */
export function needsClaim(entry: SavedResult): boolean {
  return !entry.ownerKey && !entry.readOnly;
}

/** Claims one listed result and records the answer on this device. Never throws. */
export async function claimListedResult(id: string, options: { fetchImpl?: typeof fetch } = {}): Promise<OwnerClaimOutcome> {
  const key = createOwnerKey();
  const outcome = await claimOwnerRequest(id, key, options);
  const storage = getStorage();
  if (storage && outcome === "owner") updateSavedResult(storage, id, { ownerKey: key });
  if (storage && outcome === "forbidden") updateSavedResult(storage, id, { readOnly: true });
  return outcome;
}
