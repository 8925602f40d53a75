/**
 * The student's side of sharing a result with a counsellor: the invite the quiz remembers, the
 * consent form's draft and schema, what the API said about a share, and small typed fetchers for
 * the invite look-up, sharing by code and withdrawing. Students have no account: sharing and
 * withdrawing need the result's owner key, which the device keeps beside the result. The fetchers never throw; server text is
 * shown only where the API wrote it for people (its `error` and issue messages). No zod here: the
 * quiz loads this module, and checks the consent panel by the API's rules without zod
 * (lib/validations/share-checks.ts).
 */
import { makeCheck, type Check, type CheckIssue } from "@/lib/scoring/standard-check";
import {
  blankToUndefined,
  displayNameProblem,
  ENTITY_ID_PATTERN,
  guardianProblems,
  shareEmailProblem,
  tidyDisplayName,
} from "@/lib/validations/share-checks";
import type { InviteShareInput } from "@/lib/validations/share";

/** The invite the quiz was opened with (from /assessment?invite=<token>), as the server found it. */
export interface QuizInvite {
  token: string;
  cohortName: string;
  counsellorName: string;
  invitesOpen: boolean;
  /** The names on the cohort's roster (names only), for "Pick your name"; empty or absent when it has none. */
  roster?: RosterName[];
  /** The name the person picked on the invite page before starting, preselected when they share. */
  rosterEntryId?: string;
}

/** One name on a cohort's roster, as a student sees it. */
export interface RosterName {
  id: string;
  name: string;
}

/** What the person has typed into the consent panel so far; kept with the quiz's saved progress. */
export interface ShareDraft {
  displayName: string;
  email: string;
  consent: boolean;
  /** "I am under 18": then a parent's or guardian's name and tick are needed too. */
  under18?: boolean;
  guardianName?: string;
  guardianConsent?: boolean;
  /** The roster name picked, or "" for none ("My name is not on the list"). */
  rosterEntryId?: string;
}

export const emptyShareDraft = (): ShareDraft => ({ displayName: "", email: "", consent: false });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The quiz's consent panel. Not ticking the box is a valid choice (nothing is shared, so nothing
 * else is checked); ticking it makes the name required and the email, if given, well formed,
 * by the very rules the API applies.
 */
export const consentFormSchema: Check<ShareDraft> = makeCheck<ShareDraft>((input) => {
  const draft = isRecord(input) ? input : {};
  const { displayName, email, consent } = draft;
  if (typeof displayName !== "string" || typeof email !== "string" || typeof consent !== "boolean") {
    return { issues: [{ message: "Fill in the sharing details again.", path: [] }] };
  }
  const guardian = {
    under18: draft.under18 === true,
    guardianName: typeof draft.guardianName === "string" ? draft.guardianName : "",
    guardianConsent: draft.guardianConsent === true,
  };
  const rosterEntryId = typeof draft.rosterEntryId === "string" ? draft.rosterEntryId : "";
  const output = { displayName, email, consent, ...guardian, ...(rosterEntryId ? { rosterEntryId } : {}) };
  if (!consent) return { output };
  const issues: CheckIssue[] = [];
  const nameMessage = displayNameProblem(displayName);
  if (nameMessage) issues.push({ message: nameMessage, path: ["displayName"] });
  const emailMessage = shareEmailProblem(email);
  if (emailMessage) issues.push({ message: emailMessage, path: ["email"] });
  for (const problem of guardianProblems(guardian)) issues.push({ message: problem.message, path: [problem.path] });
  return issues.length ? { issues } : { output };
});

/**
 * The `share` part of the submission: only when the invite takes results and the box is ticked,
 * tidied as the API stores it (inviteShareSchema), or nothing when the API would refuse it.
 */
export function toInviteShare(invite: QuizInvite | null, draft: ShareDraft): InviteShareInput | undefined {
  if (!invite || !invite.invitesOpen || draft.consent !== true) return undefined;
  if (!ENTITY_ID_PATTERN.test(invite.token) || displayNameProblem(draft.displayName) || shareEmailProblem(draft.email)) return undefined;
  if (guardianProblems(draft).length > 0) return undefined;
  const email = blankToUndefined(draft.email) as string | undefined;
  // The guardian's part only for someone under 18, so other shares read as they always have.
  const guardian = draft.under18 === true ? { under18: true, guardianName: tidyDisplayName(draft.guardianName ?? ""), guardianConsent: true } : {};
  // Only a name from this invite's roster goes with the share.
  const picked = draft.rosterEntryId && invite.roster?.some((entry) => entry.id === draft.rosterEntryId) ? draft.rosterEntryId : undefined;
  return {
    inviteToken: invite.token,
    displayName: tidyDisplayName(draft.displayName),
    ...(email === undefined ? {} : { email }),
    consent: true,
    ...guardian,
    ...(picked ? { rosterEntryId: picked } : {}),
  };
}

/** What the API says happened to a share sent with the answers. */
export type ShareStatus = "shared" | "closed" | "not-found";
const SHARE_STATUSES: readonly ShareStatus[] = ["shared", "closed", "not-found"];

export function readShareStatus(value: unknown): ShareStatus | null {
  const status = isRecord(value) ? value.status : value;
  return typeof status === "string" && (SHARE_STATUSES as readonly string[]).includes(status) ? (status as ShareStatus) : null;
}

/** The report's address with the share outcome on it, so the report can say what happened. */
export function reportUrlWithShare(reportUrl: string, status: ShareStatus | null): string {
  if (!status) return reportUrl;
  const [path = reportUrl, hash] = reportUrl.split("#", 2);
  const joined = `${path}${path.includes("?") ? "&" : "?"}share=${status}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** "k7qm 4tpx", "K7QM-4TPX" → "K7QM-4TPX"; null when it cannot be a cohort code. */
export function formatCohortCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[A-Z0-9]{8}$/.test(code)) return null;
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}


/* ---------- Talking to the API ---------- */

export interface FieldIssue {
  path: string;
  message: string;
}

function readIssues(body: unknown): FieldIssue[] {
  if (!isRecord(body) || !Array.isArray(body.issues)) return [];
  return body.issues.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue.path === "string" && typeof issue.message === "string"
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

function readError(body: unknown): string | null {
  return isRecord(body) && typeof body.error === "string" && body.error ? body.error : null;
}

const jsonHeaders = { Accept: "application/json" };

export type InviteLookup =
  | { kind: "found"; invite: QuizInvite }
  | { kind: "not-found"; message: string }
  | { kind: "failed" };

const NO_SUCH_CODE = "No cohort has this code. Check it with your counsellor and try again.";

/** GET /api/v1/invites?code=…: the cohort behind a code. */
export async function lookUpInvite(
  code: string,
  options: { fetchImpl?: typeof fetch; signal?: AbortSignal } = {},
): Promise<InviteLookup> {
  const { fetchImpl = fetch, signal } = options;
  try {
    const response = await fetchImpl(`/api/v1/invites?code=${encodeURIComponent(code)}`, { headers: jsonHeaders, signal });
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 404) return { kind: "not-found", message: readError(body) ?? NO_SUCH_CODE };
    if (!response.ok || !isRecord(body)) return { kind: "failed" };
    const { inviteToken, cohortName, counsellorName, invitesOpen } = body;
    const tokenFits = typeof inviteToken === "string" && ENTITY_ID_PATTERN.test(inviteToken);
    if (!tokenFits || typeof cohortName !== "string" || typeof counsellorName !== "string") {
      return { kind: "failed" };
    }
    const invite: QuizInvite = { token: inviteToken as string, cohortName, counsellorName, invitesOpen: invitesOpen === true };
    const roster = readRosterNames(body.roster);
    if (roster.length > 0) invite.roster = roster;
    return { kind: "found", invite };
  } catch {
    return { kind: "failed" };
  }
}

/** The roster names an API reply or a stored invite holds, or none when they are missing or broken. */
export function readRosterNames(value: unknown): RosterName[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, 500)
    .flatMap((entry: unknown) =>
      isRecord(entry) && typeof entry.id === "string" && ENTITY_ID_PATTERN.test(entry.id) && typeof entry.name === "string" && entry.name
        ? [{ id: entry.id, name: entry.name.slice(0, 80) }]
        : [],
    );
}

/**
 * POST /api/v1/invites/started: the person picked their name on the invite page, so the
 * counsellor sees them as started. Best effort: false when it did not go through.
 */
export async function markStarted(inviteToken: string, rosterEntryId: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl("/api/v1/invites/started", {
      method: "POST",
      headers: { ...jsonHeaders, "Content-Type": "application/json" },
      body: JSON.stringify({ inviteToken, rosterEntryId }),
      credentials: "same-origin",
    });
    return response.status === 204;
  } catch {
    return false;
  }
}

/** One share of this result, as the report lists it (dates as ISO text, so they cross to the browser). */
export interface ShareListItem {
  id: string;
  cohortName: string;
  counsellorName: string;
  displayName: string;
  email: string | null;
  consentedAt: string;
}

export type ShareByCodeOutcome =
  | { kind: "shared"; share: ShareListItem }
  | { kind: "invalid"; issues: FieldIssue[]; message: string | null }
  | { kind: "not-found"; message: string }
  | { kind: "closed"; message: string }
  | { kind: "missing" }
  /** This device does not hold the result's owner key. */
  | { kind: "not-owner" }
  | { kind: "failed" };

export interface ShareByCodeInput {
  code: string;
  displayName: string;
  email?: string | undefined;
  consent: true;
  under18?: boolean;
  guardianName?: string;
  guardianConsent?: boolean;
  rosterEntryId?: string;
}

/** POST /api/v1/assessments/:id/shares. A 404 names either the code or (without issues) the result. */
export async function shareResultByCode(
  assessmentId: string,
  ownerKey: string,
  input: ShareByCodeInput,
  options: { fetchImpl?: typeof fetch; now?: () => Date } = {},
): Promise<ShareByCodeOutcome> {
  const { fetchImpl = fetch, now = () => new Date() } = options;
  try {
    const response = await fetchImpl(`/api/v1/assessments/${encodeURIComponent(assessmentId)}/shares`, {
      method: "POST",
      headers: { ...jsonHeaders, "Content-Type": "application/json", "X-Owner-Key": ownerKey },
      body: JSON.stringify(input),
      credentials: "same-origin",
    });
    const body: unknown = await response.json().catch(() => null);
    const issues = readIssues(body);
    if (response.status === 201 || response.status === 200) {
      const share = isRecord(body) && isRecord(body.share) ? body.share : null;
      if (!share || typeof share.shareId !== "string") return { kind: "failed" };
      return {
        kind: "shared",
        share: {
          id: share.shareId,
          cohortName: typeof share.cohortName === "string" ? share.cohortName : "",
          counsellorName: typeof share.counsellorName === "string" ? share.counsellorName : "",
          displayName: input.displayName.trim(),
          email: input.email?.trim() || null,
          consentedAt: now().toISOString(),
        },
      };
    }
    if (response.status === 403) return { kind: "not-owner" };
    if (response.status === 404) {
      return issues.some((issue) => issue.path === "code")
        ? { kind: "not-found", message: readError(body) ?? NO_SUCH_CODE }
        : { kind: "missing" };
    }
    if (response.status === 409) {
      return { kind: "closed", message: readError(body) ?? "This cohort is not taking new results." };
    }
    if (response.status === 422 || response.status === 400) return { kind: "invalid", issues, message: readError(body) };
    return { kind: "failed" };
  } catch {
    return { kind: "failed" };
  }
}
