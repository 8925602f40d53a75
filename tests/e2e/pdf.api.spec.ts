/**
 * The report PDF over HTTP from the built app: for one persona per band, the download's status
 * and headers, at most six pages, and the same score and band as the report page shows for that
 * id. Then the bad-input answers, and a counsellor's copy of a shared result, which is the same
 * document. (Access control for the counsellor route is in counsellor-access.api.spec.ts.)
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readPdfText } from "../support/pdf-text";
import { apiAnswers, fakeAddress, signedInCounsellor } from "./support/counsellor";
import { bandPersonas, createPersonaReport } from "./support/personas";

const pdfPath = (id: string) => `/api/v1/assessments/${id}/pdf`;

async function downloadPdf(request: APIRequestContext, path: string, address = fakeAddress()) {
  const response = await request.get(path, { headers: { "x-forwarded-for": address } });
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="coder-fit-report-\d{4}-\d{2}-\d{2}\.pdf"$/);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return readPdfText(bytes);
}

for (const personaId of bandPersonas) {
  test(`${personaId}: the PDF has the report page's score and band, in at most six pages`, async ({ request }) => {
    const { id, reportUrl } = await createPersonaReport(request, personaId);

    // The page's answer block says "<score> out of 100: <band>" (answerWords.scoreLine).
    const html = await (await request.get(reportUrl, { headers: { "x-forwarded-for": fakeAddress() } })).text();
    const [, overall, band] = html.match(/(\d{1,3}) out of 100: ([^"<]+)/) ?? [];
    expect(overall, "score line on the report page").toBeDefined();

    const pdf = await downloadPdf(request, pdfPath(id));
    expect(pdf.pageCount).toBeLessThanOrEqual(6);
    expect(pdf.pages[0]).toContain(`${overall} out of 100`);
    expect(pdf.pages[0]).toContain(band!.trim());

    const detailed = await downloadPdf(request, `${pdfPath(id)}?details=1`);
    expect(detailed.pageCount).toBeGreaterThan(pdf.pageCount);
  });
}

test("a bad details value is a 422 naming it; an unknown id a 404, as for the page", async ({ request }) => {
  const headers = { "x-forwarded-for": fakeAddress() };
  const bad = await request.get(`${pdfPath("AAAAAAAAAAAAAAAAAAAAAAAA")}?details=all`, { headers });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).issues.map((issue: { path: string }) => issue.path)).toEqual(["details"]);
  const unknown = await request.get(pdfPath("AAAAAAAAAAAAAAAAAAAAAAAA"), { headers });
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/json");
});

test("a counsellor downloads the same PDF of a result shared with them", async ({ request, baseURL }) => {
  const counsellor = await signedInCounsellor(baseURL!, "Meera Iyer");
  try {
    const cohort = (await (await counsellor.api.post("/api/v1/counsellor/cohorts", { data: { name: "PDF batch" } })).json()).cohort;
    const saved = await request.post("/api/v1/assessments", {
      data: { answers: apiAnswers(2), share: { inviteToken: cohort.inviteUrl.split("/join/")[1], displayName: "Farah Khan", consent: true } },
      headers: { "x-forwarded-for": fakeAddress() },
    });
    expect(saved.status()).toBe(201);
    const { id, ownerKey } = await saved.json();
    const shares = (await (await request.get(`/api/v1/assessments/${id}/shares`, { headers: { "X-Owner-Key": ownerKey } })).json()).shares;

    const student = await downloadPdf(request, pdfPath(id));
    const copy = await downloadPdf(counsellor.api, `/api/v1/counsellor/results/${shares[0].id}/pdf`);
    expect(copy.pages).toEqual(student.pages);
    // The student's name is on the counsellor's page, never in the PDF.
    expect(copy.text).not.toContain("Farah");
  } finally {
    await counsellor.api.dispose();
  }
});
