/**
 * Every word about a cohort's roster: the counsellor's cohort page (adding names, the status of
 * each student, linking shares) and the student's "Pick your name" when sharing, kept together so
 * they can move to message files with the rest.
 */

export type RosterStatus = "invited" | "started" | "shared";

const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en-IN")} ${count === 1 ? one : many}`;

export const rosterWords = {
  // The cohort page
  pageTitle: (cohortName: string) => `${cohortName}: roster`,
  eyebrow: "Cohort",
  backToCohorts: "Back to cohorts",
  lead: "The students you expect in this cohort. Each one shows whether they have been invited only, started the assessment, or shared their result with you.",
  seeResults: "See this cohort's results",
  openRoster: "Roster",
  archivedNote: "This cohort is archived, so its roster is read-only. Restore the cohort on the cohorts page to change it.",

  // The summary line
  summary: (counts: { total: number; shared: number; started: number; invited: number }) =>
    counts.total === 0
      ? "No one on the roster yet."
      : `${plural(counts.total, "student", "students")} on the roster: ${counts.shared.toLocaleString("en-IN")} shared, ${counts.started.toLocaleString("en-IN")} started, ${counts.invited.toLocaleString("en-IN")} not started`,

  // Statuses
  status: {
    invited: "Not started",
    started: "Started, not shared",
    shared: "Shared",
  } satisfies Record<RosterStatus, string>,
  statusHint: {
    invited: "Invited: has not picked their name or shared yet.",
    started: "Picked their name on the invite page, but has not shared a result yet.",
    shared: "Shared a result with you.",
  } satisfies Record<RosterStatus, string>,
  score: (score: number, band: string) => `${score}/100 · ${band}`,
  openResult: "Open result",
  openResultOf: (name: string) => `of ${name}`,
  rollNumber: (roll: string) => `Roll no. ${roll}`,

  // Adding names
  addHeading: "Add students",
  addLead: "Type or paste one student per line. Add a roll number after a comma, or paste two columns straight from a spreadsheet.",
  formats: ["Asha Rao", "Asha Rao, 21BSC014", "Asha Rao⇥21BSC014 (pasted from a spreadsheet)"],
  textLabel: "Names, one per line",
  textHint: "Blank lines are skipped. Up to 500 students per cohort.",
  fileLabel: "Or choose a CSV file",
  fileHint: "Columns: name, then roll number (optional). A header row is fine.",
  fileRead: (name: string) => `Read ${name}: check the names below, then add them.`,
  fileUnreadable: "That file could not be read as text. Save it as CSV (comma-separated) and try again.",
  fileTooLarge: "That file is too large for a roster. Keep it under 60 KB (about 500 names).",
  add: "Add to roster",
  adding: "Adding…",
  added: (count: number) => (count === 0 ? "No new names were added." : `Added ${plural(count, "student", "students")}.`),
  duplicates: (count: number) => `${plural(count, "name was", "names were")} already on the roster and not added again:`,

  // Validation (server and form)
  textRequired: "Type or paste at least one name.",
  textNotText: "Send the names as text.",
  textTooLong: "That list is too long: paste at most 500 names at a time.",
  lineProblem: (line: number, problem: string) => `Line ${line}: ${problem}`,
  nameRequired: "Enter the student's name.",
  nameTooLong: "Keep the name to 80 characters or fewer.",
  rollTooLong: "Keep the roll number to 40 characters or fewer.",
  tooMany: (existing: number, adding: number, max: number) =>
    existing === 0
      ? `A roster holds at most ${max} students, and this list has ${adding}. Split the cohort or shorten the list.`
      : `A roster holds at most ${max} students: this one has ${existing}, and the list would add ${adding}.`,
  duplicateEntry: "Another student on the roster has this name and roll number.",
  archived: "This cohort is archived, so its roster cannot change. Restore it first.",
  entryNotFound: "No student on this roster has this address. They may have been removed.",

  // One entry
  rename: "Edit",
  renameOf: (name: string) => `details of ${name}`,
  nameLabel: "Name",
  rollLabel: "Roll number",
  save: "Save",
  saving: "Saving…",
  cancel: "Cancel",
  remove: "Remove",
  removeOf: (name: string) => `${name} from the roster`,
  removeConfirm: (name: string) => `Remove ${name} from the roster? A result they shared stays in your results, no longer matched to a name.`,
  removed: (name: string) => `${name} was removed from the roster.`,
  saved: "Saved.",

  // Unmatched shares
  unmatchedHeading: "Shared results not matched to a name",
  unmatchedLead: "These students shared a result without picking their name from the roster. Choose who each one is.",
  unmatchedNone: "Every shared result is matched to a student on the roster.",
  sharedAs: (displayName: string) => `Shared as “${displayName}”`,
  linkLabel: (displayName: string) => `Roster name for “${displayName}”`,
  linkChoose: "Choose a student…",
  link: "Match",
  linked: (displayName: string, name: string) => `“${displayName}” is now matched to ${name}.`,
  unlink: "Unmatch",
  unlinkOf: (name: string) => `the result shared by ${name}`,
  unlinked: (name: string) => `${name}'s result is no longer matched.`,
  linkOtherCohort: "This student is on another cohort's roster. Choose a student from this cohort's roster.",
  linkEntryRequired: "Choose a student from the roster.",

  emptyRoster: "No students on the roster yet. Add their names above to see who has shared and who has not.",
  listHeading: "Students",
  signedOut: "Your session has ended, so this was not saved. Sign in again and try once more.",
  failed: "Something went wrong on our side. Please try again in a moment.",

  // The student's side
  pickLabel: "Pick your name",
  pickHint: (who: string) => `From ${who}'s class list, so they can match your result to you.`,
  pickOptional: "(optional)",
  pickNone: "Choose your name…",
  notOnList: "My name is not on the list",
  pickOtherCohort: "This name is not on this cohort's list. Choose your name again, or “My name is not on the list”.",
  startWithName: "Start the assessment",
  joinPickLead: (who: string) => `Pick your name from ${who}'s list first, so they know you have started. You can still change it when you share.`,
};
