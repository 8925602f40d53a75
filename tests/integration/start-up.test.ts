import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("start-up with a bad environment", () => {
  it.each([
    ["scripts/start.ts", []],
    ["scripts/migrate.ts", ["deploy"]],
  ])("%s stops with one readable line for DATABASE_URL=mysql://x", (script, args) => {
    const result = run(script, args, { DATABASE_URL: "mysql://x" });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL/);
    expect(lines[0]).toMatch(/postgres:\/\//);
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
    expect(result.stdout.trim()).toBe("");
  });
});
