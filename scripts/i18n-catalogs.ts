/**
 * Lists the languages in lib/i18n/messages (one folder each, named by its language code, with a
 * meta.json holding the language's own name) and writes the modules that import their files:
 * lib/i18n/generated/<file>.ts for each of the engine's message files (result, profile), ui.ts
 * for the pages' files (every other file: one namespace each, read through next-intl),
 * profile-loaders.ts for the browser's copy of the profile and locales.ts for the list. Pure functions here; scripts/i18n.ts writes them (`npm run i18n`).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface LocaleFolder {
  id: string;
  name: string;
  files: string[];
}

/** Every folder under `dir` whose name is a language code and which has a meta.json, English first. */
export function listLocaleFolders(dir: string): LocaleFolder[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[a-z]{2,3}$/.test(entry.name) && existsSync(path.join(dir, entry.name, "meta.json")))
    .map((entry) => {
      const meta = JSON.parse(readFileSync(path.join(dir, entry.name, "meta.json"), "utf8")) as { name?: unknown };
      if (typeof meta.name !== "string" || !meta.name.trim()) throw new Error(`${entry.name}/meta.json needs the language's own name in "name"`);
      const files = readdirSync(path.join(dir, entry.name))
        .filter((file) => file.endsWith(".json") && file !== "meta.json")
        .map((file) => file.replace(/\.json$/, ""))
        .sort();
      return { id: entry.name, name: meta.name, files };
    })
    .sort((a, b) => (a.id === "en" ? -1 : b.id === "en" ? 1 : a.id.localeCompare(b.id)));
}

const HEADER = "// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.\n";

/** The module that imports one message file (`result`, `profile`) of every language. */
export function catalogModule(locales: LocaleFolder[], file: string): string {
  const having = locales.filter((locale) => locale.files.includes(file));
  const imports = having.map((locale) => `import ${locale.id} from "../messages/${locale.id}/${file}.json" with { type: "json" };`).join("\n");
  return `${HEADER}${imports}\n\nexport const ${file}Catalogs = { ${having.map((locale) => locale.id).join(", ")} } as const;\n`;
}

/** The message files the result and profile layers read themselves; every other file is a page namespace. */
export const ENGINE_FILES = ["profile", "result"];

/** The module that gathers every page namespace of every language, for next-intl (lib/i18n/request.ts). */
export function uiModule(locales: LocaleFolder[], namespaces: string[]): string {
  const name = (locale: string, file: string) => `${locale}_${file.replace(/[^a-zA-Z0-9]/g, "_")}`;
  const imports = locales
    .flatMap((locale) => locale.files.filter((file) => namespaces.includes(file)).map((file) => `import ${name(locale.id, file)} from "../messages/${locale.id}/${file}.json" with { type: "json" };`))
    .join("\n");
  const entries = locales
    .map((locale) => {
      const having = namespaces.filter((file) => locale.files.includes(file));
      return `  ${locale.id}: { ${having.map((file) => `${JSON.stringify(file)}: ${name(locale.id, file)}`).join(", ")} },`;
    })
    .join("\n");
  return `${HEADER}${imports}\n\nexport const uiCatalogs = {\n${entries}\n} as const;\n\n/** The pages' messages, as English has them: the shape every language's must have. */\nexport type UiMessages = (typeof uiCatalogs)["en"];\n`;
}

/** The module listing the languages, with their own names. */
export function localesModule(locales: LocaleFolder[]): string {
  const entries = locales.map((locale) => `  { id: ${JSON.stringify(locale.id)}, name: ${JSON.stringify(locale.name)} },`).join("\n");
  return `${HEADER}export const LOCALE_LIST = [\n${entries}\n] as const;\n`;
}

/**
 * The browser's loaders of each language's profile words but English's (lib/i18n/browser-profile.ts):
 * a dynamic import each, so a language's words are fetched only on a page in that language.
 */
export function profileLoadersModule(locales: LocaleFolder[]): string {
  const entries = locales
    .filter((locale) => locale.id !== "en" && locale.files.includes("profile"))
    .map((locale) => `  ${locale.id}: () => import("../messages/${locale.id}/profile.json").then((module) => module.default),`)
    .join("\n");
  return `${HEADER}export const profileLoaders = {\n${entries}\n} as const;\n`;
}

/** The font the language switch's names in Devanagari are cut from (lib/i18n/fonts.ts, languageNames): the switch's weight. */
export const LANGUAGE_NAMES_SOURCE = "node_modules/@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-600-normal.woff2";

/**
 * The letters of every language's own name that are not Latin, for the switch's small font: an
 * English page shows "हिन्दी" without loading the whole Devanagari face. Only Devanagari names can be
 * cut from that face; a name in another script needs a face of its own, so it is refused here.
 */
export function languageNamesText(locales: LocaleFolder[]): string {
  const letters = new Set<string>();
  for (const locale of locales) {
    for (const letter of locale.name) {
      if (/[\p{Script=Latin}\p{Zs}]/u.test(letter)) continue;
      if (!/[\u0900-\u097F\u200C\u200D]/.test(letter)) throw new Error(`${locale.id}: "${locale.name}" is not in Latin or Devanagari letters; the language switch has no font for it (scripts/i18n-catalogs.ts)`);
      letters.add(letter);
    }
  }
  return [...letters].sort().join("");
}

/** Every generated module for the folders in `dir`, by file name under lib/i18n/generated. */
export function generatedModules(dir: string): Record<string, string> {
  const locales = listLocaleFolders(dir);
  const files = [...new Set(locales.flatMap((locale) => locale.files))].sort();
  const engine = files.filter((file) => ENGINE_FILES.includes(file));
  const pages = files.filter((file) => !ENGINE_FILES.includes(file));
  return {
    "locales.ts": localesModule(locales),
    ...Object.fromEntries(engine.map((file) => [`${file}.ts`, catalogModule(locales, file)])),
    "ui.ts": uiModule(locales, pages),
    "profile-loaders.ts": profileLoadersModule(locales),
  };
}
