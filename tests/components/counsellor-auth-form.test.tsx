import { render, screen, waitFor } from "@/tests/support/render";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { classifyAuthError, formatWait } from "@/components/counsellor/auth-form";
import { SignInForm } from "@/components/counsellor/sign-in-form";
import { SignUpForm } from "@/components/counsellor/sign-up-form";
import { pageWords } from "@/lib/i18n/page-words";
import { issueReader } from "@/lib/counsellor/issue-text";
import authEn from "@/lib/i18n/messages/en/auth.json" with { type: "json" };
import { signInSchema, signUpSchema } from "@/lib/validations/counsellor-auth";
import { counsellorReturnPath } from "@/lib/validations/redirect";

// Better Auth's client keeps the fetch it found when it was made, at import: give it one that
// passes each call to whatever the current test scripted.
const network = vi.hoisted(() => {
  const state = { fetch: (() => Promise.reject(new Error("No fetch scripted"))) as typeof fetch };
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => state.fetch(...args)) as typeof fetch;
  return state;
});

const router = { push: vi.fn(), refresh: vi.fn(), replace: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | "network-down";

/** Better Auth's endpoints as the browser sees them: one scripted reply per path, in order. */
function answer(replies: Record<string, Reply[]>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, _init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, "http://localhost").pathname;
    const reply = replies[path]?.shift();
    if (!reply) return Promise.reject(new Error(`No reply scripted for ${path}`));
    if (reply === "network-down") return Promise.reject(new TypeError("Failed to fetch"));
    return Promise.resolve(
      new Response(JSON.stringify(reply.body ?? {}), {
        status: reply.status,
        headers: { "Content-Type": "application/json", ...reply.headers },
      }),
    );
  });
  network.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

const calledPaths = (fetchMock: ReturnType<typeof answer>) =>
  fetchMock.mock.calls.map(([input]) => new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, "http://localhost").pathname);

const user = { id: "u1", name: "Priya Sharma", email: "priya@college.edu.in" };
const signedIn = { status: 200, body: { redirect: false, token: "t", user } };

beforeEach(() => {
  Object.values(router).forEach((fn) => fn.mockReset());
});

afterEach(() => {
  network.fetch = () => Promise.reject(new Error("No fetch scripted"));
});

async function fillSignIn(email: string, password: string) {
  const person = userEvent.setup();
  await person.type(screen.getByLabelText("Email"), email);
  await person.type(screen.getByLabelText("Password"), password);
  await person.click(screen.getByRole("button", { name: "Sign in" }));
  return person;
}

describe("Sign-in form", () => {
  it("asks for both fields before sending anything", async () => {
    const fetchMock = answer({});
    render(<SignInForm next="/counsellor" />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("Enter your work email.")).toBeInTheDocument();
    expect(screen.getByText("Enter your password.")).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("aria-invalid", "true");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("says an email is not valid, next to the field", async () => {
    answer({});
    render(<SignInForm next="/counsellor" />);
    await fillSignIn("priya.college", "a-password-here");
    expect(await screen.findByText("Enter an email address such as name@college.edu.in.")).toBeInTheDocument();
  });

  it("gives one answer for a wrong password and an unknown email, and keeps what was typed", async () => {
    answer({ "/api/auth/sign-in/email": [{ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } }] });
    render(<SignInForm next="/counsellor" />);
    await fillSignIn("priya@college.edu.in", "not-the-password");
    expect(await screen.findByRole("alert")).toHaveTextContent("That email and password don't match an account.");
    expect(screen.getByLabelText("Email")).toHaveValue("priya@college.edu.in");
    expect(screen.getByLabelText("Password")).toHaveValue("not-the-password");
    expect(screen.getByRole("button", { name: "Sign in" })).not.toHaveAttribute("aria-disabled");
    expect(router.push).not.toHaveBeenCalled();
  });

  it("asks to wait as long as the server says after too many attempts", async () => {
    answer({
      "/api/auth/sign-in/email": [{ status: 429, body: { message: "Too many requests." }, headers: { "X-Retry-After": "42" } }],
    });
    render(<SignInForm next="/counsellor" />);
    await fillSignIn("priya@college.edu.in", "a-password-here");
    expect(await screen.findByRole("alert")).toHaveTextContent("Please wait 42 seconds, then try again.");
  });

  it("says so when the network is down", async () => {
    answer({ "/api/auth/sign-in/email": ["network-down"] });
    render(<SignInForm next="/counsellor" />);
    await fillSignIn("priya@college.edu.in", "a-password-here");
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not reach Coder Fit. Check your internet connection");
  });

  it("opens the page it was asked for after signing in", async () => {
    const fetchMock = answer({ "/api/auth/sign-in/email": [signedIn] });
    render(<SignInForm next="/counsellor/cohorts?x=1" />);
    await fillSignIn("priya@college.edu.in", "a-password-here");
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor/cohorts?x=1"));
    expect(router.refresh).toHaveBeenCalled();
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({ email: "priya@college.edu.in", password: "a-password-here" });
    expect(screen.getByRole("button", { name: "Opening your workspace…" })).toHaveAttribute("aria-disabled", "true");
  });

  it("never follows a next that leaves the site", async () => {
    answer({ "/api/auth/sign-in/email": [signedIn] });
    render(<SignInForm next={"/\t/evil.example/steal"} />);
    await fillSignIn("priya@college.edu.in", "a-password-here");
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor"));
  });

  it.each(["/counsellor/../..//127.0.0.1:3109/pwned", "/counsellor/%2e%2e/%2e%2e//evil.example", "/results/abc"])(
    "opens the workspace, not %j, after signing in",
    async (next) => {
      answer({ "/api/auth/sign-in/email": [signedIn] });
      render(<SignInForm next={next} />);
      await fillSignIn("priya@college.edu.in", "a-password-here");
      await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor"));
    },
  );

  it("shows and hides the password", async () => {
    render(<SignInForm next="/counsellor" />);
    const person = userEvent.setup();
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    await person.click(screen.getByRole("button", { name: "Show password" }));
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
    await person.click(screen.getByRole("button", { name: "Hide password" }));
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
  });

  it("links to sign-up, carrying next along", () => {
    render(<SignInForm next="/counsellor/analytics" />);
    expect(screen.getByRole("link", { name: "Create a counsellor account" })).toHaveAttribute(
      "href",
      "/counsellor/sign-up?next=%2Fcounsellor%2Fanalytics",
    );
  });
});

async function fillSignUp(values: { name?: string; email?: string; password?: string }) {
  const person = userEvent.setup();
  if (values.name) await person.type(screen.getByLabelText("Your name"), values.name);
  if (values.email) await person.type(screen.getByLabelText("Work email"), values.email);
  if (values.password) await person.type(screen.getByLabelText("Password"), values.password);
  await person.click(screen.getByRole("button", { name: "Create account" }));
  return person;
}

const good = { name: "Priya Sharma", email: "priya@college.edu.in", password: "calm-river-stone-42" };

describe("Sign-up form", () => {
  it("states the password rules before anyone types", () => {
    render(<SignUpForm next="/counsellor" />);
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(/At least 10 characters\. We check it, safely, against passwords leaked in data breaches/);
    expect(screen.getByLabelText("Password")).toHaveAttribute("autocomplete", "new-password");
  });

  it("checks every field before sending anything", async () => {
    const fetchMock = answer({});
    render(<SignUpForm next="/counsellor" />);
    await fillSignUp({ email: "not-an-email", password: "short" });
    expect(await screen.findByText("Enter your name.")).toBeInTheDocument();
    expect(screen.getByText("Enter an email address such as name@college.edu.in.")).toBeInTheDocument();
    expect(screen.getByText("Use at least 10 characters.")).toBeInTheDocument();
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("signs in with the same details after signing up, then opens next", async () => {
    const fetchMock = answer({
      "/api/auth/sign-up/email": [{ status: 200, body: { token: null, user } }],
      "/api/auth/sign-in/email": [signedIn],
    });
    render(<SignUpForm next="/counsellor/cohorts" />);
    await fillSignUp(good);
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor/cohorts"));
    expect(calledPaths(fetchMock)).toEqual(["/api/auth/sign-up/email", "/api/auth/sign-in/email"]);
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual(good);
    expect(JSON.parse(String(fetchMock.mock.calls[1]![1]?.body))).toEqual({ email: good.email, password: good.password });
  });

  it("opens the workspace, not another site, after signing up with a hostile next", async () => {
    answer({
      "/api/auth/sign-up/email": [{ status: 200, body: { token: null, user } }],
      "/api/auth/sign-in/email": [signedIn],
    });
    render(<SignUpForm next="/counsellor/../..//127.0.0.1:3109/pwned" />);
    await fillSignUp(good);
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor"));
  });

  it("puts the breached-password answer on the password field and keeps everything typed", async () => {
    answer({
      "/api/auth/sign-up/email": [
        {
          status: 400,
          body: { code: "PASSWORD_COMPROMISED", message: "This password has appeared in a data breach elsewhere, so it is easy to guess. Please choose another." },
        },
      ],
    });
    render(<SignUpForm next="/counsellor" />);
    await fillSignUp({ ...good, password: "password1234" });
    const password = screen.getByLabelText("Password");
    await waitFor(() => expect(password).toHaveAccessibleDescription(/appeared in a data breach elsewhere/));
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveFocus();
    expect(password).toHaveValue("password1234");
    expect(screen.getByLabelText("Your name")).toHaveValue(good.name);
    expect(screen.queryByRole("alert")).toBeEmptyDOMElement();
  });

  it("does not say whether the email already has an account when signing in afterwards fails", async () => {
    answer({
      "/api/auth/sign-up/email": [{ status: 200, body: { token: null, user } }],
      "/api/auth/sign-in/email": [{ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } }],
    });
    render(<SignUpForm next="/counsellor/analytics" />);
    await fillSignUp(good);
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(alert).toHaveTextContent("We couldn't create an account with these details."));
    expect(alert).toHaveTextContent("If you already have an account with this email, sign in instead.");
    expect(alert).not.toHaveTextContent(/already (registered|exists|taken)/i);
    expect(screen.getAllByRole("link", { name: "sign in" })[0]).toHaveAttribute("href", "/counsellor/sign-in?next=%2Fcounsellor%2Fanalytics");
    expect(router.push).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Work email")).toHaveValue(good.email);
  });

  it("asks to wait when sign-up is rate limited, without a header too", async () => {
    answer({ "/api/auth/sign-up/email": [{ status: 429, body: { message: "Too many requests." } }] });
    render(<SignUpForm next="/counsellor" />);
    await fillSignUp(good);
    expect(await screen.findByRole("alert")).toHaveTextContent("Please wait a minute, then try again.");
  });

  it("says so when the network drops and lets the person try again", async () => {
    const fetchMock = answer({
      "/api/auth/sign-up/email": ["network-down", { status: 200, body: { token: null, user } }],
      "/api/auth/sign-in/email": [signedIn],
    });
    render(<SignUpForm next="/counsellor" />);
    const person = await fillSignUp(good);
    expect(await screen.findByRole("alert")).toHaveTextContent("We could not reach Coder Fit.");
    await person.click(screen.getByRole("button", { name: "Create account" }));
    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/counsellor"));
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it("sends once however often the button is pressed", async () => {
    let release: (value: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    network.fetch = fetchMock as unknown as typeof fetch;
    render(<SignUpForm next="/counsellor" />);
    const person = await fillSignUp(good);
    const button = await screen.findByRole("button", { name: "Creating your account…" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await person.click(button);
    await person.keyboard("{Enter}");
    expect(fetchMock).toHaveBeenCalledTimes(1);
    release(new Response(JSON.stringify({ message: "x" }), { status: 500, headers: { "Content-Type": "application/json" } }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Something went wrong on our side.");
  });
});

describe("In Hindi", () => {
  it("labels the fields and checks them in Hindi", async () => {
    answer({});
    render(<SignInForm next="/counsellor" />, { locale: "hi" });
    await userEvent.setup().click(screen.getByRole("button", { name: "साइन इन करें" }));
    expect(await screen.findByText("अपना काम का ईमेल लिखें।")).toBeInTheDocument();
    expect(screen.getByLabelText("ईमेल")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("अपना पासवर्ड लिखें।")).toBeInTheDocument();
  });

  it("gives Better Auth's refusal in Hindi", async () => {
    answer({ "/api/auth/sign-in/email": [{ status: 401, body: { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" } }] });
    render(<SignInForm next="/counsellor" />, { locale: "hi" });
    const person = userEvent.setup();
    await person.type(screen.getByLabelText("ईमेल"), "priya@college.edu.in");
    await person.type(screen.getByLabelText("पासवर्ड"), "not-the-password");
    await person.click(screen.getByRole("button", { name: "साइन इन करें" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("यह ईमेल और पासवर्ड किसी अकाउंट से मेल नहीं खाते।");
  });

  it("has a Hindi word for every message the sign-up and sign-in schemas give", () => {
    const readIssue = issueReader(authEn.issues);
    const hi = pageWords("hi", "auth.issues");
    const bad = [
      { name: "", email: "", password: "" },
      { name: "x".repeat(81), email: "not-an-email", password: "short" },
      { name: "Priya\u202e", email: `${"a".repeat(250)}@x.in`, password: "x".repeat(129) },
      { name: "Priya\u0000", email: "p@x.in", password: "pass\u0000word-long-enough" },
      { name: 1, email: 2, password: 3 },
    ];
    const messages = bad.flatMap((input) => [signUpSchema, signInSchema].flatMap((schema) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []));
    expect(new Set(messages).size).toBeGreaterThan(10);
    for (const message of messages) expect(readIssue(message, hi), message).toMatch(/[\u0900-\u097f]/);
  });
});

describe("Reading Better Auth's errors", () => {
  it("maps each answer to one plain case", () => {
    expect(classifyAuthError({ status: 429 }, 30)).toEqual({ kind: "rate-limited", retryAfter: 30 });
    expect(classifyAuthError({ status: 400, code: "PASSWORD_TOO_SHORT" })).toEqual({ kind: "password-rule" });
    expect(classifyAuthError({ status: 400, code: "VALIDATION_ERROR", message: "[body.email] Invalid email address" })).toEqual({
      kind: "invalid-email",
    });
    expect(classifyAuthError({ status: 422, code: "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL" })).toEqual({ kind: "rejected" });
    expect(classifyAuthError({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD" })).toEqual({ kind: "rejected" });
    expect(classifyAuthError({ status: 500 })).toEqual({ kind: "server" });
  });

  it("words the wait in seconds or minutes", () => {
    const t = pageWords("en", "auth");
    expect(formatWait(t, null)).toBe("a minute");
    expect(formatWait(t, 1)).toBe("1 second");
    expect(formatWait(t, 59)).toBe("59 seconds");
    expect(formatWait(t, 60)).toBe("a minute");
    expect(formatWait(t, 61)).toBe("2 minutes");
    expect(formatWait(pageWords("hi", "auth"), 61)).toBe("2 मिनट");
  });
});

describe("Counsellor auth schemas", () => {
  it("follows only paths on this site after sign-in", () => {
    expect(counsellorReturnPath("/counsellor/analytics?band=good")).toBe("/counsellor/analytics?band=good");
    expect(counsellorReturnPath("/counsellor/results/abc#notes")).toBe("/counsellor/results/abc#notes");
    for (const unsafe of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "evil", "", undefined, ["/a", "/b"]]) {
      expect(counsellorReturnPath(unsafe)).toBe("/counsellor");
    }
  });

  it("trims the name and email but never the password", () => {
    expect(signUpSchema.parse({ name: "  Priya ", email: " priya@college.edu.in ", password: " spaces at the ends " })).toEqual({
      name: "Priya",
      email: "priya@college.edu.in",
      password: " spaces at the ends ",
    });
    const tooLong = signUpSchema.safeParse({ name: "P", email: "p@x.in", password: "x".repeat(129) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe("Use 128 characters or fewer.");
  });
});
