/**
 * A profile in a language: the English profile itself, or a copy with the language's words
 * (`<locale>/profile.json`, see profile-words.ts). Copies are made once per profile and language.
 */
import type { CareerProfile } from "@/lib/profiles/schema";
import hi from "./messages/hi/profile.json";
import { withWords, type WordTree } from "./profile-words";

const translations: Record<string, Record<string, WordTree>> = { hi };
const copies = new Map<string, WeakMap<CareerProfile, CareerProfile>>();

export function profileIn<T extends CareerProfile>(profile: T, locale: string): T {
  const words = translations[locale]?.[profile.id];
  if (!words) return profile;
  let made = copies.get(locale);
  if (!made) copies.set(locale, (made = new WeakMap()));
  let copy = made.get(profile);
  if (!copy) made.set(profile, (copy = withWords(profile, words)));
  return copy as T;
}
