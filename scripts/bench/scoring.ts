/**
 * `npm run bench:scoring`: assessments scored per second on one core, and the size of a result.
 * Scores a pool of varied, valid answer sets (the persona table plus random ones) in a loop,
 * after a warm-up, and reports the median of several timed rounds.
 */
import os from "node:os";
import { medicalCoderProfile as profile } from "../../lib/profiles";
import { type Answers } from "../../lib/scoring";
import { scoreAssessment } from "../../lib/results/score";

const ROUNDS = 7;
const PER_ROUND = 20_000;

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function randomAnswers(random: () => number): Answers {
  const answers: Answers = {};
  const pick = <T>(values: T[]) => values[Math.floor(random() * values.length)]!;
  for (const section of profile.questionnaire.sections) {
    for (const item of section.items) {
      if (item.kind === "choice" || item.kind === "knowledge") answers[item.id] = pick(item.options).value;
      else if (item.kind === "level") answers[item.id] = pick([0, 1, 2, 3, 4]);
      else answers[item.id] = pick([1, 2, 3, 4, 5]);
    }
  }
  return answers;
}

const random = seededRandom(42);
const pool = Array.from({ length: 500 }, () => randomAnswers(random));

for (let i = 0; i < 5_000; i++) scoreAssessment(profile, pool[i % pool.length]); // warm-up

const rates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < PER_ROUND; i++) scoreAssessment(profile, pool[i % pool.length]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rates.push(PER_ROUND / seconds);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
const sizes = pool.slice(0, 100).map((answers) => Buffer.byteLength(JSON.stringify(scoreAssessment(profile, answers))));
sizes.sort((a, b) => a - b);

console.log(`Machine: ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores), Node ${process.version}, one thread`);
console.log(`Assessments scored per second (median of ${ROUNDS} rounds of ${PER_ROUND.toLocaleString("en-US")}): ${Math.round(median).toLocaleString("en-US")}`);
console.log(`Result size (JSON): median ${sizes[50]} bytes, largest ${sizes[sizes.length - 1]} bytes`);
