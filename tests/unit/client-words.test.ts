import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { uiCatalogs } from "@/lib/i18n/generated/ui";
import { CLIENT_NAMESPACES, clientMessages, SECTION_NAMESPACES } from "@/lib/i18n/client-words";

/** Namespaces a section's layout adds (the quiz's, the career pages'…): allowed in that section's components. */
const SECTION_ADDED = new Set<string>(Object.values(SECTION_NAMESPACES).flatMap((added) => (added === "all" ? [] : [...added])));

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The source files that can run in the browser: those marked "use client", and all they import from components/, lib/ and app/. */
function browserFiles(): string[] {
  const all = ["components", "app", "lib"].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
      .map((file) => path.join(dir, file)),
  );
  const client = all.filter((file) => /^["']use client["']/m.test(readFileSync(path.join(ROOT, file), "utf8")));
  // Everything a client file imports runs in the browser too, however deep.
  const found = new Set(client);
  for (const file of found) {
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const [, spec] of source.matchAll(/from "((?:@\/|\.{1,2}\/)[^"]+)"/g)) {
      const base = spec!.startsWith("@/") ? path.join(ROOT, spec!.slice(2)) : path.resolve(ROOT, path.dirname(file), spec!);
      for (const ending of [".tsx", ".ts", "/index.ts"]) {
        if (existsSync(base + ending) && !readFileSync(base + ending, "utf8").includes('import "server-only"')) found.add(path.relative(ROOT, base + ending));
      }
    }
  }
  // The counsellor workspace gets every namespace (lib/i18n/client-words.ts).
  return [...found].filter((file) => !file.startsWith("components/counsellor/") && !file.startsWith("app/[locale]/counsellor/"));
}

describe("the words the browser gets", () => {
  it("hold every namespace (and part) a component that can run in the browser reads", () => {
    const missing: string[] = [];
    for (const file of browserFiles()) {
      // Code only: doc comments show usage examples.
      const source = readFileSync(path.join(ROOT, file), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const [, key] of source.matchAll(/useTranslations\("([A-Za-z.]+)"\)/g)) {
        const [namespace, part] = key!.split(".");
        const allowed = CLIENT_NAMESPACES[namespace as keyof typeof CLIENT_NAMESPACES];
        if (SECTION_ADDED.has(namespace!)) continue;
        if (!allowed || (allowed !== true && (!part || !allowed.includes(part)))) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leave out the workspace's and the server's words outside their sections, and give the workspace all", () => {
    const messages = uiCatalogs.en as unknown as Record<string, unknown>;
    const everywhere = clientMessages(messages);
    for (const namespace of ["counsellor", "cohorts", "auth", "home", "career", "quiz", "tryWork", "backgrounds"]) {
      expect(Object.keys(everywhere)).not.toContain(namespace);
    }
    expect(Object.keys(everywhere.report as object).sort()).toEqual(["answers", "delete", "ownerActions"]);
    expect(JSON.stringify(everywhere).length).toBeLessThan(JSON.stringify(messages).length / 2);
    expect(Object.keys(clientMessages(messages, "assessment"))).toContain("quiz");
    expect(Object.keys(clientMessages(messages, "careers"))).toEqual(expect.arrayContaining(["career", "tryWork", "common"]));
    expect(Object.keys(clientMessages(messages, "backgrounds"))).toContain("backgrounds");
    expect(clientMessages(messages, "workspace")).toBe(messages);
  });
});
