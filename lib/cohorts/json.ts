import "server-only";
import { absoluteUrl } from "@/lib/api/route";
import { formatShortCode } from "@/lib/ids";
import type { CohortSummary } from "./service";

/** A cohort as the counsellor API returns it, with the invite link as the client reached us. */
export function cohortJson(request: Request, cohort: CohortSummary) {
  return {
    id: cohort.id,
    name: cohort.name,
    code: formatShortCode(cohort.code),
    inviteUrl: absoluteUrl(request, `/join/${cohort.inviteToken}`),
    invitesOpen: cohort.invitesOpen,
    archivedAt: cohort.archivedAt ? cohort.archivedAt.toISOString() : null,
    createdAt: cohort.createdAt.toISOString(),
    resultCount: cohort.resultCount,
  };
}

export type CohortJson = ReturnType<typeof cohortJson>;
