/**
 * `npm run i18n`: after adding a language folder or changing a word in lib/profiles.
 * 1. Writes lib/i18n/messages/en/profile.json, the profile's words as the profile has them
 *    (lib/i18n/profile-words.ts), the file each translation starts from.
 * 2. Lists the language folders and writes lib/i18n/generated/ (scripts/i18n-catalogs.ts),
 *    with language-names.woff2: the letters of the languages' own names, for the switch.
 * tests/unit/result-words.test.ts fails until it is run.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { wordsOf } from "../lib/i18n/profile-words";
import { profiles } from "../lib/profiles";
import { generatedModules, LANGUAGE_NAMES_SOURCE, languageNamesText, listLocaleFolders } from "./i18n-catalogs";
import { languageNamesFont } from "./i18n-font";

const i18n = path.join(import.meta.dirname, "..", "lib", "i18n");
const messages = path.join(i18n, "messages");

const words = Object.fromEntries(Object.values(profiles).map((profile) => [profile.id, wordsOf(profile)]));
writeFileSync(path.join(messages, "en", "profile.json"), `${JSON.stringify(words, null, 2)}\n`);
console.log("Wrote lib/i18n/messages/en/profile.json.");

mkdirSync(path.join(i18n, "generated"), { recursive: true });
for (const [file, source] of Object.entries(generatedModules(messages))) {
  writeFileSync(path.join(i18n, "generated", file), source);
  console.log(`Wrote lib/i18n/generated/${file}.`);
}

const names = await languageNamesFont(readFileSync(path.join(import.meta.dirname, "..", LANGUAGE_NAMES_SOURCE)), languageNamesText(listLocaleFolders(messages)));
writeFileSync(path.join(i18n, "generated", "language-names.woff2"), names);
console.log(`Wrote lib/i18n/generated/language-names.woff2 (${names.length} bytes).`);
