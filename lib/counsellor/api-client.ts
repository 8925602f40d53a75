/**
 * Typed fetchers for the counsellor API, used by the hooks in ./hooks. Every failure becomes a
 * CounsellorApiError with the server's plain-language message and field issues; a 401 also
 * says so, so the page can send the person to sign in again.
 */
import type { CohortJson } from "@/lib/cohorts/json";
import type { NoteView } from "@/lib/notes/service";
import type { RosterJson } from "@/lib/roster/json";
import type { CohortAnalytics, ResultPage } from "@/lib/shares/counsellor";
import { filtersOf, viewToSearch, type ResultFilters, type ResultView } from "./filters";

export type { CohortJson, CohortAnalytics, NoteView, ResultPage, RosterJson };

/** What adding names answers: how many were added, which were already there, and the roster now. */
export interface RosterAdded {
  added: number;
  duplicates: { name: string; rollNumber: string | null; line: number }[];
  roster: RosterJson;
}

export class CounsellorApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "CounsellorApiError";
  }
  get signedOut(): boolean {
    return this.status === 401;
  }
}

const API = "/api/v1/counsellor";

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      ...init,
      credentials: "same-origin",
      headers: { Accept: "application/json", ...(init.body ? { "Content-Type": "application/json" } : {}), ...init.headers },
    });
  } catch {
    throw new CounsellorApiError(0, "We could not reach Coder Fit. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as { error?: string; issues?: { path: string; message: string }[] } | null;
  if (!response.ok) {
    throw new CounsellorApiError(
      response.status,
      body?.error ?? "Something went wrong on our side. Please try again.",
      Array.isArray(body?.issues) ? body.issues : [],
    );
  }
  return body as T;
}

const json = (value: unknown) => JSON.stringify(value);

export const counsellorApi = {
  cohorts: () => request<{ cohorts: CohortJson[] }>("/cohorts").then((body) => body.cohorts),
  createCohort: (name: string) =>
    request<{ cohort: CohortJson }>("/cohorts", { method: "POST", body: json({ name }) }).then((body) => body.cohort),
  updateCohort: (id: string, changes: { name?: string; invitesOpen?: boolean; archived?: boolean }) =>
    request<{ cohort: CohortJson }>(`/cohorts/${encodeURIComponent(id)}`, { method: "PATCH", body: json(changes) }).then(
      (body) => body.cohort,
    ),
  deleteCohort: (id: string) => request<void>(`/cohorts/${encodeURIComponent(id)}`, { method: "DELETE" }),
  roster: (cohortId: string) =>
    request<{ roster: RosterJson }>(`/cohorts/${encodeURIComponent(cohortId)}/roster`).then((body) => body.roster),
  addToRoster: (cohortId: string, text: string) =>
    request<RosterAdded>(`/cohorts/${encodeURIComponent(cohortId)}/roster`, { method: "POST", body: json({ text }) }),
  updateRosterEntry: (cohortId: string, entryId: string, changes: { name?: string; rollNumber?: string | null }) =>
    request<{ entry: { id: string; name: string; rollNumber: string | null } }>(
      `/cohorts/${encodeURIComponent(cohortId)}/roster/${encodeURIComponent(entryId)}`,
      { method: "PATCH", body: json(changes) },
    ).then((body) => body.entry),
  deleteRosterEntry: (cohortId: string, entryId: string) =>
    request<void>(`/cohorts/${encodeURIComponent(cohortId)}/roster/${encodeURIComponent(entryId)}`, { method: "DELETE" }),
  linkShare: (shareId: string, rosterEntryId: string) =>
    request<{ shareId: string; rosterEntryId: string | null }>(`/results/${encodeURIComponent(shareId)}/roster`, {
      method: "PUT",
      body: json({ rosterEntryId }),
    }),
  unlinkShare: (shareId: string) =>
    request<{ shareId: string; rosterEntryId: string | null }>(`/results/${encodeURIComponent(shareId)}/roster`, { method: "DELETE" }),
  results: (view: ResultView) => request<ResultPage>(`/results${viewToSearch(view)}`),
  analytics: (filters: ResultFilters) => request<CohortAnalytics>(`/analytics${viewToSearch(filtersOf(filters))}`),
  setReviewed: (shareId: string, reviewed: boolean) =>
    request<{ reviewed: boolean; reviewedAt: string | null }>(`/results/${encodeURIComponent(shareId)}/review`, {
      method: "PUT",
      body: json({ reviewed }),
    }),
  notes: (shareId: string) =>
    request<{ notes: NoteView[] }>(`/results/${encodeURIComponent(shareId)}/notes`).then((body) => body.notes),
  addNote: (shareId: string, body: string) =>
    request<{ note: NoteView }>(`/results/${encodeURIComponent(shareId)}/notes`, { method: "POST", body: json({ body }) }).then(
      (reply) => reply.note,
    ),
  updateNote: (shareId: string, noteId: string, body: string) =>
    request<{ note: NoteView }>(`/results/${encodeURIComponent(shareId)}/notes/${encodeURIComponent(noteId)}`, {
      method: "PATCH",
      body: json({ body }),
    }).then((reply) => reply.note),
  deleteNote: (shareId: string, noteId: string) =>
    request<void>(`/results/${encodeURIComponent(shareId)}/notes/${encodeURIComponent(noteId)}`, { method: "DELETE" }),
};

/** The CSV export's address for a view (sort included, paging not: it has every row). */
export function exportHref(view: ResultView): string {
  return `${API}/results/export${viewToSearch({ ...filtersOf(view), sort: view.sort, dir: view.dir })}`;
}
