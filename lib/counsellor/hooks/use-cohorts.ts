"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { counsellorApi, type CohortJson } from "../api-client";
import { counsellorKeys } from "../query-keys";

export function useCohorts(initialData?: CohortJson[]) {
  return useQuery({ queryKey: counsellorKeys.cohorts(), queryFn: counsellorApi.cohorts, initialData });
}

export function useCreateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => counsellorApi.createCohort(name),
    onSuccess: (cohort) => {
      queryClient.setQueryData<CohortJson[]>(counsellorKeys.cohorts(), (cohorts) => [cohort, ...(cohorts ?? [])]);
    },
  });
}

export function useUpdateCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: { id: string; name?: string; invitesOpen?: boolean; archived?: boolean }) =>
      counsellorApi.updateCohort(id, changes),
    onSuccess: (cohort) => {
      queryClient.setQueryData<CohortJson[]>(counsellorKeys.cohorts(), (cohorts) =>
        cohorts?.map((existing) => (existing.id === cohort.id ? cohort : existing)),
      );
      // A renamed cohort shows in the results table too.
      void queryClient.invalidateQueries({ queryKey: counsellorKeys.results() });
    },
  });
}

/** Deletes a cohort with its shares and notes: the results, analytics and counts all change. */
export function useDeleteCohort() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => counsellorApi.deleteCohort(id),
    onSuccess: (_, id) => {
      queryClient.setQueryData<CohortJson[]>(counsellorKeys.cohorts(), (cohorts) => cohorts?.filter((cohort) => cohort.id !== id));
      // Results and analytics both live under results().
      void queryClient.invalidateQueries({ queryKey: counsellorKeys.results() });
    },
  });
}
