/**
 * A profile in a language: the English profile itself, or a copy with the language's words
 * (`<locale>/profile.json`, see profile-words.ts). Copies are made once per profile and language.
 */
import type { CareerProfile } from "@/lib/profiles/schema";
import { profileCatalogs } from "./generated/profile";
import { withWords, type WordTree } from "./profile-words";

const translations: Record<string, Record<string, WordTree>> = profileCatalogs;
const copies = new Map<string, WeakMap<CareerProfile, CareerProfile>>();

export function profileIn<T extends CareerProfile>(profile: T, locale: string): T {
  // English is the profile's own language: its profile.json is the translators' copy of it.
  const words = locale === "en" ? undefined : translations[locale]?.[profile.id];
  if (!words) return profile;
  let made = copies.get(locale);
  if (!made) copies.set(locale, (made = new WeakMap()));
  let copy = made.get(profile);
  if (!copy) made.set(profile, (copy = withWords(profile, words)));
  return copy as T;
}
