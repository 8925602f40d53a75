"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { CounsellorApiError } from "@/lib/counsellor/api-client";

/** One QueryClient per browser tab for the counsellor pages. */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            staleTime: 15_000,
            // A 4xx will not change by asking again; a network blip or 5xx might.
            retry: (count, error) =>
              count < 2 && !(error instanceof CounsellorApiError && error.status >= 400 && error.status < 500),
            refetchOnWindowFocus: true,
          },
        },
      }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
