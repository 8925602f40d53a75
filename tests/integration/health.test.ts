import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db";
import { checkHealth } from "@/lib/health/service";
import { providers, useMigratedDatabase } from "../support/databases";

describe.each(providers.filter((p) => p.enabled))("health on $name", ({ name, fresh }) => {
  const state = useMigratedDatabase(fresh);

  it("reports ok with the provider name", async () => {
    expect(await checkHealth(state.handle)).toEqual({ status: "ok", database: name });
  });
});

describe("health when the database is unreachable", () => {
  it("reports unavailable with a readable message instead of throwing", async () => {
    const handle = createDb("postgresql://nobody@127.0.0.1:1/nothing");
    const report = await checkHealth(handle);
    expect(report.status).toBe("unavailable");
    expect(report.database).toBe("postgresql");
    expect(report).toHaveProperty("message", expect.stringMatching(/not answering/));
    await handle.db.$disconnect();
  });
});
