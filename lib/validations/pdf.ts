import { z } from "zod";
import { counsellorPdfWords } from "@/lib/pdf/counsellor-words";

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

/**
 * A shared result's PDF for its counsellor: the student's options, and `notes=1` to add the
 * counsellor's own notes as a last page. `notes=0` or no `notes` gives exactly the student's PDF.
 */
export const counsellorReportPdfQuerySchema = reportPdfQuerySchema.extend({
  notes: z
    .enum(["0", "1"], { error: counsellorPdfWords.notes.badQuery })
    .optional()
    .transform((value) => value === "1"),
});

export type CounsellorReportPdfOptions = z.output<typeof counsellorReportPdfQuerySchema>;
