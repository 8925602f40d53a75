import type { APIRequestContext } from "@playwright/test";
import { personaAnswers, personas } from "../../fixtures/personas";
import { fakeAddress } from "./counsellor";

/** One persona per band the acceptance checks name: strong, possible and not a natural fit. */
export const bandPersonas = ["nursing-graduate-loves-detail", "12th-science-school-leaver", "bcom-dislikes-desk-and-routine"] as const;

export interface CreatedReport {
  id: string;
  reportUrl: string;
  ownerKey: string;
}

/** Stores a persona's answers through the public API, as the quiz would, and returns the new report. */
export async function createPersonaReport(request: APIRequestContext, personaId: string): Promise<CreatedReport> {
  const persona = personas.find((entry) => entry.id === personaId);
  if (!persona) throw new Error(`No persona ${personaId}`);
  const created = await request.post("/api/v1/assessments", {
    data: { answers: personaAnswers(persona) },
    headers: { "x-forwarded-for": fakeAddress() },
  });
  if (created.status() !== 201) throw new Error(`Creating ${personaId} answered ${created.status()}: ${await created.text()}`);
  return (await created.json()) as CreatedReport;
}
