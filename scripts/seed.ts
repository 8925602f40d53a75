/**
 * `npm run db:seed`: demo data for local use. Creates (or re-creates) a demo counsellor, two
 * cohorts and 60 results shared with them: answers varied by lib/seed/demo-answers.ts and scored
 * by the real engine, spread over the last three months, some retaken, reviewed or noted.
 * Runs against whatever DATABASE_URL selects (SQLite in ./data by default); touches only its
 * own demo rows. Run with the react-server condition (see package.json) so server-only modules load.
 */
import { exitOnInvalidEnv } from "../lib/startup/exit-on-invalid-env";
import { deployMigrations, migrationTarget } from "./migrations/engine";

export const DEMO_COUNSELLOR = {
  name: "Meera Iyer (demo)",
  email: "demo.counsellor@coderfit.example",
  password: "coder-fit-demo-2026",
};
const RESULT_COUNT = 60;
const SEED_KEY_PREFIX = "demo-seed-";
const DAY = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  process.env.AUTH_BREACH_CHECK = "off";
  const env = exitOnInvalidEnv();
  await deployMigrations(migrationTarget(env.DATABASE_URL));

  const { getDb } = await import("../lib/db");
  const { getAuth } = await import("../lib/auth/server");
  const { createAssessment } = await import("../lib/assessments/service");
  const { createCohort } = await import("../lib/cohorts/service");
  const { shareByInvite } = await import("../lib/shares/service");
  const { addNote } = await import("../lib/notes/service");
  const { formatShortCode } = await import("../lib/ids");
  const { createRandom, demoAnswers, demoName } = await import("../lib/seed/demo-answers");
  const db = getDb();

  // Start again from nothing: the demo account (its cohorts, shares and notes go with it) and the
  // demo results, recognised by their submission keys.
  await db.user.deleteMany({ where: { email: DEMO_COUNSELLOR.email } });
  await db.assessment.deleteMany({ where: { submissionKey: { startsWith: SEED_KEY_PREFIX } } });

  await getAuth().api.signUpEmail({ body: DEMO_COUNSELLOR });
  const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_COUNSELLOR.email }, select: { id: true } });

  const cohorts = [
    await createCohort(user.id, { name: "B.Sc Microbiology 2026, Pune" }),
    await createCohort(user.id, { name: "B.Pharm final year 2026, Hyderabad" }),
  ];

  const random = createRandom(2026);
  const now = Date.now();
  let made = 0;
  let retakes = 0;
  for (let person = 0; made < RESULT_COUNT; person++) {
    const cohort = cohorts[person % 2]!;
    const name = demoName(random);
    const email = random() < 0.5 ? `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com` : undefined;
    // The last attempt falls within the past three months; a first attempt three weeks before it.
    const takenAt = new Date(now - 2 * DAY - Math.floor(random() * 88 * DAY));
    // About one person in eight retakes a few weeks later and links the attempts.
    const attempts = random() < 0.125 && made + 2 <= RESULT_COUNT ? 2 : 1;
    let previous: { previousId: string; previousOwnerKey: string } | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const when = new Date(takenAt.getTime() - (attempts - 1 - attempt) * 21 * DAY);
      const { assessment, ownerKey } = await createAssessment({
        answers: demoAnswers(random),
        submissionKey: `${SEED_KEY_PREFIX}${String(made).padStart(4, "0")}-${random().toString(36).slice(2, 10)}`,
        ...previous,
      });
      await db.assessment.update({ where: { id: assessment.id }, data: { createdAt: when } });
      const outcome = await shareByInvite(assessment.id, {
        inviteToken: cohort.inviteToken,
        displayName: name,
        ...(email ? { email } : {}),
        consent: true,
      });
      if (outcome.status !== "shared") throw new Error(`Could not share a demo result: ${outcome.status}`);
      const reviewed = random() < 0.3;
      await db.share.update({
        where: { id: outcome.shareId },
        data: { takenAt: when, consentedAt: when, reviewedAt: reviewed ? new Date(Math.min(now, when.getTime() + 2 * DAY)) : null },
      });
      if (reviewed && random() < 0.6) {
        await addNote(user.id, outcome.shareId, {
          body: "Talked through the report. Suggested starting with medical terminology and a CPC-A study plan.",
        });
      }
      // A retake links to the earlier attempt only with that attempt's owner key.
      previous = ownerKey ? { previousId: assessment.id, previousOwnerKey: ownerKey } : undefined;
      made++;
      if (attempt > 0) retakes++;
    }
  }

  console.log(`Seeded ${made} demo results (${retakes} of them retakes) in two cohorts.`);
  for (const cohort of cohorts) console.log(`  ${cohort.name}: code ${formatShortCode(cohort.code)}, invite /join/${cohort.inviteToken}`);
  console.log(`Sign in at /counsellor/sign-in as ${DEMO_COUNSELLOR.email} with the password ${DEMO_COUNSELLOR.password}`);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
