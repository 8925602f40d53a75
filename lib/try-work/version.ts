/**
 * The exercise's version, apart from its data so the quiz can check a kept outcome without
 * loading the notes. Change it whenever a question, an option or a right answer changes.
 */
export const TRY_WORK_VERSION = "2026.12.1";
