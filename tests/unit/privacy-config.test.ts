import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { openedDateIsStale, retentionCutoff } from "@/lib/assessments/retention";
import { pageWords } from "@/lib/i18n/page-words";
import { retentionPeriod } from "@/lib/privacy/notice";
import { myDataFileName } from "@/lib/validations/my-data";
import { fileNameFrom } from "@/lib/privacy/download";

describe("privacy settings", () => {
  it("defaults to a year's retention and to no operator or contact, which the page then says", () => {
    const env = parseEnv({});
    expect(env.RETENTION_DAYS).toBe(365);
    expect(env.PRIVACY_OPERATOR_NAME).toBeUndefined();
    expect(env.PRIVACY_CONTACT_EMAIL).toBeUndefined();
  });

  it("reads the operator, a contact email and a retention period, and stops on bad values with one line", () => {
    const env = parseEnv({ PRIVACY_OPERATOR_NAME: " Pune Skills Trust ", PRIVACY_CONTACT_EMAIL: "privacy@example.org", RETENTION_DAYS: "730" });
    expect(env).toMatchObject({ PRIVACY_OPERATOR_NAME: "Pune Skills Trust", PRIVACY_CONTACT_EMAIL: "privacy@example.org", RETENTION_DAYS: 730 });
    expect(() => parseEnv({ PRIVACY_CONTACT_EMAIL: "write to us" })).toThrow(/PRIVACY_CONTACT_EMAIL: must be an email address/);
    expect(() => parseEnv({ RETENTION_DAYS: "7" })).toThrow(EnvError);
    expect(() => parseEnv({ RETENTION_DAYS: "a year" })).toThrow(/RETENTION_DAYS: must be a whole number from 30 to 36500/);
  });

  it("words the period plainly", () => {
    const t = pageWords("en", "privacy");
    expect(retentionPeriod(365, t)).toBe("365 days (about a year)");
    expect(retentionPeriod(730, t)).toBe("730 days (about 2 years)");
    expect(retentionPeriod(90, t)).toBe("90 days (about 3 months)");
    expect(retentionPeriod(30, t)).toBe("30 days (about a month)");
    expect(retentionPeriod(400, t)).toBe("400 days");
    expect(retentionPeriod(36500, t)).toBe("36500 days (about 100 years)");
    const hi = pageWords("hi", "privacy");
    expect(retentionPeriod(365, hi)).toBe("365 दिन (लगभग एक साल)");
    expect(retentionPeriod(90, hi)).toBe("90 दिन (लगभग 3 महीने)");
  });

  it("counts an opening once a day and cuts off at the set number of days", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    expect(openedDateIsStale(null, now)).toBe(true);
    expect(openedDateIsStale(new Date("2026-12-06T00:00:00Z"), now)).toBe(false);
    expect(openedDateIsStale(new Date("2026-12-05T12:00:00Z"), now)).toBe(true);
    expect(retentionCutoff(365, now).toISOString()).toBe("2025-12-06T12:00:00.000Z");
  });

  it("names the download by date only, and reads the name back from the header", () => {
    const name = myDataFileName(new Date("2026-12-06T23:59:00Z"));
    expect(name).toBe("coder-fit-my-data-2026-12-06.json");
    expect(fileNameFrom(`attachment; filename="${name}"`)).toBe(name);
    expect(fileNameFrom(null)).toBe("coder-fit-my-data.json");
  });
});
