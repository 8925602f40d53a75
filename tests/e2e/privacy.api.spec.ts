/**
 * "Download my data" through the built app, on SQLite and on PostgreSQL: the owner key gets the
 * file, no key, a wrong key or another result's key get 403, an unknown result 404. Opening the
 * report records the day it was opened (written after the response), which the file shows.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { apiAnswers, fakeAddress } from "./support/counsellor";
import { postgresURL } from "./support/servers";

const servers = [{ name: "SQLite", url: baseURL }, ...(postgresURL ? [{ name: "PostgreSQL", url: postgresURL }] : [])];

async function newResult(request: APIRequestContext, base: string, address: string) {
  const response = await request.post(`${base}/api/v1/assessments`, {
    data: { answers: apiAnswers(3), submissionKey: `e2e_${crypto.randomUUID().replace(/-/g, "")}` },
    headers: { "X-Forwarded-For": address },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; ownerKey: string; reportUrl: string };
}

for (const server of servers) {
  test(`only the owner downloads their data, on ${server.name}`, async ({ request }) => {
    const address = fakeAddress();
    const mine = await newResult(request, server.url, address);
    const other = await newResult(request, server.url, address);
    const url = `${server.url}/api/v1/assessments/${mine.id}/my-data`;

    // Opening the report stamps the day, after the page has been sent.
    expect((await request.get(mine.reportUrl)).status()).toBe(200);

    const answer = await request.get(url, { headers: { "X-Owner-Key": mine.ownerKey } });
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-disposition"]).toMatch(/^attachment; filename="coder-fit-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(answer.headers()["cache-control"]).toBe("private, no-store");
    const data = await answer.json();
    expect(data).toMatchObject({ format: "coder-fit-my-data", version: 1, shares: [] });
    expect(data.result.id).toBe(mine.id);
    expect(data.result.answers).toEqual(apiAnswers(3));
    expect(data.result.result.overall).toEqual(expect.any(Number));
    await expect.poll(async () => {
      const again = await request.get(url, { headers: { "X-Owner-Key": mine.ownerKey } });
      return (await again.json()).result.lastOpenedAt;
    }).not.toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/ownerKeyHash|submissionKey|e2e_/);

    for (const headers of [{}, { "X-Owner-Key": "B".repeat(32) }, { "X-Owner-Key": other.ownerKey }] as Record<string, string>[]) {
      const refused = await request.get(url, { headers });
      expect(refused.status()).toBe(403);
      expect(refused.headers()["content-disposition"]).toBeUndefined();
      expect((await refused.json()).error).toMatch(/Only the person who took this assessment/);
    }
    const missing = await request.get(`${server.url}/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA/my-data`, {
      headers: { "X-Owner-Key": mine.ownerKey },
    });
    expect(missing.status()).toBe(404);
  });
}
