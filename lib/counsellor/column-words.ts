/** Words of the dashboard's columns added with the exact degree, kept together for message files. */
export const dashboardColumnWords = {
  background: "Background",
  /** After a part score: "88 /100". */
  outOf: " /100",
} as const;
