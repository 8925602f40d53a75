import { describe, expect, it } from "vitest";
import {
  deletedResultId,
  deleteSucceeded,
  isKeptPath,
  isRscRequest,
  mayStorePage,
  reportIdOfPath,
  reportIsGone,
  languageOfPath,
  OFFLINE_PATHS,
  offlinePathIn,
  reportPath,
  reportPaths,
} from "@/lib/offline/cache-rules";

const ID = "AbCdEfGhIjKlMnOpQrStUvWx";
const url = (path: string) => new URL(path, "https://coderfit.example.org");

describe("what the service worker keeps", () => {
  it("keeps the home page, the quiz, the results list and reports", () => {
    for (const path of ["/", "/assessment", "/results", reportPath(ID)]) expect(isKeptPath(path), path).toBe(true);
  });

  it("keeps the same pages in Hindi, and drops a report in every language", () => {
    for (const path of ["/hi", "/hi/assessment", "/hi/results", `/hi${reportPath(ID)}`]) expect(isKeptPath(path), path).toBe(true);
    for (const path of ["/xx/assessment", "/hi/counsellor", "/hi/join", "/en/report/" + ID]) expect(isKeptPath(path), path).toBe(false);
    expect(reportIdOfPath(`/hi/report/${ID}`)).toBe(ID);
    expect(reportPaths(ID)).toEqual([`/report/${ID}`, `/hi/report/${ID}`]);
  });

  it("has an offline page per language, chosen by the page's own", () => {
    expect(OFFLINE_PATHS).toEqual(["/offline", "/hi/offline"]);
    expect(offlinePathIn(languageOfPath(`/hi/report/${ID}`))).toBe("/hi/offline");
    expect(offlinePathIn(languageOfPath("/history"))).toBe("/offline");
    expect(offlinePathIn(languageOfPath("/"))).toBe("/offline");
  });

  it("never keeps the API, counsellor, invite or other pages", () => {
    for (const path of [
      `/api/v1/assessments/${ID}`,
      "/api/v1/assessments",
      "/api/health",
      "/counsellor",
      "/counsellor/results/abc",
      `/join/${ID}`,
      "/join",
      "/report/deleted",
      `/report/${ID}/details`,
      `/report/${ID}/opengraph-image`,
      "/results/compare",
      "/backgrounds",
      "/offline",
      "/report/short",
    ]) {
      expect(isKeptPath(path), path).toBe(false);
    }
  });

  it("stores a page only when it was asked for without a query", () => {
    expect(mayStorePage(url(reportPath(ID)))).toBe(true);
    expect(mayStorePage(url(`${reportPath(ID)}?share=shared`))).toBe(false);
    expect(mayStorePage(url("/assessment?invite=abc"))).toBe(false);
    expect(mayStorePage(url("/counsellor"))).toBe(false);
  });

  it("reads the report id of a report page", () => {
    expect(reportIdOfPath(reportPath(ID))).toBe(ID);
    expect(reportIdOfPath("/report/deleted")).toBeNull();
    expect(reportIdOfPath(`/report/${ID}/details`)).toBeNull();
  });

  it("recognises an owner's delete of a result, and only that", () => {
    expect(deletedResultId("DELETE", url(`/api/v1/assessments/${ID}`))).toBe(ID);
    expect(deletedResultId("delete", url(`/api/v1/assessments/${ID}`))).toBe(ID);
    expect(deletedResultId("GET", url(`/api/v1/assessments/${ID}`))).toBeNull();
    expect(deletedResultId("DELETE", url(`/api/v1/assessments/${ID}/shares/${ID}`))).toBeNull();
    expect(deleteSucceeded(204)).toBe(true);
    expect(deleteSucceeded(404)).toBe(true);
    expect(deleteSucceeded(403)).toBe(false);
    expect(deleteSucceeded(503)).toBe(false);
  });

  it("drops a report's copy when the server says it is gone, not when the server is down", () => {
    expect(reportIsGone(404)).toBe(true);
    expect(reportIsGone(410)).toBe(true);
    expect(reportIsGone(503)).toBe(false);
    expect(reportIsGone(500)).toBe(false);
  });

  it("leaves Next.js's RSC requests alone", () => {
    expect(isRscRequest(new Headers({ RSC: "1" }), url("/"))).toBe(true);
    expect(isRscRequest(new Headers(), url("/assessment?_rsc=x1y2"))).toBe(true);
    expect(isRscRequest(new Headers({ Accept: "text/html" }), url("/assessment"))).toBe(false);
  });
});
