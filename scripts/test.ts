/**
 * `npm test`: everything, in the order that fails fastest: lint, types, unit and integration
 * tests (vitest), a production build, then browser tests (Playwright) against `next start`.
 * Ends with one line "N passed, N failed, N skipped" over vitest and Playwright together.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const results = path.join(root, "test-results");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(run.status === 0 ? `✔ ${title} (${seconds}s)` : `✘ ${title} failed (${seconds}s)`);
  return run.status === 0;
}

function ensureChromium(): boolean {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return true;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (canInstall) {
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests…");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
    if (install.status === 0) return true;
  }
  console.error(
    "Browser tests need Chromium: install it (Debian/Ubuntu: `sudo apt-get install chromium`), set CHROMIUM_PATH to a Chrome/Chromium binary, or run `npx playwright install chromium` where Playwright's download is reachable.",
  );
  return false;
}

/** Browser tests start from an empty SQLite file each run. */
function resetE2eDatabase(): true {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path.join(root, "data", `e2e.db${suffix}`), { force: true });
  return true;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

function main(): number {
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const vitestReport = path.join(results, "vitest-report.json");
  const e2eReport = path.join(results, "e2e-report.json");
  const npx = "npx";

  const ok =
    step("Lint (ESLint)", npx, ["eslint", "--max-warnings=0", "."]) &&
    step("Type check (tsc --noEmit)", npx, ["tsc", "--noEmit"]) &&
    step("Unit and integration tests (Vitest)", npx, [
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestReport}`,
    ]) &&
    ensureChromium() &&
    // Types were checked one step earlier, over the same files.
    step("Production build (next build)", npx, ["next", "build"], { CODERFIT_TYPES_CHECKED: "1" }) &&
    resetE2eDatabase() &&
    step("Browser tests (Playwright, Chromium)", npx, ["playwright", "test"]);

  const counts = [vitestCounts(vitestReport), playwrightCounts(e2eReport)].reduce(
    (sum, next) => ({ passed: sum.passed + next.passed, failed: sum.failed + next.failed, skipped: sum.skipped + next.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(`\n${ok ? "All checks passed." : "Some checks failed."}`);
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  return ok && counts.failed === 0 ? 0 : 1;
}

process.exit(main());
