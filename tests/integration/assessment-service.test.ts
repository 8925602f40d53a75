import { describe, expect, it } from "vitest";
import { createAssessment, deleteAssessment, getAssessment } from "@/lib/assessments/service";
import { InvalidAnswersError } from "@/lib/scoring";
import { providers, useMigratedDatabase } from "../support/databases";
import { buildAnswers } from "../fixtures/answers";

const answers = buildAnswers({ degree: "bpharm", pro: 4, con: 2, knowledgeCorrect: 4 });
const key = () => `key_${crypto.randomUUID().replace(/-/g, "")}`;

describe.each(providers.filter((p) => p.enabled))("assessment service on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  it("creates a record with the server's own score, versions and an unguessable id", async () => {
    const { assessment, created } = await createAssessment({ answers, submissionKey: key(), locale: "en-IN" }, db());
    expect(created).toBe(true);
    expect(assessment.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(assessment.result.overall).toBe(assessment.overallScore);
    expect(assessment.band).toBe(assessment.result.band.id);
    expect(assessment).toMatchObject({ profileId: "medical-coder", locale: "en-IN", scoringVersion: "1.1.0" });
    expect(assessment.answers).toEqual(answers);
  });

  it("is idempotent by submission key, also when two requests race", async () => {
    const submissionKey = key();
    const first = await createAssessment({ answers, submissionKey }, db());
    const again = await createAssessment({ answers, submissionKey }, db());
    expect(again.created).toBe(false);
    expect(again.assessment.id).toBe(first.assessment.id);

    const racing = key();
    const results = await Promise.all(Array.from({ length: 5 }, () => createAssessment({ answers, submissionKey: racing }, db())));
    expect(new Set(results.map((result) => result.assessment.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await db().assessment.count({ where: { submissionKey: racing } })).toBe(1);
  });

  it("never trusts a score sent by the client", async () => {
    await expect(createAssessment({ answers, submissionKey: key(), overall: 100 }, db())).rejects.toThrow();
  });

  it("rejects invalid answers without storing anything", async () => {
    const before = await db().assessment.count();
    await expect(
      createAssessment({ answers: { ...answers, "skills.icd-coding": 9 }, submissionKey: key() }, db()),
    ).rejects.toBeInstanceOf(InvalidAnswersError);
    expect(await db().assessment.count()).toBe(before);
  });

  it("reads a record back, and null for unknown or malformed ids", async () => {
    const { assessment } = await createAssessment({ answers, submissionKey: key() }, db());
    const read = await getAssessment(assessment.id, db());
    expect(read?.result).toEqual(assessment.result);
    expect(read?.createdAt).toBeInstanceOf(Date);
    expect(await getAssessment("AAAAAAAAAAAAAAAAAAAAAAAA", db())).toBeNull();
    expect(await getAssessment("../../etc/passwd", db())).toBeNull();
  });

  it("links a retake to the earlier attempt while that attempt exists", async () => {
    const { assessment: first, ownerKey } = await createAssessment({ answers, submissionKey: key() }, db());
    const previous = { previousId: first.id, previousOwnerKey: ownerKey! };
    const { assessment: retake } = await createAssessment({ answers, submissionKey: key(), ...previous }, db());
    expect(retake.previousId).toBe(first.id);
    await deleteAssessment(first.id, db());
    const { assessment: orphan } = await createAssessment({ answers, submissionKey: key(), ...previous }, db());
    expect(orphan.previousId).toBeNull();
    expect((await getAssessment(retake.id, db()))?.previousId).toBe(first.id);
  });

  it("deletes a record for good", async () => {
    const { assessment } = await createAssessment({ answers, submissionKey: key() }, db());
    expect(await deleteAssessment(assessment.id, db())).toBe(true);
    expect(await getAssessment(assessment.id, db())).toBeNull();
    expect(await deleteAssessment(assessment.id, db())).toBe(false);
  });
});
