/**
 * The counsellor's two PDFs against the built app, on SQLite and on PostgreSQL when
 * TEST_POSTGRES_URL is set: the class summary of a cohort carries the analytics API's own figures
 * and every student's name, and a shared result's PDF with `notes=1` ends with the counsellor's
 * notes, oldest first, while the plain download has none. The pages offer both downloads.
 * (Who may download them is covered by counsellor-access.api.spec.ts.)
 */
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { readPdfText } from "../support/pdf-text";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const servers = [{ name: "SQLite", url: baseURL }, ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL }] : [])];
const STUDENTS = ["Priya Nair", "Karthik Iyer", "Ananya Reddy", "Imran Khan"];
const BAND_LABELS: Record<string, string> = {
  strong: "Strong fit",
  good: "Good fit",
  possible: "Possible with preparation",
  "not-natural": "Not a natural fit",
};

for (const server of servers) {
  test(`a counsellor downloads a class summary and a result with their notes on ${server.name}`, async () => {
    const counsellor = await signedInCounsellor(server.url, "Kavya Menon");
    const anonymous = await playwrightRequest.newContext({ baseURL: server.url, extraHTTPHeaders: { "x-forwarded-for": fakeAddress() } });
    try {
      const cohort = (await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "PDF batch, Kochi" } })).json()).cohort;
      const inviteToken = cohort.inviteUrl.split("/join/")[1];
      const shareIds: string[] = [];
      for (const [i, displayName] of STUDENTS.entries()) {
        const saved = await anonymous.post("/api/v1/assessments", {
          data: { answers: apiAnswers(i), share: { inviteToken, displayName, consent: true } },
        });
        expect(saved.status()).toBe(201);
        const { id, ownerKey } = await saved.json();
        shareIds.push((await (await anonymous.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares[0].id);
      }

      // The class summary: the analytics API's figures for the same cohort, and every name.
      const analytics = await (await counsellor.api.get(`/api/v1/counsellor/analytics?cohort=${cohort.id}`)).json();
      const response = await counsellor.api.get(`/api/v1/counsellor/analytics/pdf?cohort=${cohort.id}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="coder-fit-class-summary-\d{4}-\d{2}-\d{2}\.pdf"$/);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      const summary = await readPdfText(await response.body());
      expect(summary.pageCount).toBeLessThanOrEqual(4);
      expect(summary.pages[0]).toContain("PDF batch, Kochi");
      expect(summary.pages[0]).toContain(`${STUDENTS.length} results`);
      expect(analytics.total).toBe(STUDENTS.length);
      for (const { band, count } of analytics.bands as { band: string; count: number }[]) {
        const percent = Math.round((count / analytics.total) * 1000) / 10;
        expect(summary.pages[0]).toContain(`${BAND_LABELS[band]} ${count} · ${percent}%`);
      }
      for (const name of STUDENTS) expect(summary.text).toContain(name);
      // A bad filter is refused with the analytics API's own message.
      expect((await counsellor.api.get("/api/v1/counsellor/analytics/pdf?band=best")).status()).toBe(422);

      // A result's PDF: with notes=1 the notes come last, oldest first; without, none.
      const shareId = shareIds[0]!;
      for (const body of ["First talk: keen on CPC, worried about the fee.", "Second talk: starts the terminology course in January."]) {
        expect((await counsellor.api.post(`/api/v1/counsellor/results/${shareId}/notes`, { data: { body } })).status()).toBe(201);
      }
      const plain = await readPdfText(await (await counsellor.api.get(`/api/v1/counsellor/results/${shareId}/pdf`)).body());
      const withNotesResponse = await counsellor.api.get(`/api/v1/counsellor/results/${shareId}/pdf?notes=1`);
      expect(withNotesResponse.status()).toBe(200);
      const withNotes = await readPdfText(await withNotesResponse.body());
      expect(plain.text).not.toContain("Counsellor’s notes");
      expect(plain.text).not.toContain("First talk");
      expect(withNotes.pageCount).toBe(plain.pageCount + 1);
      const last = withNotes.pages.at(-1)!;
      expect(last).toContain("Counsellor’s notes");
      expect(last.indexOf("First talk: keen on CPC")).toBeGreaterThan(-1);
      expect(last.indexOf("Second talk: starts the terminology course")).toBeGreaterThan(last.indexOf("First talk"));
      const bad = await counsellor.api.get(`/api/v1/counsellor/results/${shareId}/pdf?notes=yes`);
      expect(bad.status()).toBe(422);
      expect((await bad.json()).issues).toEqual([{ path: "notes", message: "Use notes=1 to add your notes, or leave notes out." }]);

      // The pages offer both downloads.
      const analyticsPage = await (await counsellor.api.get(`/counsellor/analytics?cohort=${cohort.id}`)).text();
      expect(analyticsPage).toContain(`href="/api/v1/counsellor/analytics/pdf?cohort=${cohort.id}"`);
      expect(analyticsPage).toContain("Download class summary (PDF)");
      const resultPage = await (await counsellor.api.get(`/counsellor/results/${shareId}`)).text();
      expect(resultPage).toContain("Add my notes");
    } finally {
      await Promise.all([counsellor.api.dispose(), anonymous.dispose()]);
    }
  });
}
