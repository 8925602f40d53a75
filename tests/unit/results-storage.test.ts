import { describe, expect, it } from "vitest";
import { medicalCoderProfile } from "@/lib/profiles";
import {
  addSavedResult,
  latestSavedResult,
  MAX_SAVED_RESULTS,
  parseProgress,
  readSavedResults,
  removeSavedResult,
  RESULTS_STORAGE_KEY,
  type SavedResult,
} from "@/lib/quiz/storage";

/** A minimal in-memory Storage (the node project has no localStorage). */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const entry = (n: number, extra: Partial<SavedResult> = {}): SavedResult => ({
  id: `result_${String(n).padStart(3, "0")}_abcdefghijklmnop`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  overall: 50 + n / 10,
  band: "good",
  bandLabel: "Good fit",
  ...extra,
});

describe("the list of results on this device", () => {
  it("keeps newest first, once per id, at most 50", () => {
    const storage = memoryStorage();
    for (let n = 0; n < MAX_SAVED_RESULTS + 5; n++) addSavedResult(storage, entry(n));
    addSavedResult(storage, entry(54));
    const list = readSavedResults(storage);
    expect(list).toHaveLength(MAX_SAVED_RESULTS);
    expect(list[0]).toEqual(entry(54));
    expect(new Set(list.map((item) => item.id)).size).toBe(MAX_SAVED_RESULTS);
    expect(latestSavedResult(storage)).toEqual(entry(54));
  });

  it("keeps the link to the earlier attempt", () => {
    const storage = memoryStorage();
    addSavedResult(storage, entry(1));
    addSavedResult(storage, entry(2, { previousId: entry(1).id }));
    expect(readSavedResults(storage)).toEqual([entry(2, { previousId: entry(1).id }), entry(1)]);
  });

  it("removes one entry and leaves the rest in order", () => {
    const storage = memoryStorage();
    [1, 2, 3].forEach((n) => addSavedResult(storage, entry(n)));
    expect(removeSavedResult(storage, entry(2).id)).toBe(true);
    expect(readSavedResults(storage).map((item) => item.id)).toEqual([entry(3).id, entry(1).id]);
    expect(removeSavedResult(storage, "not-there")).toBe(true);
    expect(readSavedResults(storage)).toHaveLength(2);
  });

  it("skips broken entries and survives broken JSON", () => {
    const storage = memoryStorage();
    storage.setItem(RESULTS_STORAGE_KEY, JSON.stringify([entry(1), { id: 3 }, entry(2, { previousId: 7 as unknown as string }), null]));
    expect(readSavedResults(storage)).toEqual([entry(1)]);
    storage.setItem(RESULTS_STORAGE_KEY, "{not json");
    expect(readSavedResults(storage)).toEqual([]);
    expect(latestSavedResult(storage)).toBeNull();
  });

  it("reports a refused write", () => {
    const storage = memoryStorage();
    addSavedResult(storage, entry(1));
    storage.setItem = () => {
      throw new Error("QuotaExceededError");
    };
    expect(addSavedResult(storage, entry(2))).toBe(false);
    expect(removeSavedResult(storage, entry(1).id)).toBe(false);
  });
});

describe("quiz progress of a retake", () => {
  const questionnaire = medicalCoderProfile.questionnaire;

  it("keeps a valid previousId and drops a malformed one", () => {
    const id = "Jx1b0p3mQ2Kf8sVw7LzC4aRt";
    expect(parseProgress(JSON.stringify({ answers: {}, previousId: id }), questionnaire)?.previousId).toBe(id);
    expect(parseProgress(JSON.stringify({ answers: {}, previousId: "../x" }), questionnaire)).not.toHaveProperty("previousId");
    expect(parseProgress(JSON.stringify({ answers: {} }), questionnaire)).not.toHaveProperty("previousId");
  });
});
