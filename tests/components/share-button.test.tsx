import { render, screen, waitFor } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ShareButton } from "@/components/share/share-button";

const copyText = vi.fn<(text: string) => Promise<boolean>>();
vi.mock("@/lib/clipboard", () => ({ copyText: (text: string) => copyText(text) }));

const ID = "report_id_0123456789abcd";
const OWNER_KEY = "ownerKey_0123456789abcdef";
const REPORT = `${window.location.origin}/report/${ID}`;
const props = { id: ID, bandLabel: "Good fit", careerTitle: "Medical Coder" };

function stubShare(share: (data: ShareData) => Promise<void>, canShare?: (data: ShareData) => boolean) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, "share", { value: spy, configurable: true, writable: true });
  if (canShare) Object.defineProperty(navigator, "canShare", { value: canShare, configurable: true, writable: true });
  return spy;
}

function domError(name: string) {
  return new DOMException("refused", name);
}

beforeEach(() => copyText.mockReset());
afterEach(() => {
  Reflect.deleteProperty(navigator, "share");
  Reflect.deleteProperty(navigator, "canShare");
});

describe("ShareButton without a share sheet", () => {
  it("opens a menu of WhatsApp, email and copy, all carrying the plain link", async () => {
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    const button = screen.getByRole("button", { name: "Share" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const menu = screen.getByRole("group", { name: "Share this report" });
    expect(button).toHaveAttribute("aria-controls", menu.id);

    const whatsApp = screen.getByRole("link", { name: /whatsapp/i });
    expect(whatsApp).toHaveAttribute("target", "_blank");
    expect(whatsApp).toHaveAttribute("rel", "noopener noreferrer");
    const text = new URL(whatsApp.getAttribute("href")!).searchParams.get("text");
    expect(text).toContain("Good fit");
    expect(text).toContain(REPORT);
    expect(screen.getByRole("link", { name: "Email" }).getAttribute("href")).toMatch(/^mailto:\?subject=.*Good%20fit&body=/);
  });

  it("says when the link is copied", async () => {
    copyText.mockResolvedValue(true);
    const user = userEvent.setup();
    render(<ShareButton reportUrl={`${REPORT}#owner=${OWNER_KEY}`} bandLabel="Good fit" careerTitle="Medical Coder" />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(copyText).toHaveBeenCalledWith(REPORT);
    expect(screen.getByRole("status")).toHaveTextContent("Link copied");
    expect(screen.getByRole("button", { name: "Copied" })).toBeInTheDocument();
  });

  it("shows the link to copy by hand when the clipboard is blocked", async () => {
    copyText.mockResolvedValue(false);
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(screen.getByRole("status")).toHaveTextContent(/did not allow copying/);
    const field = screen.getByRole("textbox", { name: "Link to this report" });
    expect(field).toHaveValue(REPORT);
    expect(field).toHaveAttribute("readonly");
  });

  it("stays open when copying the old way moves focus away for a moment", async () => {
    copyText.mockImplementation(async () => {
      const field = document.createElement("textarea");
      document.body.appendChild(field);
      field.focus();
      field.remove();
      return false;
    });
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    const field = await screen.findByRole("textbox", { name: "Link to this report" });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.getByRole("group", { name: "Share this report" })).toBeInTheDocument();
    expect(field).toHaveFocus();
  });

  it("closes when focus moves on past the menu", async () => {
    const user = userEvent.setup();
    render(
      <>
        <ShareButton {...props} />
        <button type="button">Next on the page</button>
      </>,
    );
    await user.click(screen.getByRole("button", { name: "Share" }));
    screen.getByRole("button", { name: "Next on the page" }).focus();
    await waitFor(() => expect(screen.queryByRole("group", { name: "Share this report" })).not.toBeInTheDocument());
  });

  it("closes on Escape and gives focus back to the Share button", async () => {
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    const button = screen.getByRole("button", { name: "Share" });
    await user.click(button);
    await user.tab();
    expect(screen.getByRole("button", { name: "Close share options" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Share this report" })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("renders nothing for an id that cannot make a report link", () => {
    const { container } = render(<ShareButton id="../api/v1" bandLabel="Good fit" careerTitle="Medical Coder" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe("ShareButton with a share sheet", () => {
  it("hands the sheet the title, the band and the plain link, and opens no menu", async () => {
    const share = stubShare(async () => {});
    const user = userEvent.setup();
    render(<ShareButton reportUrl={`/report/${ID}?share=shared#owner=${OWNER_KEY}`} bandLabel="Good fit" careerTitle="Medical Coder" />);
    const button = screen.getByRole("button", { name: "Share" });
    expect(button).not.toHaveAttribute("aria-expanded");
    await user.click(button);
    expect(share).toHaveBeenCalledWith({
      title: "My Medical Coder fit report",
      text: "I checked how well a Medical Coder career suits me on Coder Fit. My result: Good fit.",
      url: REPORT,
    });
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
  });

  it("treats closing the sheet as a choice: no menu, no message", async () => {
    stubShare(() => Promise.reject(domError("AbortError")));
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    expect(screen.queryByRole("group")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("falls back to the menu when the sheet is not allowed", async () => {
    stubShare(() => Promise.reject(domError("NotAllowedError")));
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    await waitFor(() => expect(screen.getByRole("group", { name: "Share this report" })).toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Share" })).toHaveAttribute("aria-expanded", "true");
  });

  it("falls back to the menu, without trying the sheet, when the browser cannot share this data", async () => {
    const share = stubShare(async () => {}, () => false);
    const user = userEvent.setup();
    render(<ShareButton {...props} />);
    await user.click(screen.getByRole("button", { name: "Share" }));
    expect(share).not.toHaveBeenCalled();
    expect(screen.getByRole("link", { name: /whatsapp/i })).toBeInTheDocument();
  });
});

describe("ShareButton on a Hindi page", () => {
  it("words the menu and the message in Hindi, with the link to the Hindi report", async () => {
    const user = userEvent.setup();
    render(<ShareButton id={ID} bandLabel="अच्छा मेल" careerTitle="मेडिकल कोडर" />, { locale: "hi" });
    await user.click(screen.getByRole("button", { name: "शेयर करें" }));
    expect(screen.getByRole("group", { name: "यह रिपोर्ट शेयर करें" })).toBeInTheDocument();
    const text = new URL(screen.getByRole("link", { name: /whatsapp/i }).getAttribute("href")!).searchParams.get("text");
    expect(text).toBe(
      `मैंने Coder Fit पर जाँचा कि मेडिकल कोडर का करियर मेरे लिए कितना सही है। मेरा नतीजा: अच्छा मेल।\n\nरिपोर्ट यहाँ देखें: ${window.location.origin}/hi/report/${ID}`,
    );
  });
});
