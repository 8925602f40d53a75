/** The career profile's address (its first page), and the "Try the work" exercise's. */
export const CAREER_PATH = "/careers/medical-coder";
export const TRY_WORK_PATH = "/careers/medical-coder/try";
