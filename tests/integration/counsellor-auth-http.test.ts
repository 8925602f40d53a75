/**
 * Better Auth's sign-up and sign-in endpoints as the browser calls them (through the handler, on
 * a scratch SQLite database): what the server refuses on its own, whatever a client sends, and
 * what the answers carry.
 */
import { describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/server";
import { parseEnv } from "@/lib/env";
import { PASSWORD_HIDDEN_CHARACTERS_MESSAGE } from "@/lib/validations/counsellor-auth";
import { DIRECTION_CHARACTERS_MESSAGE } from "@/lib/validations/text";
import { freshSqlite, useMigratedDatabase } from "../support/databases";

const origin = "http://localhost:3000";
const password = "a long enough password";
let counter = 0;
const uniqueEmail = (who: string) => `${who}.${Date.now().toString(36)}${counter++}@example.org`;

describe("counsellor sign-up and sign-in over HTTP", () => {
  const state = useMigratedDatabase(async () => freshSqlite());
  let instance: ReturnType<typeof createAuth> | undefined;
  const auth = () => (instance ??= createAuth(state.handle, parseEnv({ AUTH_BREACH_CHECK: "off", BETTER_AUTH_SECRET: "x".repeat(40) })));

  // Sign-up and sign-in allow five a minute per address, counted in the database: cleared before
  // each request, as this file is about what one request gets (the limits have their own tests).
  const post = async (path: string, body: unknown) => {
    await state.handle.db.rateLimit.deleteMany();
    return auth().handler(
      new Request(`${origin}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify(body),
      }),
    );
  };

  it("answers 400 with a plain message to a password of control characters at sign-up, and stores nothing", async () => {
    for (const bad of ["\u0000".repeat(12), `${password}\u0000`, "tab\tin-the-password", `${password}\u202e`, `\u2066${password}`]) {
      const email = uniqueEmail("nul");
      const response = await post("/sign-up/email", { name: "Priya Sharma", email, password: bad });
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(await response.json()).toMatchObject({ code: "PASSWORD_HAS_HIDDEN_CHARACTERS", message: PASSWORD_HIDDEN_CHARACTERS_MESSAGE });
      expect(await state.handle.db.user.count({ where: { email } })).toBe(0);
    }
  });

  it("refuses the same password at sign-in with the same message", async () => {
    const response = await post("/sign-in/email", { email: uniqueEmail("nul"), password: "\u0000".repeat(12) });
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(PASSWORD_HIDDEN_CHARACTERS_MESSAGE);
  });

  it("answers 400 with a plain message to a name with text-direction characters", async () => {
    for (const name of ["Asha\u202eexe.gpj", "\u2067Priya", "Ravi\u200fMenon", "Meera\u061c"]) {
      const email = uniqueEmail("bidi");
      const response = await post("/sign-up/email", { name, email, password });
      expect(response.status, JSON.stringify(name)).toBe(400);
      expect(await response.json()).toMatchObject({ code: "INVALID_NAME", message: DIRECTION_CHARACTERS_MESSAGE });
      expect(await state.handle.db.user.count({ where: { email } })).toBe(0);
    }
  });

  it("still signs up and in with spaces and any script in the password", async () => {
    const email = uniqueEmail("ok");
    const unusual = "  पासवर्ड with spaces  ";
    expect((await post("/sign-up/email", { name: "Priya Sharma", email, password: unusual })).status).toBe(200);
    expect((await post("/sign-in/email", { email, password: unusual })).status).toBe(200);
  });

  it("keeps the session token in its HttpOnly cookie, out of the JSON answers", async () => {
    const email = uniqueEmail("token");
    const signUp = await post("/sign-up/email", { name: "Priya Sharma", email, password });
    expect(signUp.status).toBe(200);
    expect(await signUp.json()).not.toHaveProperty("token");

    const signIn = await post("/sign-in/email", { email, password });
    expect(signIn.status).toBe(200);
    const body = await signIn.json();
    expect(body).not.toHaveProperty("token");
    expect(body).toMatchObject({ redirect: false, user: { email, name: "Priya Sharma" } });

    const setCookie = signIn.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/better-auth\.session_token=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    const cookie = setCookie.split(";")[0]!;
    const [, signedToken] = cookie.split("=");
    const token = decodeURIComponent(signedToken!).split(".")[0]!;
    expect(JSON.stringify(body)).not.toContain(token);

    // The cookie works, and the session answer does not repeat the token either.
    const session = await auth().handler(new Request(`${origin}/api/auth/get-session`, { headers: { cookie, origin } }));
    expect(session.status).toBe(200);
    const sessionBody = await session.json();
    expect(sessionBody.user.email).toBe(email);
    expect(sessionBody.session).not.toHaveProperty("token");
    expect(JSON.stringify(sessionBody)).not.toContain(token);

    // Server code still gets the whole session from auth.api.
    const fromServer = await auth().api.getSession({ headers: new Headers({ cookie }) });
    expect(fromServer?.user.email).toBe(email);
  });
});
