import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { uiCatalogs } from "@/lib/i18n/generated/ui";
import { clientMessages, type Section } from "@/lib/i18n/client-words";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MESSAGES = uiCatalogs.en as unknown as Record<string, Record<string, unknown>>;

const sources = new Map<string, string>();
function source(file: string): string {
  if (!sources.has(file)) sources.set(file, readFileSync(path.join(ROOT, file), "utf8"));
  return sources.get(file)!;
}

const ALL_FILES = ["components", "app", "lib"].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .map((file) => path.join(dir, file)),
);

/** The project files a file imports (static and dynamic imports). */
function imports(file: string): string[] {
  const found: string[] = [];
  for (const [, spec] of source(file).matchAll(/(?:from |import\()"((?:@\/|\.{1,2}\/)[^"]+)"/g)) {
    const base = spec!.startsWith("@/") ? path.join(ROOT, spec!.slice(2)) : path.resolve(ROOT, path.dirname(file), spec!);
    for (const ending of [".tsx", ".ts", "/index.ts", "/index.tsx"]) {
      if (existsSync(base + ending)) {
        found.push(path.relative(ROOT, base + ending));
        break;
      }
    }
  }
  return found;
}

/** Files that can run in the browser: those marked "use client" and all they import (not server-only modules), however deep. */
function browserFiles(): Set<string> {
  const found = new Set(ALL_FILES.filter((file) => /^["']use client["']/m.test(source(file))));
  for (const file of found) for (const next of imports(file)) if (!source(next).includes('import "server-only"')) found.add(next);
  return found;
}

/** Each layout that adds a section's words (`<SectionWords section="…">`), by the folder it covers. */
function sectionFolders(): Map<string, Section> {
  const folders = new Map<string, Section>();
  for (const file of ALL_FILES.filter((f) => f.startsWith("app/") && path.basename(f) === "layout.tsx")) {
    const match = source(file).match(/<SectionWords section="([a-z]+)"/);
    if (match) folders.set(path.dirname(file), match[1] as Section);
  }
  return folders;
}

/** The route files Next.js renders (pages, layouts, error and not-found files), with the section their folder is in, if any. */
function routeEntries(): { file: string; section?: Section }[] {
  const folders = sectionFolders();
  return ALL_FILES.filter((file) => file.startsWith("app/") && /^(page|layout|error|not-found|global-error|template|default)\.tsx$/.test(path.basename(file))).map(
    (file) => {
      const covering = [...folders.keys()].filter((folder) => file.startsWith(folder + "/")).sort((a, b) => b.length - a.length)[0];
      return { file, section: covering ? folders.get(covering) : undefined };
    },
  );
}

/** The namespaces (and parts) a browser file reads with useTranslations, code only (doc comments show usage examples). */
function reads(file: string): string[] {
  const code = source(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  return [...code.matchAll(/useTranslations\("([A-Za-z.]+)"\)/g)].map((m) => m[1]!);
}

function given(words: Record<string, unknown>, key: string): boolean {
  const [namespace, part] = key.split(".");
  const got = words[namespace!] as Record<string, unknown> | undefined;
  if (!got) return false;
  return part ? got[part] !== undefined : Object.keys(got).length === Object.keys(MESSAGES[namespace!]!).length;
}

describe("the words the browser gets", () => {
  it("hold, on every page, every namespace (and part) its browser components read", () => {
    const browser = browserFiles();
    const missing = new Set<string>();
    for (const entry of routeEntries()) {
      const words = clientMessages(MESSAGES, entry.section);
      const seen = new Set([entry.file]);
      for (const file of seen) {
        if (browser.has(file)) for (const key of reads(file)) if (!given(words, key)) missing.add(`${entry.file} → ${file}: ${key}`);
        for (const next of imports(file)) seen.add(next);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("check real pages: the report, the quiz and the workspace are each in their section", () => {
    const sections = Object.fromEntries(routeEntries().map((entry) => [entry.file, entry.section]));
    expect(sections["app/[locale]/report/[id]/page.tsx"]).toBe("report");
    expect(sections["app/[locale]/assessment/page.tsx"]).toBe("assessment");
    expect(sections["app/[locale]/counsellor/(workspace)/page.tsx"]).toBe("workspace");
    expect(sections["app/[locale]/page.tsx"]).toBeUndefined();
  });

  it("leave out the workspace's, the owner's and the server's words outside their sections", () => {
    const everywhere = clientMessages(MESSAGES);
    for (const namespace of ["counsellor", "cohorts", "auth", "home", "career", "quiz", "tryWork", "backgrounds", "owner"]) {
      expect(Object.keys(everywhere)).not.toContain(namespace);
    }
    expect(Object.keys(everywhere.report as object).sort()).toEqual(["answers", "delete", "ownerActions"]);
    // Of the privacy notice, a person's results, the PDFs and the join pages, only what the report's controls read.
    expect(Object.keys(everywhere.privacy as object).sort()).toEqual(["download", "links"]);
    expect(Object.keys(everywhere.results as object).sort()).toEqual(["deleteDialog", "parts"]);
    expect(Object.keys(everywhere.pdf as object)).toEqual(["download"]);
    expect(Object.keys(everywhere.join as object).sort()).toEqual(["form", "issues", "pick"]);
    expect(clientMessages(MESSAGES, "privacy").privacy).toBe(MESSAGES.privacy);
    expect(clientMessages(MESSAGES, "results").results).toBe(MESSAGES.results);
    expect(JSON.stringify(everywhere).length).toBeLessThan(JSON.stringify(MESSAGES).length / 2);
    expect(Object.keys(clientMessages(MESSAGES, "assessment"))).toContain("quiz");
    expect(Object.keys(clientMessages(MESSAGES, "careers"))).toEqual(expect.arrayContaining(["career", "tryWork", "common"]));
    expect(Object.keys(clientMessages(MESSAGES, "backgrounds"))).toContain("backgrounds");
    expect(Object.keys(clientMessages(MESSAGES, "report"))).toContain("owner");
    // The workspace gets its own words, not the owner's (a stranger's 404 there must not read like the owner's page).
    const workspace = Object.keys(clientMessages(MESSAGES, "workspace"));
    expect(workspace).toEqual(expect.arrayContaining(["counsellor", "cohorts", "auth"]));
    expect(workspace).not.toContain("owner");
  });
});
