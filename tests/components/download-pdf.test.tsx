import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DownloadPdf } from "@/components/report/download-pdf";
import en from "@/lib/i18n/messages/en/pdf.json" with { type: "json" };
import hi from "@/lib/i18n/messages/hi/pdf.json" with { type: "json" };
import { counsellorReportPdfPath, reportPdfPath } from "@/lib/pdf/paths";
import { render, screen } from "@/tests/support/render";

const ID = "report_id_0123456789abcd";

describe("DownloadPdf", () => {
  it("is a link to the PDF that the labelled checkbox extends with the full details", async () => {
    const user = userEvent.setup();
    render(<DownloadPdf href={reportPdfPath(ID)} />);
    const link = screen.getByRole("link", { name: "Download PDF" });
    const details = screen.getByRole("checkbox", { name: "Include full details" });
    expect(link).toHaveAttribute("href", `/api/v1/assessments/${ID}/pdf`);
    expect(details).not.toBeChecked();
    expect(link).toHaveAccessibleDescription(/answer and the plan/);

    await user.click(screen.getByText("Include full details"));
    expect(details).toBeChecked();
    expect(link).toHaveAttribute("href", `/api/v1/assessments/${ID}/pdf?details=1`);
    expect(link).toHaveAccessibleDescription(/every point of the score/);

    await user.keyboard(" ");
    expect(details).not.toBeChecked();
    expect(link).toHaveAttribute("href", `/api/v1/assessments/${ID}/pdf`);
    // The student's own control has no notes option.
    expect(screen.getAllByRole("checkbox")).toHaveLength(1);
  });

  it("adds the counsellor's notes with a second checkbox, on the counsellor's page only", async () => {
    const user = userEvent.setup();
    render(<DownloadPdf href={counsellorReportPdfPath(ID)} notesOption={en.notes.download} />);
    const link = screen.getByRole("link", { name: "Download PDF" });
    const notes = screen.getByRole("checkbox", { name: "Add my notes" });
    expect(link).toHaveAttribute("href", `/api/v1/counsellor/results/${ID}/pdf`);
    await user.click(screen.getByText("Add my notes"));
    expect(notes).toBeChecked();
    expect(link).toHaveAttribute("href", `/api/v1/counsellor/results/${ID}/pdf?notes=1`);
    expect(link).toHaveAccessibleDescription(/your notes on this result as a last page/);
    await user.click(screen.getByRole("checkbox", { name: "Include full details" }));
    expect(link).toHaveAttribute("href", `/api/v1/counsellor/results/${ID}/pdf?details=1&notes=1`);
  });

  it("asks for the PDF in the page's language on a Hindi page, with its words in Hindi", async () => {
    const user = userEvent.setup();
    render(<DownloadPdf href={reportPdfPath(ID)} />, { locale: "hi" });
    const link = screen.getByRole("link", { name: hi.download.label });
    expect(link).toHaveAttribute("href", `/api/v1/assessments/${ID}/pdf?locale=hi`);
    expect(link).toHaveAccessibleDescription(hi.download.note);
    await user.click(screen.getByRole("checkbox", { name: hi.download.includeDetails }));
    expect(link).toHaveAttribute("href", `/api/v1/assessments/${ID}/pdf?details=1&locale=hi`);
    expect(link).toHaveAccessibleDescription(hi.download.withDetailsNote);
  });
});
