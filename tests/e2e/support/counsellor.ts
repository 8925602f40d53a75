import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import type { QuestionnaireItem } from "../../../lib/profiles/questionnaire-schema";
import { sections } from "./quiz";

/** A complete answer set for API calls. */
function answerFor(item: QuestionnaireItem, lean: number): string | number {
  if (item.kind === "level") return Math.min(4, 1 + lean);
  if (item.kind === "agreement") return 3 + (lean % 2);
  if (item.kind === "knowledge") return item.correct;
  return item.options[lean % item.options.length]!.value;
}
export const apiAnswers = (lean = 1) =>
  Object.fromEntries(sections.flatMap((section) => section.items.map((item) => [item.id, answerFor(item, lean)])));

/** A made-up client address per context: Better Auth's sign-in limit counts per address. */
export const fakeAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

export const uniqueEmail = (who: string) => `${who}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}@example.org`;

export interface SignedIn {
  api: APIRequestContext;
  email: string;
  name: string;
}

/** Signs a new counsellor up and in through Better Auth's endpoints; the context keeps the cookie. */
export async function signedInCounsellor(baseURL: string, name: string): Promise<SignedIn> {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { origin: baseURL, "x-forwarded-for": fakeAddress() },
  });
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  const password = "a long enough password";
  const up = await api.post("/api/auth/sign-up/email", { data: { name, email, password } });
  if (!up.ok()) throw new Error(`sign-up failed: ${up.status()} ${await up.text()}`);
  const inResponse = await api.post("/api/auth/sign-in/email", { data: { email, password } });
  if (!inResponse.ok()) throw new Error(`sign-in failed: ${inResponse.status()} ${await inResponse.text()}`);
  return { api, email, name };
}
