/**
 * Varied, realistic answer sets for demo data and benchmarks: each made-up person has a latent
 * aptitude and temperament, and their answers follow from those with noise, so the real scoring
 * engine produces the spread of bands, gaps and flags a real cohort shows. Deterministic for a
 * given seed, so `npm run db:seed` makes the same demo every time.
 */
import { medicalCoderProfile, type AgreementItem } from "@/lib/profiles";
import type { Answers } from "@/lib/scoring/answers";

const questionnaire = medicalCoderProfile.questionnaire;
const items = questionnaire.sections.flatMap((section) => section.items);
const traitKind = new Map(medicalCoderProfile.traits.map((trait) => [trait.id, trait.kind]));

/** mulberry32: a small, fast PRNG with a seed. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, weighted: [T, number][]): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weighted) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** +1 when agreeing points towards good fit, −1 when it points towards a not-ideal trait. */
function direction(item: AgreementItem): 1 | -1 {
  const first = item.keys[0]!;
  return (traitKind.get(first.trait) === "good-fit") === (first.keyed === "plus") ? 1 : -1;
}

const DEGREES: [string, number][] = [
  ["bsc-life-sciences", 12],
  ["bpharm", 12],
  ["nursing-allied", 10],
  ["bsc-zoology", 7],
  ["bsc-botany", 5],
  ["msc-life-sciences", 5],
  ["physiotherapy", 5],
  ["allied-health-other", 5],
  ["bcom", 9],
  ["ba", 6],
  ["btech-bca", 6],
  ["any-bachelor", 5],
  ["12th-science", 8],
  ["12th-other", 5],
];

const CLINICAL = new Set(["nursing-allied", "physiotherapy", "allied-health-other", "bpharm"]);
const SCIENCE = new Set(["bsc-life-sciences", "bsc-zoology", "bsc-botany", "msc-life-sciences", "12th-science"]);

export function demoAnswers(random: Random): Answers {
  const degree = pick(random, DEGREES);
  const background = CLINICAL.has(degree) ? 1 : SCIENCE.has(degree) ? 0.6 : 0.2;
  const aptitude = clamp(random() * 0.7 + background * 0.3, 0, 1);
  const temperament = clamp(0.25 + random() * 0.8, 0, 1);
  const training = pick<string>(random, [
    ["none", 45],
    ["self-study", 20],
    ["course-in-progress", 18],
    ["course-completed", 12],
    ["certified", 5],
  ]);
  const trainingBoost = { none: 0, "self-study": 0.4, "course-in-progress": 0.8, "course-completed": 1.3, certified: 1.8 }[training] ?? 0;

  const answers: Answers = {
    "about.market": pick(random, [
      ["india", 78],
      ["usa", 9],
      ["uk", 5],
      ["canada", 4],
      ["other", 4],
    ]),
    "about.stage": pick(random, [
      ["student", 35],
      ["graduate", 40],
      ["working", 20],
      ["school", 5],
    ]),
    "about.healthcare-years": CLINICAL.has(degree)
      ? pick(random, [
          ["none", 30],
          ["under-1", 25],
          ["1-2", 25],
          ["3-plus", 20],
        ])
      : pick(random, [
          ["none", 80],
          ["under-1", 15],
          ["1-2", 5],
        ]),
    "about.coding-years": training === "certified" ? pick(random, [["under-1", 50], ["1-2", 35], ["3-5", 15]]) : "none",
    "about.training": training,
    "education.degree": degree,
  };

  for (const item of items) {
    if (item.kind === "level") {
      const base = aptitude * 2.2 + trainingBoost + (random() - 0.5) * 1.6;
      answers[item.id] = clamp(Math.round(base), 0, 4);
    } else if (item.kind === "agreement") {
      // Agreement with good-fit statements rises with temperament; with not-ideal ones it falls.
      const lean = direction(item) === 1 ? temperament : 1 - temperament;
      answers[item.id] = clamp(Math.round(1 + lean * 4 + (random() - 0.5) * 1.8), 1, 5);
    } else if (item.kind === "knowledge") {
      answers[item.id] = random() < 0.25 + aptitude * 0.5 + trainingBoost * 0.15 ? item.correct : "not-sure";
    }
  }
  return answers;
}

const FIRST_NAMES = [
  "Aarav", "Aditi", "Akash", "Ananya", "Anjali", "Arjun", "Deepa", "Divya", "Farhan", "Gayatri",
  "Harini", "Ishaan", "Jaya", "Karthik", "Kavya", "Lakshmi", "Manoj", "Meera", "Mohammed", "Neha",
  "Nikhil", "Pooja", "Priya", "Rahul", "Ravi", "Rohan", "Sana", "Shreya", "Sneha", "Suresh",
  "Tanvi", "Varun", "Vikram", "Zoya", "Fatima", "Joseph", "Mary", "Thomas", "Irfan", "Swathi",
];
const LAST_NAMES = [
  "Sharma", "Patel", "Iyer", "Nair", "Reddy", "Khan", "Das", "Kulkarni", "Menon", "Singh",
  "Joshi", "Pillai", "Fernandes", "Gupta", "Rao", "Chatterjee", "Deshmukh", "Verma", "Ali", "Thomas",
];

export function demoName(random: Random): string {
  return `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]}`;
}
