import { z } from "zod";

/**
 * The query string of a report PDF download. `details=1` adds the full score receipt as an
 * appendix; `details=0` or no `details` leaves it out. Other parameters are ignored.
 */
export const reportPdfQuerySchema = z.object({
  details: z
    .enum(["0", "1"], { error: "Use details=1 to add the full details, or leave details out." })
    .optional()
    .transform((value) => value === "1"),
});

export type ReportPdfOptions = z.output<typeof reportPdfQuerySchema>;
