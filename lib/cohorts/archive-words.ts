/**
 * Every word about archiving and deleting a cohort, for students (the share API's refusal, the
 * invite page) and for the counsellor (the cohort list and its two confirmation dialogs), kept
 * together so they can move to message files with the rest.
 */

const results = (count: number) => (count === 1 ? "1 shared result" : `${count.toLocaleString("en-IN")} shared results`);

export const cohortArchiveWords = {
  // Students
  shareRefused: (cohortName: string, counsellorName: string) =>
    `“${cohortName}” is closed to new results; ask ${counsellorName}, your counsellor, if you still want to share.`,
  shareRefusedField: "This class is closed to new results; ask your counsellor.",
  inviteHeading: "This class is closed to new results",
  inviteText: (counsellorName: string, cohortName: string) =>
    `${counsellorName} has closed “${cohortName}”, so nothing will be shared with them from here. You are still welcome to take the Medical Coder fit assessment for yourself:`,
  inviteMistake: (counsellorName: string) =>
    `Ask ${counsellorName} for the class they use now. Nothing is ever shared without your say.`,

  // Counsellor: the list
  archivedHeading: "Archived cohorts",
  noActive: "No active cohorts",
  archivedIntro:
    "Archived cohorts take no new results; their invite link and code tell students the class is closed. The results already shared stay here until you delete the cohort.",
  archivedBadge: "Archived",
  archivedOn: (date: string) => `Archived ${date}`,
  archive: "Archive",
  restore: "Restore",
  delete: "Delete",
  restored: (name: string) => `“${name}” is active again. Its invite link and code work as before.`,
  archivedDone: (name: string) => `“${name}” is archived. You will find it under Archived cohorts.`,
  deletedDone: (name: string) => `“${name}” was deleted, with its shared results and your notes on them.`,

  // Counsellor: the dialogs
  archiveTitle: (name: string) => `Archive “${name}”?`,
  archiveText:
    "Students can no longer share new results with it: its invite link and code will say the class is closed. The results already shared and your notes stay, and you can restore the cohort at any time.",
  archiveConfirm: "Archive cohort",
  archiving: "Archiving…",
  deleteTitle: (name: string) => `Delete “${name}” for good?`,
  deleteText: (count: number) =>
    `This removes the cohort, its invite link and code, ${count ? results(count) : "no shared results"} and your notes on them. It cannot be undone. The students keep their own results.`,
  deleteConfirm: "Delete cohort",
  deleting: "Deleting…",
  cancel: "Cancel",
  failed: "The change was not saved. Please try again.",
} as const;
