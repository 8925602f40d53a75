"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { counsellorApi, type RosterJson } from "../api-client";
import { counsellorKeys } from "../query-keys";

/** A cohort's roster; every change below reads it again, so statuses and counts stay the server's. */
export function useRoster(cohortId: string, initialData?: RosterJson) {
  return useQuery({ queryKey: counsellorKeys.roster(cohortId), queryFn: () => counsellorApi.roster(cohortId), initialData });
}

function useRefresh(cohortId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: counsellorKeys.roster(cohortId) });
}

export function useAddToRoster(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => counsellorApi.addToRoster(cohortId, text),
    onSuccess: (outcome) => queryClient.setQueryData(counsellorKeys.roster(cohortId), outcome.roster),
  });
}

export function useUpdateRosterEntry(cohortId: string) {
  const refresh = useRefresh(cohortId);
  return useMutation({
    mutationFn: ({ entryId, ...changes }: { entryId: string; name: string; rollNumber: string | null }) =>
      counsellorApi.updateRosterEntry(cohortId, entryId, changes),
    onSuccess: refresh,
  });
}

export function useDeleteRosterEntry(cohortId: string) {
  const refresh = useRefresh(cohortId);
  return useMutation({ mutationFn: (entryId: string) => counsellorApi.deleteRosterEntry(cohortId, entryId), onSuccess: refresh });
}

export function useLinkShare(cohortId: string) {
  const refresh = useRefresh(cohortId);
  return useMutation({
    mutationFn: ({ shareId, rosterEntryId }: { shareId: string; rosterEntryId: string | null }) =>
      rosterEntryId ? counsellorApi.linkShare(shareId, rosterEntryId) : counsellorApi.unlinkShare(shareId),
    onSuccess: refresh,
  });
}
