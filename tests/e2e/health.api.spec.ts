import { expect, test } from "@playwright/test";
import { downURL, postgresURL } from "./support/servers";

test.describe("GET /api/health", () => {
  test("is 200 with the database name on SQLite", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
  });

  test("is 200 on PostgreSQL", async ({ request }) => {
    test.skip(!postgresURL, "TEST_POSTGRES_URL is not set");
    const response = await request.get(`${postgresURL}/api/health`);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "postgresql" });
  });

  test("is 503 with a readable JSON message when the database is unreachable", async ({ request }) => {
    const response = await request.get(`${downURL}/api/health`);
    expect(response.status()).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", database: "postgresql" });
    expect(body.message).toMatch(/database is not answering/i);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*:\d+:\d+/);
  });

  test("the home page still renders while the database is down", async ({ page }) => {
    const response = await page.goto(`${downURL}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
