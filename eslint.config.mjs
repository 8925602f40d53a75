import { readdirSync, readFileSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Modules that start with `import "server-only"`, as `@/lib/...` specifiers: never for the browser. */
const serverOnlyModules = readdirSync("lib", { recursive: true, encoding: "utf8" })
  .filter((file) => /\.tsx?$/.test(file) && !file.startsWith("generated/"))
  .filter((file) => /^import "server-only";/m.test(readFileSync(`lib/${file}`, "utf8")))
  .map((file) => `@/lib/${file.replace(/\.tsx?$/, "")}`);

const databaseModules = {
  group: ["@/lib/db", "@/lib/generated/*", "@prisma/*", "**/lib/db", "**/generated/sqlite/*", "**/generated/postgres/*"],
  message: "Only service modules (lib/<entity>/service.ts and the other data modules listed in eslint.config.mjs) talk to the database.",
};

/** The modules that talk to the database (everything else asks one of them). */
const dataModules = [
  "lib/db.ts",
  "lib/**/service.ts",
  "lib/shares/*.ts",
  "lib/assessments/retention.ts",
  "lib/auth/server.ts",
  "lib/privacy/my-data.ts",
  "lib/rate-limit/index.ts",
];

/** lib/'s HTTP layer: answers requests, so it may use lib/api; nothing else in lib/ does (errors are in lib/errors.ts). */
const httpModules = ["lib/api/**/*.ts", "lib/pdf/http.ts", "lib/cohorts/json.ts", "lib/roster/json.ts"];
const httpLayer = {
  group: ["@/lib/api/*", "**/lib/api/*"],
  message: "lib/ depends one way: the HTTP layer (lib/api) uses services, not the reverse. Throw ApiError from @/lib/errors.",
};

/** Links and navigation keep the page's language only through lib/i18n/navigation.ts. */
const localeNavigation = [
  { name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the page's language (/hi/…)." },
  {
    name: "next/navigation",
    importNames: ["useRouter", "usePathname", "redirect"],
    message: "Use these from @/lib/i18n/navigation: they keep the page's language and give paths without it.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (e.g. removed from a rest object).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Prisma and lib/db only in the data layer: everything else asks a service.
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: [...dataModules, ...httpModules],
    rules: { "no-restricted-imports": ["error", { paths: localeNavigation, patterns: [databaseModules, httpLayer] }] },
  },
  {
    // The data modules may use the database, but like the rest of lib/ not the HTTP layer.
    files: dataModules,
    rules: { "no-restricted-imports": ["error", { paths: localeNavigation, patterns: [httpLayer] }] },
  },
  {
    // Route handlers (app/api) and the HTTP helpers in lib/ build responses with lib/api.
    files: ["app/**/*.{ts,tsx}", ...httpModules],
    ignores: dataModules,
    rules: { "no-restricted-imports": ["error", { paths: localeNavigation, patterns: [databaseModules] }] },
  },
  {
    // Components run in the browser or beside it: no server-only module, not even for a type
    // (wire shapes live in lib/contracts/).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...localeNavigation,
            ...serverOnlyModules.map((name) => ({ name, message: "A server-only module: import its wire shapes from lib/contracts/ instead." })),
          ],
          patterns: [databaseModules],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "data/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
