/**
 * The forms refuse what the API refuses (tests/e2e/fuzz.api.spec.ts), with a message a person can
 * act on, and tidy what can be tidied: the share form on the report, the cohort name and the
 * counsellor's note, fed huge strings, control characters, lone surrogates and other unicode
 * edge cases. Nothing refused is sent.
 */
import { render, screen, waitFor, within } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CohortsManager } from "@/components/counsellor/cohorts-manager";
import { NotesPanel } from "@/components/counsellor/notes-panel";
import { QueryProvider } from "@/components/counsellor/query-provider";
import { OwnerSharing } from "@/components/share/report-sharing";
import { cohortNameSchema } from "@/lib/validations/cohort";
import { noteBodySchema } from "@/lib/validations/note";
import { displayNameSchema } from "@/lib/validations/share";
import { HIDDEN_CHARACTERS_MESSAGE } from "@/lib/validations/text";

vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  usePathname: () => "/report/report_id_0123456789abcd",
  useSearchParams: () => new URLSearchParams(),
}));

const REPORT_ID = "report_id_0123456789abcd";
const SHARE_ID = "share_0123456789abcdefghij";

const HIDDEN = /hidden or broken characters/;
/** The nastiest inputs, by what the forms should do with them. */
const refusedAsHidden = ["Anjali\u0000", "\u0007Bell", "Esc\u001b[31m", "Anj\ud800ali", "\udfffK.", "Del\u007f", "C1\u0085"];

const sentBodies: { url: string; body: unknown }[] = [];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

beforeEach(() => {
  sentBodies.length = 0;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith("/api/v1/invites")) {
        return json(200, { cohortName: "Pune", counsellorName: "Priya Sharma", invitesOpen: true, inviteToken: "inviteToken_0123456789ab" });
      }
      // The owner's list of shares, asked for when the sharing section appears: nothing sent.
      if (url.endsWith("/shares") && (init?.method ?? "GET") === "GET") return json(200, { shares: [] });
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      sentBodies.push({ url, body });
      if (url.endsWith("/shares")) {
        return json(201, { share: { status: "shared", shareId: "share_new_0123456789abcd", cohortName: "Pune", counsellorName: "Priya Sharma" } });
      }
      if (url.endsWith("/cohorts")) {
        return json(201, {
          cohort: { id: "cohortNew000000000000001", name: body.name, code: "K7QM-4TPX", inviteUrl: "http://localhost/join/t", invitesOpen: true, createdAt: "2026-11-02T09:30:00.000Z", resultCount: 0 },
        });
      }
      return json(201, { note: { id: "note_added_0123456789abcd", body: body.body, createdAt: "2026-03-07T10:00:00.000Z", updatedAt: "2026-03-07T10:00:00.000Z" } });
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

/** Puts text into a field the way a paste does, control characters and all. */
async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe("the schemas behind the forms", () => {
  it.each(refusedAsHidden)("refuse hidden and broken characters in names: %j", (text) => {
    for (const schema of [displayNameSchema, cohortNameSchema]) {
      const parsed = schema.safeParse(text);
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toBe(HIDDEN_CHARACTERS_MESSAGE);
    }
  });

  it("refuse names with nothing to read, and huge ones, saying what to do", () => {
    for (const invisible of ["\u200b\u200b", "\u200d\u200c", "\ufeff\u200b", "\u0301\u0301"]) {
      expect(displayNameSchema.safeParse(invisible).error?.issues[0]?.message).toBe("Enter the name your counsellor knows you by.");
      expect(cohortNameSchema.safeParse(invisible).error?.issues[0]?.message).toMatch(/^Give the cohort a name/);
    }
    expect(displayNameSchema.safeParse("x".repeat(70_000)).error?.issues[0]?.message).toBe("Keep the name to 80 characters or fewer.");
    expect(cohortNameSchema.safeParse("é".repeat(81)).error?.issues[0]?.message).toBe("Keep the name to 80 characters or fewer.");
  });

  it("accept real names in any script and tidy their whitespace", () => {
    expect(displayNameSchema.parse("  Anjali \n\t K.  ")).toBe("Anjali K.");
    expect(displayNameSchema.parse("अनन्या")).toBe("अनन्या");
    // Malayalam and Hindi need the zero-width joiners; they stay.
    expect(displayNameSchema.parse("ന്‍റെ പേര്")).toBe("ന്‍റെ പേര്");
    expect(displayNameSchema.parse("क्‍ष")).toBe("क्‍ष");
    expect(displayNameSchema.parse("مريم")).toBe("مريم");
    expect(displayNameSchema.parse("👩🏽‍⚕️ Priya")).toBe("👩🏽‍⚕️ Priya");
    expect(cohortNameSchema.parse("\u00a0B.Sc  Microbiology\u20282026\u00a0")).toBe("B.Sc Microbiology 2026");
  });

  it("keep a note's line breaks and tabs, refuse its other hidden characters and its excess", () => {
    expect(noteBodySchema.parse({ body: "  First line\r\nSecond\tline  " })).toEqual({ body: "First line\nSecond\tline" });
    expect(noteBodySchema.safeParse({ body: "Call\u0000back" }).error?.issues[0]?.message).toBe(HIDDEN_CHARACTERS_MESSAGE);
    expect(noteBodySchema.safeParse({ body: "half \ud83d pair" }).error?.issues[0]?.message).toBe(HIDDEN_CHARACTERS_MESSAGE);
    expect(noteBodySchema.safeParse({ body: "\u200b\n\u200b" }).error?.issues[0]?.message).toBe("The note is empty.");
    expect(noteBodySchema.safeParse({ body: "x".repeat(4_001) }).error?.issues[0]?.message).toBe("Keep a note to 4,000 characters or fewer.");
  });
});

describe("the share form on the report", () => {
  const form = () => screen.getByRole("form", { name: "Share with a counsellor" });
  const nameField = () => within(form()).getByRole("textbox", { name: /knows you by/ });

  async function fill(user: ReturnType<typeof userEvent.setup>, name: string) {
    await user.type(within(form()).getByRole("textbox", { name: "Cohort code" }), "K7QM-4TPX");
    await paste(user, nameField(), name);
    // Sharing waits until the counsellor behind the code is on screen.
    await within(form()).findByText("You are sharing with Priya Sharma, Pune.", {}, { timeout: 2000 });
    await user.click(within(form()).getByRole("checkbox", { name: /I agree/ }));
    await user.click(within(form()).getByRole("button", { name: "Share my result" }));
  }

  it.each([
    ["a control character", "Anjali\u0000K.", HIDDEN],
    ["a lone surrogate", "Anj\udc00ali", HIDDEN],
    ["only zero-width characters", "\u200b\u200b\u200b", /Enter the name your counsellor knows you by\./],
  ])("refuses a name with %s, explains it beside the field and sends nothing", async (_what, name, message) => {
    const user = userEvent.setup();
    render(<OwnerSharing assessmentId={REPORT_ID} ownerKey="ownerKey_0123456789abcdef" outcome={null} market="india" />);
    await fill(user, name);
    await waitFor(() => expect(nameField()).toHaveAccessibleDescription(message));
    expect(nameField()).toHaveAttribute("aria-invalid", "true");
    expect(sentBodies).toEqual([]);
  });

  it("sends a pasted name with its tab and spaces tidied, in its own script", async () => {
    const user = userEvent.setup();
    render(<OwnerSharing assessmentId={REPORT_ID} ownerKey="ownerKey_0123456789abcdef" outcome={null} market="india" />);
    await fill(user, "  अनन्या \t K.  ");
    await waitFor(() => expect(sentBodies).toHaveLength(1));
    expect(sentBodies[0]!.body).toEqual({ code: "K7QM-4TPX", displayName: "अनन्या K.", consent: true });
  });
});

describe("the cohort name", () => {
  const field = () => screen.getByLabelText("Cohort name");
  const create = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole("button", { name: "Create cohort" }));

  it.each([
    ["a huge name", "B.Sc Microbiology ".repeat(4_000), /Keep the name to 80 characters or fewer\./],
    ["NUL characters", "\u0000\u0000\u0000", HIDDEN],
    ["an escape sequence", "Batch \u001b[2J A", HIDDEN],
    ["only invisible characters", "\u200b\u2060\ufeff", /Give the cohort a name\./],
  ])("refuses %s with a message beside the field and sends nothing", async (_what, name, message) => {
    const user = userEvent.setup();
    render(
      <QueryProvider>
        <CohortsManager initialCohorts={[]} />
      </QueryProvider>,
    );
    await paste(user, field(), name);
    await create(user);
    await waitFor(() => expect(field()).toHaveAccessibleDescription(message));
    expect(sentBodies).toEqual([]);
  });

  it("creates a cohort from a name pasted with tabs and double spaces, tidied", async () => {
    const user = userEvent.setup();
    render(
      <QueryProvider>
        <CohortsManager initialCohorts={[]} />
      </QueryProvider>,
    );
    await paste(user, field(), "\tB.Sc  Microbiology\t2026, Pune ");
    await create(user);
    expect(await screen.findByText(/“B.Sc Microbiology 2026, Pune” is ready/)).toBeInTheDocument();
    expect(sentBodies).toEqual([{ url: "/api/v1/counsellor/cohorts", body: { name: "B.Sc Microbiology 2026, Pune" } }]);
  });
});

describe("the counsellor's note", () => {
  function renderNotes() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <NotesPanel shareId={SHARE_ID} initialNotes={[]} />
      </QueryClientProvider>,
    );
  }
  const note = () => screen.getByRole("textbox", { name: "New note" });
  const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole("button", { name: /Save note/ }));

  it.each([
    ["a NUL character", "Call back\u0000 on Friday", HIDDEN],
    ["half a surrogate pair", "Good progress \ud83d", HIDDEN],
    ["nothing visible", "\u200b\n\u200b", /The note is empty\./],
  ])("refuses a note with %s and says why", async (_what, body, message) => {
    const user = userEvent.setup();
    renderNotes();
    await paste(user, note(), body);
    await save(user);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(sentBodies).toEqual([]);
  });

  it("keeps a note's lines and tabs, and trims its ends", async () => {
    const user = userEvent.setup();
    renderNotes();
    await paste(user, note(), "\n  Plan:\r\n\t1. CPC practice test\n\t2. Anatomy revision  \n");
    await save(user);
    await waitFor(() => expect(sentBodies).toHaveLength(1));
    expect(sentBodies[0]!.body).toEqual({ body: "Plan:\n\t1. CPC practice test\n\t2. Anatomy revision" });
  });
});
