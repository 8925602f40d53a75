import { medicalCoderProfile } from "./medical-coder";
import type { CareerProfile } from "./schema";

export { medicalCoderProfile };
export * from "./schema";
export * from "./questionnaire-schema";
export * from "./market";
export * from "./sources";

/** Every career the app knows, by id. A new career is a new entry here and a data folder. */
export const profiles: Record<string, CareerProfile> = { [medicalCoderProfile.id]: medicalCoderProfile };

export const DEFAULT_PROFILE_ID = medicalCoderProfile.id;
