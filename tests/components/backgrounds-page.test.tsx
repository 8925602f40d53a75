import { describe, expect, it } from "vitest";
import { BackgroundsListing } from "@/components/backgrounds/backgrounds-listing";
import { CompareView } from "@/components/backgrounds/compare-view";
import { OtherDegrees } from "@/components/backgrounds/other-degrees";
import { buildBackgroundRows, buildOtherDegrees, sortRows } from "@/lib/backgrounds";
import { pageWords } from "@/lib/i18n/page-words";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";
import { render, screen, within } from "@/tests/support/render";

const english = buildBackgroundRows(medicalCoderProfile, pageWords("en", "backgrounds"));
const hindiProfile = profileIn(medicalCoderProfile, "hi");
const hindi = buildBackgroundRows(hindiProfile, pageWords("hi", "backgrounds"));
const steps = medicalCoderProfile.learningPath.length;

describe("the backgrounds listing and comparison", () => {
  it("lists every background with its sort links and figures", () => {
    render(<BackgroundsListing rows={sortRows(english, "fit")} sort="fit" compare={[]} totalSteps={steps} />);
    expect(screen.getByTestId("sort-status")).toHaveTextContent("Sorted by fit score, highest first.");
    expect(screen.getByRole("navigation", { name: "Sort backgrounds" })).toBeInTheDocument();
    const cards = within(screen.getByRole("list", { name: "Education backgrounds" }));
    expect(cards.getByRole("heading", { name: "B.Pharm" })).toBeInTheDocument();
    expect(screen.getAllByText(`Step 2 of ${steps}`).length).toBeGreaterThan(0);
    expect(screen.getAllByText("Preferred by employers").length).toBeGreaterThan(0);
  });

  it("compares chosen backgrounds column by column", () => {
    render(<CompareView rows={[english[0]!, english[1]!]} totalSteps={steps} />);
    expect(screen.getByRole("heading", { level: 3 })).toHaveTextContent(`${english[0]!.degree} vs ${english[1]!.degree}`);
    expect(screen.getByRole("table")).toHaveTextContent("Fit score");
  });

  it("names the background another degree counts as, with its fit points", () => {
    render(<OtherDegrees degrees={buildOtherDegrees(medicalCoderProfile)} />);
    expect(screen.getAllByText(/^Counts as/).length).toBe(medicalCoderProfile.education.otherDegrees.length);
  });

  it("reads in Hindi on a Hindi page, the profile's names included", () => {
    render(<BackgroundsListing rows={sortRows(hindi, "name", "hi")} sort="name" compare={[]} totalSteps={steps} />, { locale: "hi" });
    expect(screen.getByTestId("sort-status")).toHaveTextContent("क्रम: नाम, वर्णमाला के क्रम में।");
    expect(screen.getAllByText("12वीं साइंस").length).toBeGreaterThan(0);
    expect(screen.getAllByText(`${steps} में से चरण 1`).length).toBeGreaterThan(0);
    render(<CompareView rows={[hindi[0]!, hindi[1]!]} totalSteps={steps} />, { locale: "hi" });
    expect(screen.getByTestId("compare-table")).toHaveTextContent("फ़िट स्कोर");
  });
});
