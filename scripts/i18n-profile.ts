/**
 * `npm run i18n:profile`: writes lib/i18n/messages/en/profile.json, the profile's words as the
 * profile has them (lib/i18n/profile-words.ts), the file each translation starts from. Run it after
 * changing a word in lib/profiles; tests/unit/result-words.test.ts fails until it is run.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { wordsOf } from "../lib/i18n/profile-words";
import { profiles } from "../lib/profiles";

const file = path.join(import.meta.dirname, "..", "lib", "i18n", "messages", "en", "profile.json");
const words = Object.fromEntries(Object.values(profiles).map((profile) => [profile.id, wordsOf(profile)]));
writeFileSync(file, `${JSON.stringify(words, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}.`);
