/**
 * The owner key on both databases: the report id reads, only the owner key acts. A submission
 * key replayed without the owner key gets the report back but never the key; a retake links to
 * an earlier result only with that result's key; a result stored before owner keys is claimed
 * once, by the first key presented, and never again by another.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkOwner, claimOwnership, createAssessment } from "@/lib/assessments/service";
import { providers, useMigratedDatabase } from "../support/databases";
import { buildAnswers } from "../fixtures/answers";

const answers = buildAnswers({ degree: "bcom", pro: 3, con: 3, knowledgeCorrect: 2 });
const key = () => `key_${crypto.randomUUID().replace(/-/g, "")}`;
const ownerKey = () => `own_${crypto.randomUUID().replace(/-/g, "")}`;

describe.each(providers.filter((p) => p.enabled))("owner keys on $name", ({ fresh }) => {
  const state = useMigratedDatabase(fresh);
  const db = () => state.handle.db;

  it("keeps only a SHA-256 hash of the owner key, and hands the key to the creator alone", async () => {
    const mine = ownerKey();
    const { assessment, created, ownerKey: returned } = await createAssessment({ answers, submissionKey: key(), ownerKey: mine }, db());
    expect(created).toBe(true);
    expect(returned).toBe(mine);
    const row = await db().assessment.findUnique({ where: { id: assessment.id } });
    expect(row!.ownerKeyHash).toBe(createHash("sha256").update(mine).digest("base64url"));
    expect(JSON.stringify(row)).not.toContain(mine);
  });

  it("makes a key of at least 128 bits for a client that sends none", async () => {
    const { ownerKey: made } = await createAssessment({ answers, submissionKey: key() }, db());
    expect(made).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("answers a replayed submission key with the report, but the key only to the request that holds it", async () => {
    const submissionKey = key();
    const mine = ownerKey();
    const first = await createAssessment({ answers, submissionKey, ownerKey: mine }, db());
    const retried = await createAssessment({ answers, submissionKey, ownerKey: mine }, db());
    expect(retried).toMatchObject({ created: false, ownerKey: mine });
    const bare = await createAssessment({ answers, submissionKey }, db());
    expect(bare.created).toBe(false);
    expect(bare.assessment.id).toBe(first.assessment.id);
    expect(bare.ownerKey).toBeNull();
    const guessed = await createAssessment({ answers, submissionKey, ownerKey: ownerKey() }, db());
    expect(guessed.ownerKey).toBeNull();
  });

  it("says owner only for the right key", async () => {
    const mine = ownerKey();
    const { assessment } = await createAssessment({ answers, submissionKey: key(), ownerKey: mine }, db());
    expect(await checkOwner(assessment.id, mine, db())).toBe("owner");
    expect(await checkOwner(assessment.id, ownerKey(), db())).toBe("forbidden");
    expect(await checkOwner(assessment.id, null, db())).toBe("forbidden");
    expect(await checkOwner("nobody_0123456789abcdefgh", mine, db())).toBe("missing");
    expect(await checkOwner("../../etc", mine, db())).toBe("missing");
  });

  it("links a retake to the earlier result only with the earlier result's key", async () => {
    const earlierKey = ownerKey();
    const { assessment: earlier } = await createAssessment({ answers, submissionKey: key(), ownerKey: earlierKey }, db());
    const stranger = await createAssessment({ answers, submissionKey: key(), previousId: earlier.id }, db());
    expect(stranger.assessment.previousId).toBeNull();
    const wrong = await createAssessment({ answers, submissionKey: key(), previousId: earlier.id, previousOwnerKey: ownerKey() }, db());
    expect(wrong.assessment.previousId).toBeNull();
    const owner = await createAssessment({ answers, submissionKey: key(), previousId: earlier.id, previousOwnerKey: earlierKey }, db());
    expect(owner.assessment.previousId).toBe(earlier.id);
  });

  it("lets the first key claim a result stored before owner keys, and no later one", async () => {
    const { assessment } = await createAssessment({ answers, submissionKey: key() }, db());
    await db().assessment.update({ where: { id: assessment.id }, data: { ownerKeyHash: null } });
    expect(await checkOwner(assessment.id, ownerKey(), db())).toBe("forbidden");

    const [first, second] = [ownerKey(), ownerKey()];
    const claims = await Promise.all([claimOwnership(assessment.id, first, db()), claimOwnership(assessment.id, second, db())]);
    // Two claims at once: exactly one wins.
    expect(claims.filter((claim) => claim === "claimed")).toHaveLength(1);
    expect(claims.filter((claim) => claim === "forbidden")).toHaveLength(1);
    const winner = claims[0] === "claimed" ? first : second;
    expect(await claimOwnership(assessment.id, winner, db())).toBe("owner");
    expect(await claimOwnership(assessment.id, ownerKey(), db())).toBe("forbidden");
    expect(await claimOwnership("nobody_0123456789abcdefgh", ownerKey(), db())).toBe("missing");
  });

  it("never lets a claim replace the key of a result that has one", async () => {
    const mine = ownerKey();
    const { assessment } = await createAssessment({ answers, submissionKey: key(), ownerKey: mine }, db());
    expect(await claimOwnership(assessment.id, ownerKey(), db())).toBe("forbidden");
    expect(await checkOwner(assessment.id, mine, db())).toBe("owner");
  });
});
