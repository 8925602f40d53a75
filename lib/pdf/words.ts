/**
 * Words only the PDF uses: its running footer, the appendix and the download controls. The
 * report's own words (answer, plan, why) come from lib/report/answer-words.ts, so the PDF and the
 * page read the same.
 */
export const pdfWords = {
  brand: "Coder Fit",
  takenOn: (date: string) => `Taken on ${date}`,
  market: (name: string) => `Market: ${name}`,
  outOf: "out of 100",
  pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
  versions: (versions: { profile: string; scoring: string; questionnaire: string }) =>
    `Profile ${versions.profile} · scoring ${versions.scoring} · questions ${versions.questionnaire}`,
  /** The document's metadata subject, shown by PDF readers. Nothing personal. */
  subject: "A Coder Fit report: how well medical coding suits one person, with a plan.",
  fileName: (isoDate: string) => `coder-fit-report-${isoDate}.pdf`,

  partOutOf: (score: number) => `${score} / 100`,

  appendix: {
    heading: "Appendix: the full score receipt",
    intro: (lines: number, total: string, overall: number) =>
      `Each line is one thing that counted: your education, each skill and each temperament trait. Its weight is its share of the overall score, and its points are what it gave out of the most it could. All ${lines} lines add up to ${total}, your overall score of ${overall}.`,
    group: (label: string, points: string, max: string, weight: string) => `${label} · ${points} of ${max} points (${weight} of the total)`,
    columns: { factor: "Factor", weight: "Weight", points: "Points", why: "Why, and your answers" },
    subtotal: (label: string) => `${label} subtotal`,
    total: (equation: string) => `Total: ${equation} points, your overall score.`,
  },

  download: {
    label: "Download PDF",
    includeDetails: "Include full details",
    note: "A PDF of the answer and the plan, a few A4 pages.",
    withDetailsNote: "A PDF of the answer and the plan, with every point of the score added at the end.",
  },
};
