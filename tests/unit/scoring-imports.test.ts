import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function importsOf(dir: string): { file: string; specifier: string }[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
    .flatMap((file) => {
      const source = readFileSync(path.join(dir, file), "utf8");
      return [...source.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
        (match) => ({ file: path.join(dir, file), specifier: (match[1] ?? match[2])! }),
      );
    });
}

function resolvesInside(file: string, specifier: string, allowedDirs: string[]): boolean {
  if (!specifier.startsWith(".")) return false;
  const target = path.resolve(path.dirname(file), specifier);
  return allowedDirs.some((dir) => target.startsWith(path.resolve(dir)));
}

describe("pure domain code", () => {
  it("lib/scoring imports nothing but lib/profiles and zod", () => {
    const outside = importsOf("lib/scoring").filter(
      ({ file, specifier }) => specifier !== "zod" && !resolvesInside(file, specifier, ["lib/scoring", "lib/profiles"]),
    );
    expect(outside).toEqual([]);
  });

  it("lib/profiles is plain data and zod", () => {
    const outside = importsOf("lib/profiles").filter(
      ({ file, specifier }) => specifier !== "zod" && !resolvesInside(file, specifier, ["lib/profiles"]),
    );
    expect(outside).toEqual([]);
  });
});
