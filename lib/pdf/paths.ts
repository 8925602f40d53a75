/** Where a report's PDF is downloaded from (docs/api.md); safe to import in the browser. */
export const reportPdfPath = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}/pdf`;

/** A shared result's PDF, for the counsellor it is shared with. */
export const counsellorReportPdfPath = (shareId: string) => `/api/v1/counsellor/results/${encodeURIComponent(shareId)}/pdf`;

/** The same address with the full receipt added as an appendix. */
export const withDetails = (path: string) => `${path}?details=1`;
