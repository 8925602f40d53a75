/**
 * A note's time reads the same on the server and in the browser (issue 15.6): 00:15 in India was
 * "0:15 am" from Node's ICU and "12:15 am" from Chromium's, so every result page with such a note
 * failed to hydrate (React error #418).
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { formatWhen as formatIn, ResultTime } from "@/components/counsellor/result-time";
import { uiCatalogs } from "@/lib/i18n/generated/ui";
import { pageWords } from "@/lib/i18n/page-words";

const english = pageWords("en", "counsellor.when");
const formatWhen = (iso: string, timeZone: string, withTime: boolean) => formatIn(iso, timeZone, withTime, english);

// 00:15 on 7 December in India.
const QUARTER_PAST_MIDNIGHT_IN_INDIA = "2026-12-06T18:45:00.000Z";
const startingTz = process.env.TZ;

afterEach(() => {
  if (startingTz === undefined) delete process.env.TZ;
  else process.env.TZ = startingTz;
});

describe("counsellor times", () => {
  it.each(["Asia/Kolkata", "UTC", "America/New_York"])("writes 00:15 in India as 12:15 am with the process in %s", (tz) => {
    process.env.TZ = tz;
    expect(formatWhen(QUARTER_PAST_MIDNIGHT_IN_INDIA, "Asia/Kolkata", true)).toBe("7 Dec 2026, 12:15 am");
    expect(formatWhen(QUARTER_PAST_MIDNIGHT_IN_INDIA, "UTC", true)).toBe("6 Dec 2026, 6:45 pm");
    expect(formatWhen("2026-09-06T06:45:00.000Z", "Asia/Kolkata", true)).toBe("6 Sep 2026, 12:15 pm");
    expect(formatWhen("2026-09-06T06:45:00.000Z", "Asia/Kolkata", false)).toBe("6 September 2026");
  });

  it("renders the server's first paint in India's time, in words every browser writes alike", () => {
    const html = renderToString(
      <NextIntlClientProvider locale="en" messages={uiCatalogs.en} timeZone="UTC">
        <ResultTime iso={QUARTER_PAST_MIDNIGHT_IN_INDIA} />
      </NextIntlClientProvider>,
    );
    expect(html).toContain(">7 Dec 2026, 12:15 am</time>");
  });

  it("names the month and the part of the day in Hindi on a Hindi page", () => {
    const hindi = pageWords("hi", "counsellor.when");
    expect(formatIn(QUARTER_PAST_MIDNIGHT_IN_INDIA, "Asia/Kolkata", true, hindi)).toBe("7 दिसंबर 2026, रात 12:15");
    expect(formatIn("2026-09-06T06:45:00.000Z", "Asia/Kolkata", true, hindi)).toBe("6 सितंबर 2026, दोपहर 12:15");
    expect(formatIn("2026-09-06T06:45:00.000Z", "Asia/Kolkata", false, hindi)).toBe("6 सितंबर 2026");
  });
});
