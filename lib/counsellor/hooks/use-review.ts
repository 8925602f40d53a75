"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { counsellorApi } from "../api-client";
import { counsellorKeys } from "../query-keys";

/** Sets or clears "reviewed"; the table and analytics (which filter by it) refetch. */
export function useSetReviewed(shareId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reviewed: boolean) => counsellorApi.setReviewed(shareId, reviewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: counsellorKeys.results() }),
  });
}
