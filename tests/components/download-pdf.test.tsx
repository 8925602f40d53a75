import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { DownloadPdf } from "@/components/report/download-pdf";
import { reportPdfPath } from "@/lib/pdf/paths";

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
  });
});
