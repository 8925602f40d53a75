import { z } from "zod";

/**
 * What "Download my data" hands a result's owner (GET /api/v1/assessments/{id}/my-data): the
 * answers, the result and the shares, and nothing else. The route parses its answer with this
 * schema, so a field added to a query by mistake (a counsellor's email, an internal id, the owner
 * key's hash) is stripped before it can leave.
 */
export const MY_DATA_FORMAT = "coder-fit-my-data";
export const MY_DATA_VERSION = 1;

const isoDateTime = z.iso.datetime();

export const myDataShareSchema = z.object({
  /** The counsellor's name as their account shows it; never their email. */
  counsellorName: z.string(),
  cohortName: z.string(),
  /** The name and optional email the person gave when sharing. */
  yourName: z.string(),
  yourEmail: z.string().nullable(),
  sharedAt: isoDateTime,
  /** A withdrawn share is deleted at once, so every share listed is still in place. */
  withdrawn: z.literal(false),
});

export const myDataSchema = z.object({
  format: z.literal(MY_DATA_FORMAT),
  version: z.literal(MY_DATA_VERSION),
  exportedAt: isoDateTime,
  about: z.string(),
  result: z.object({
    id: z.string(),
    reportUrl: z.string(),
    createdAt: isoDateTime,
    lastOpenedAt: isoDateTime.nullable(),
    profileId: z.string(),
    profileVersion: z.string(),
    scoringVersion: z.string(),
    locale: z.string(),
    previousId: z.string().nullable(),
    answers: z.record(z.string(), z.unknown()),
    result: z.record(z.string(), z.unknown()),
    tryWork: z.record(z.string(), z.unknown()).nullable(),
  }),
  shares: z.array(myDataShareSchema),
});

export type MyData = z.infer<typeof myDataSchema>;
export type MyDataShare = z.infer<typeof myDataShareSchema>;

/** The file's name: the date it was made, nothing that identifies the result. */
export function myDataFileName(exportedAt: Date): string {
  return `coder-fit-my-data-${exportedAt.toISOString().slice(0, 10)}.json`;
}
