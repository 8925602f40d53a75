/** Words of "Share with a counsellor" on the report that say who a code belongs to, together for message files. */
export const SHARE_CODE_WORDS = {
  sharingWith: (counsellorName: string, cohortName: string) => `You are sharing with ${counsellorName}, ${cohortName}.`,
  lookUpFirst: "Enter the cohort code to see who you would be sharing with. Nothing is shared until you have seen their name.",
  checkFirst: (counsellorName: string, cohortName: string) =>
    `Check the name first: you are sharing with ${counsellorName}, ${cohortName}. If that is right, press “Share my result” again.`,
  checking: "Checking the code…",
  yourCounsellor: "your counsellor",
} as const;
