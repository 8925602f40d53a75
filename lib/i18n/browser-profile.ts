/**
 * The profile in the page's language for client components that draw it (the career sections,
 * which React draws on the server and again in the browser, and what-if, which scores with it).
 * Each language's profile words come in a script of their own, fetched only on a page in that
 * language (English needs none), rather than every language's words in one script. The loaders
 * are written from the language folders (`npm run i18n`, generated/profile-loaders.ts). The copy
 * is the one `profileIn` (lib/i18n/profiles.ts) makes on the server, so the browser hydrates the
 * same text.
 */
import { withWords, type WordTree } from "@/lib/i18n/profile-words";
import { medicalCoderProfile, type CareerProfile } from "@/lib/profiles";
import { profileLoaders } from "./generated/profile-loaders";

type ProfileWords = Record<string, WordTree>;

/** Each language's profile.json but English's, fetched when first needed. */
export const PROFILE_WORDS: Record<string, () => Promise<ProfileWords>> = profileLoaders;

const copies = new Map<string, Promise<CareerProfile>>();

/** The profile in `locale`: at once for English (and any language without words), else once its words arrive. */
export function profileInBrowser(locale: string): CareerProfile | Promise<CareerProfile> {
  const load = PROFILE_WORDS[locale];
  if (!load) return medicalCoderProfile;
  let copy = copies.get(locale);
  if (!copy) {
    copy = load().then((words) => {
      const own = words[medicalCoderProfile.id];
      return own ? withWords(medicalCoderProfile, own) : medicalCoderProfile;
    });
    copies.set(locale, copy);
  }
  return copy;
}
