/**
 * The error a service throws when a request cannot be met (a 4xx with a message a person
 * understands, the field issues, and any headers such as Retry-After). Services and the
 * auth, rate-limit and roster code throw it; the HTTP layer (lib/api/route.ts) turns it into a
 * response. It lives here, not in lib/api, so lib/ depends one way: the HTTP layer on the
 * services, never the reverse (eslint.config.mjs).
 */
import type { AnswerIssue } from "@/lib/scoring";

export interface ApiErrorBody {
  error: string;
  issues: AnswerIssue[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: AnswerIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "result") => new ApiError(404, `No ${what} exists at this address. It may have been deleted.`);
