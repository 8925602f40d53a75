import { describe, expect, it } from "vitest";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { PrivacyNotice } from "@/components/privacy/privacy-notice";
import { render, screen } from "@/tests/support/render";

const operator = { name: "Pune Skills Trust", contactEmail: "privacy@example.org", retentionDays: 365 };

describe("the privacy page", () => {
  it("says how long a result is kept, who runs the site and where to write", () => {
    const { container } = render(<PrivacyNotice operator={operator} />);
    expect(screen.getByRole("heading", { level: 1, name: "What we keep, and who sees it" })).toBeInTheDocument();
    expect(screen.getByText(/nobody has opened its report for 365 days \(about a year\)\./)).toBeInTheDocument();
    expect(screen.getByText("This Coder Fit site is run by Pune Skills Trust.")).toBeInTheDocument();
    const email = screen.getByRole("link", { name: "privacy@example.org" });
    expect(email).toHaveAttribute("href", "mailto:privacy@example.org");
    expect(email.parentElement).toHaveTextContent(
      "To ask about your data, or to complain about how it is handled, write to privacy@example.org. Say which result you mean by giving its report link, but never send your private owner link.",
    );
    expect(container.querySelectorAll("li")).toHaveLength(5 + 6 + 5);
  });

  it("says so when no operator or contact is set", () => {
    render(<PrivacyNotice operator={{ name: undefined, contactEmail: undefined, retentionDays: 90 }} />);
    expect(screen.getByText(/for 90 days \(about 3 months\)\./)).toBeInTheDocument();
    expect(screen.getByText("Whoever runs this Coder Fit site has not added their name here yet.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /@/ })).not.toBeInTheDocument();
  });

  it("reads in Hindi on a Hindi page", () => {
    render(<PrivacyNotice operator={operator} />, { locale: "hi" });
    expect(screen.getByRole("heading", { level: 1, name: "हम क्या रखते हैं, और उसे कौन देखता है" })).toBeInTheDocument();
    expect(screen.getByText(/365 दिन \(लगभग एक साल\)/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "privacy@example.org" })).toBeInTheDocument();
  });

  it("links to itself beside a consent box, in a new tab", () => {
    render(<PrivacyLink />);
    const link = screen.getByRole("link", { name: /^How we handle what you share \(privacy\)/ });
    expect(link.textContent).toBe("How we handle what you share (privacy) (opens in a new tab)");
    expect(link).toHaveAttribute("href", "/privacy");
    expect(link).toHaveAttribute("target", "_blank");
  });
});
