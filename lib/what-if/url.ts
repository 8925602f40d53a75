/**
 * A what-if scenario in a link: base64url of a short JSON object with one-letter keys
 * (`{"b":"bpharm","t":"certified","h":1,"s":{"medical-terminology":2}}`). Decoding checks the
 * text, then the scenario's shape and values against the profile and, when given, the person's
 * answers, and explains any problem in words a person understands (the `whatIf.link` messages, in
 * the page's language through `t`).
 */
import { z } from "zod";
import type { CareerProfile } from "../profiles/schema";
import type { Answers } from "../scoring/answers";
import { checkScenario, linkProblem, scenarioProblem, scenarioSchemaFor, type Scenario, type WhatIfWords } from "./changes";

export const WHAT_IF_PARAM = "whatif";
const MAX_LENGTH = 2000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** The compact text for a scenario; the empty scenario is "". */
export function encodeScenario(scenario: Scenario): string {
  const wire: Record<string, unknown> = {};
  if (scenario.background !== undefined) wire.b = scenario.background;
  if (scenario.training !== undefined) wire.t = scenario.training;
  if (scenario.healthcareYearPlus) wire.h = 1;
  const skills = Object.entries(scenario.skills ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (skills.length) wire.s = Object.fromEntries(skills);
  return Object.keys(wire).length ? toBase64Url(JSON.stringify(wire)) : "";
}

const wireSchema = z.strictObject({
  b: z.unknown().optional(),
  t: z.unknown().optional(),
  h: z.literal(1).optional(),
  s: z.unknown().optional(),
});

export type DecodeResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/**
 * Reads a scenario from its link text, explaining a problem in `t`'s language. With `answers`, it
 * also rejects steps backwards (a skill lowered below the answer given, a training step already taken).
 */
export function decodeScenario(text: string, profile: CareerProfile, t: WhatIfWords, answers?: Answers): DecodeResult {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, scenario: {} };
  if (trimmed.length > MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(trimmed)) {
    return { ok: false, message: linkProblem(t("link.notOurs"), t) };
  }
  let data: unknown;
  try {
    data = JSON.parse(fromBase64Url(trimmed));
  } catch {
    return { ok: false, message: linkProblem(t("link.unreadable"), t) };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, message: linkProblem(t("link.noChanges"), t) };
  }
  const wire = wireSchema.safeParse(data);
  if (!wire.success) {
    const issue = wire.error.issues[0]!;
    // The link's one-letter keys: only "h" has a check of its own.
    const detail = issue.code === "unrecognized_keys" ? t("link.unknownChanges", { keys: issue.keys.join(", ") }) : t("link.healthcareYear");
    return { ok: false, message: linkProblem(detail, t) };
  }
  const scenario: Record<string, unknown> = {};
  if ("b" in wire.data) scenario.background = wire.data.b;
  if ("t" in wire.data) scenario.training = wire.data.t;
  if ("h" in wire.data) scenario.healthcareYearPlus = true;
  if ("s" in wire.data) scenario.skills = wire.data.s;
  if (answers) return checkScenario(profile, answers, scenario, t);
  const parsed = scenarioSchemaFor(profile).safeParse(scenario);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const detail =
      issue.code === "unrecognized_keys" ? t("link.unknownChanges", { keys: issue.keys.join(", ") }) : scenarioProblem(issue, profile, t);
    return { ok: false, message: linkProblem(detail, t) };
  }
  return { ok: true, scenario: parsed.data };
}

/** The report's address with the scenario attached (no parameter for the empty scenario). */
export function scenarioUrl(reportUrl: string, scenario: Scenario): string {
  const url = new URL(reportUrl);
  const code = encodeScenario(scenario);
  if (code) url.searchParams.set(WHAT_IF_PARAM, code);
  else url.searchParams.delete(WHAT_IF_PARAM);
  url.hash = "what-if";
  return url.toString();
}
