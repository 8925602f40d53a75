import type { CareerProfile } from "../schema";
import { medicalCoderContent } from "./content";
import { education, learningPath, progression, readiness, recommendations, scoring, skills, traits } from "./core";
import { medicalCoderQuestionnaire } from "./questionnaire";

/** The Medical Coder profile. Validated against careerProfileSchema in tests/unit/profile.test.ts. */
export const medicalCoderProfile: CareerProfile = {
  id: "medical-coder",
  // 2026.12.1: market routes and titles, plan tracks, journey activities by market and stage.
  version: "2026.12.1",
  title: "Medical Coder",
  skills,
  traits,
  education,
  learningPath,
  progression,
  scoring,
  readiness,
  recommendations,
  questionnaire: medicalCoderQuestionnaire,
  content: medicalCoderContent,
};
