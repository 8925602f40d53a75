/**
 * The report's parts read their words from the `report` messages: the same English as before in
 * English, and Hindi on a Hindi page when the result, the profile and the report's words are all
 * Hindi (scoreIn, profileIn, pageWords), as the report page passes them.
 */
import { describe, expect, it, vi } from "vitest";
import { AnswerBlock } from "@/components/report/answer-block";
import { DeleteResult } from "@/components/report/delete-result";
import { NextSteps } from "@/components/report/next-steps";
import { PlanSummarySection } from "@/components/report/plan-summary";
import { SkillsGap } from "@/components/report/skills-gap";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { buildAnswer, buildPlanSummary, buildReportView, formatTakenDate } from "@/lib/report";
import { scoreIn } from "@/lib/results/stored";
import { personaAnswers, personas } from "@/tests/fixtures/personas";
import { render, screen } from "@/tests/support/render";

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace: vi.fn(), push: vi.fn() }), usePathname: () => "/report/x" }));

const answers = personaAnswers(personas[0]!);
const takenAt = new Date("2026-11-22T10:00:00Z");

function report(locale: "en" | "hi") {
  const t = pageWords(locale, "report");
  const profile = profileIn(medicalCoderProfile, locale);
  const result = scoreIn(medicalCoderProfile, answers, locale);
  const view = buildReportView(result, profile, t);
  const takenOn = { text: formatTakenDate(takenAt, result.market, locale), iso: "2026-11-22" };
  return { t, profile, result, view, takenOn };
}

describe("the report’s words", { timeout: 30_000 }, () => {
  it("are English on an English page", () => {
    const { t, profile, result, view, takenOn } = report("en");
    render(
      <>
        <AnswerBlock answer={buildAnswer(result, profile, t)} title={t("meta.title")} marketName={view.marketName} takenOn={takenOn} />
        <PlanSummarySection plan={buildPlanSummary(result, profile, null, t)} />
      </>,
    );
    expect(screen.getByRole("heading", { level: 1, name: "Your Medical Coder fit report" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Your next three actions" })).toBeInTheDocument();
    expect(screen.getByText(/^Taken on/)).toHaveTextContent("Taken on 22 November 2026 · India");
    expect(screen.getByRole("heading", { name: "Your plan" })).toBeInTheDocument();
  });

  it("are Hindi on a Hindi page, the dates and the market too", () => {
    const { t, profile, result, view, takenOn } = report("hi");
    render(
      <>
        <AnswerBlock answer={buildAnswer(result, profile, t)} title={t("meta.title")} marketName={view.marketName} takenOn={takenOn} />
        <PlanSummarySection plan={buildPlanSummary(result, profile, null, t)} />
        <SkillsGap rows={view.skills} />
        <NextSteps next={view.nextSteps} />
      </>,
      { locale: "hi" },
    );
    expect(screen.getByRole("heading", { level: 1, name: "आपकी मेडिकल कोडर फ़िट रिपोर्ट" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "आपके अगले तीन कदम" })).toBeInTheDocument();
    expect(screen.getByText("22 नवंबर 2026").closest("p")).toHaveTextContent("टेस्ट की तारीख: 22 नवंबर 2026 · भारत");
    expect(screen.getByRole("heading", { name: "आपकी योजना" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "कौशल की कमी" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "आपके अगले कदम" })).toBeInTheDocument();
    // The verdict, from the report's messages, and the band, from the Hindi profile.
    expect(screen.getByRole("heading", { name: t(`verdict.go.title`) })).toBeInTheDocument();
    expect(screen.getAllByText("बहुत अच्छा मेल").length).toBeGreaterThan(0);
  });

  it("asks before deleting, in Hindi on a Hindi page", () => {
    render(<DeleteResult id="r1" ownerKey="k" deleteIcon={null} alertIcon={null} />, { locale: "hi" });
    expect(screen.getByRole("button", { name: "यह नतीजा मिटाएँ" })).toBeInTheDocument();
  });
});
