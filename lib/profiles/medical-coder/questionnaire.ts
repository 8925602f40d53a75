/**
 * The Medical Coder fit questionnaire: 39 items, about 14 minutes for a slow reader. Item ids are
 * stable: stored answers refer to them, so an item is retired and replaced, never renamed or
 * reworded in meaning. Each item's `seconds` covers reading all its text at 150 words a minute and
 * answering (lib/quiz/reading-time.ts; tests/unit/quiz-steps.test.ts holds them to it).
 */
import type { MarketWords, Questionnaire } from "../questionnaire-schema";
import type { MarketId } from "../schema";
import { education, skills } from "./core";

const degreeOrder = [
  "12th-science",
  "12th-other",
  "nursing-allied",
  "physiotherapy",
  "allied-health-other",
  "bsc-life-sciences",
  "bsc-botany",
  "bsc-zoology",
  "msc-life-sciences",
  "bpharm",
  "bcom",
  "ba",
  "btech-bca",
  "any-bachelor",
];

const degreeLabels = new Map<string, string>([
  ...education.backgrounds.map((background) => [background.id, background.degree] as const),
  ...education.otherDegrees.map((degree) => [degree.id, degree.name] as const),
  ["any-bachelor", "Another bachelor's degree"],
]);

/** Every knowledge question lets a person say they do not know rather than guess. */
const notSure = { value: "not-sure", label: "I'm not sure" };

const skillOf = (skillId: string) => skills.find((skill) => skill.id === skillId)!;
const helpFor = (usedFor: string) => `Coders use it for ${usedFor.charAt(0).toLowerCase()}${usedFor.slice(1)}`;

/**
 * A skill's self-rating. "Pick the statement that describes you best" is said once, in the step's
 * intro; each skill's help only says what coders use it for, in the person's market's code sets
 * where the skill has words for that market (core.ts `byMarket`), as does `prompts`.
 */
const level = (
  skill: string,
  prompt: string,
  seconds: number,
  anchors: [string, string, string, string, string],
  prompts: Partial<Record<MarketId, string>> = {},
) => {
  const byMarket: Record<string, MarketWords> = {};
  for (const [market, words] of Object.entries(skillOf(skill).byMarket ?? {})) {
    if (words) byMarket[market] = { prompt: prompts[market as MarketId], help: helpFor(words.usedFor) };
  }
  return {
    id: `skills.${skill}`,
    kind: "level" as const,
    skill,
    prompt,
    help: helpFor(skillOf(skill).usedFor),
    seconds,
    anchors,
    ...(Object.keys(byMarket).length ? { byMarket } : {}),
  };
};

export const medicalCoderQuestionnaire: Questionnaire = {
  profileId: "medical-coder",
  // 2026.12.1: code sets named for the person's market (byMarket); knowledge questions say plainly
  // that they test the US code sets. Same items, options and scoring.
  version: "2026.12.1",
  agreementScale: [
    { value: 1, label: "Strongly disagree" },
    { value: 2, label: "Disagree" },
    { value: 3, label: "Neither" },
    { value: 4, label: "Agree" },
    { value: 5, label: "Strongly agree" },
  ],
  sections: [
    {
      id: "about",
      title: "About you",
      intro: "A few facts that decide which market, certifications and roles your report talks about.",
      items: [
        {
          id: "about.market",
          kind: "choice",
          role: "market",
          prompt: "Where do you want to work as a coder?",
          help: "Code sets, certifications, salaries and job titles differ by country.",
          seconds: 17,
          options: [
            { value: "india", label: "India", hint: "Including remote work for US clients" },
            { value: "usa", label: "United States" },
            { value: "uk", label: "United Kingdom" },
            { value: "canada", label: "Canada" },
            { value: "other", label: "Somewhere else" },
          ],
        },
        {
          id: "about.stage",
          kind: "choice",
          role: "stage",
          prompt: "Which describes you now?",
          seconds: 11,
          options: [
            { value: "school", label: "In school (11th or 12th)" },
            { value: "student", label: "At college or university" },
            { value: "graduate", label: "Graduated, looking for work" },
            { value: "working", label: "Working" },
          ],
        },
        {
          id: "about.healthcare-years",
          kind: "choice",
          role: "healthcare-years",
          prompt: "How long have you worked in a healthcare role (for example nursing, pharmacy, lab, hospital admin)?",
          seconds: 16,
          options: [
            { value: "none", label: "Not at all", years: 0 },
            { value: "under-1", label: "Less than a year", years: 0.5 },
            { value: "1-2", label: "1 to 2 years", years: 1 },
            { value: "3-plus", label: "3 years or more", years: 3 },
          ],
        },
        {
          id: "about.coding-years",
          kind: "choice",
          role: "coding-years",
          prompt: "How long have you worked in medical coding or medical billing?",
          seconds: 15,
          options: [
            { value: "none", label: "Not at all", years: 0 },
            { value: "under-1", label: "Less than a year", years: 0.5 },
            { value: "1-2", label: "1 to 2 years", years: 1 },
            { value: "3-5", label: "3 to 5 years", years: 3 },
            { value: "6-plus", label: "6 years or more", years: 6 },
          ],
        },
        {
          id: "about.training",
          kind: "choice",
          role: "training",
          prompt: "What coding training have you done so far?",
          seconds: 17,
          options: [
            { value: "none", label: "None yet" },
            { value: "self-study", label: "Some self-study (videos, books)" },
            { value: "course-in-progress", label: "I'm doing a coding course now" },
            { value: "course-completed", label: "I've completed a coding course" },
            { value: "certified", label: "I hold a coding certification (e.g. CPC, CCA, CCS)" },
          ],
          // The examples name the credentials of the person's market.
          byMarket: {
            uk: { options: { certified: "I hold a coding qualification (e.g. NCCQ)" } },
            canada: { options: { certified: "I hold a coding certification (e.g. CCCS)" } },
          },
        },
      ],
    },
    {
      id: "education",
      title: "Education",
      intro: "Some degrees give you a head start in coding. Pick the one closest to your highest qualification.",
      items: [
        {
          id: "education.degree",
          kind: "choice",
          role: "background",
          prompt: "What is your highest qualification, or the one you are studying for?",
          help: "If yours is not listed, pick the nearest one.",
          seconds: 30,
          options: degreeOrder.map((value) => ({ value, label: degreeLabels.get(value)! })),
        },
      ],
    },
    {
      id: "skills",
      title: "Skills",
      intro:
        "For each skill, pick the statement that is true for you today. Nobody is expected to have these yet: the report uses them to plan where you start.",
      items: [
        level("medical-terminology", "Medical terminology", 40, [
          "I know only everyday words such as fever or fracture.",
          "I know common terms and can guess some from their parts (cardio-, -itis).",
          "I can read a doctor's note and understand most terms without looking them up.",
          "I understand specialist terms across body systems and can explain them to others.",
          "I teach medical terminology or check other people's use of it.",
        ]),
        level("anatomy-physiology", "Anatomy and physiology", 41, [
          "I have not studied how the body works since school, or at all.",
          "I know the main organs and body systems and what they do.",
          "I can link a disease or injury to the body system and part it affects.",
          "I can follow detailed descriptions of procedures and where in the body they happen.",
          "I have clinical or teaching-level knowledge of anatomy and physiology.",
        ]),
        level("icd-coding", "Diagnosis coding (ICD-10-CM)", 40, [
          "I have never looked at a diagnosis code.",
          "I can tell a diagnosis code from a procedure code.",
          "I have looked up diagnosis codes for practice cases in the code book or software.",
          "I have coded practice charts and checked them against the official guidelines.",
          "I code real diagnoses accurately at work, or audit other coders' work.",
        ], { uk: "Diagnosis coding (ICD-10)", canada: "Diagnosis coding (ICD-10-CA)" }),
        level("cpt-coding", "Procedure coding (CPT)", 33, [
          "I have never looked at a procedure code.",
          "I know procedure codes describe what was done to the patient.",
          "I have found procedure codes for simple practice cases.",
          "I have coded practice outpatient procedures and services on my own.",
          "I code real procedures accurately at work, or audit other coders' work.",
        ], { uk: "Procedure coding (OPCS-4)", canada: "Procedure coding (CCI)" }),
        level("documentation-review", "Reading clinical records", 41, [
          "I have never read a clinical record.",
          "I can find basic facts in a report: the patient, the date, the main diagnosis.",
          "I can read a discharge summary and list the diagnoses and procedures in it.",
          "I can spot missing or unclear details in a record that would change the coding.",
          "I review records for others or raise queries with doctors about unclear notes.",
        ]),
        level("coding-guidelines", "Coding guidelines and payer rules", 36, [
          "I did not know coding has official rules.",
          "I know official coding guidelines and payer rules exist.",
          "I have read parts of the guidelines and can apply simple rules with help.",
          "I apply the official guidelines and payer rules on my own.",
          "I follow each year's updates and help others apply the rules.",
        ]),
        level("attention-to-detail", "Attention to detail", 35, [
          "I often miss small errors in my own work.",
          "I catch obvious mistakes when I check carefully.",
          "I routinely double-check numbers, dates and spellings before I finish.",
          "I work through long lists of codes or data with very few errors.",
          "Others rely on me to check their work for accuracy.",
        ]),
        level("billing-basics", "Medical billing basics", 35, [
          "I don't know how hospitals get paid by insurers.",
          "I know a claim goes to an insurer and can be paid or denied.",
          "I understand claims, reimbursement and the common reasons claims are denied.",
          "I have worked on claims or corrected denied claims.",
          "I manage or audit billing and denial work.",
        ]),
        level("ehr-computer", "Computers and health record software", 32, [
          "I rarely use a computer.",
          "I can use email, a browser and simple documents.",
          "I work comfortably with spreadsheets, online forms and search tools.",
          "I have used electronic health records or billing software.",
          "I train others on health record or coding software.",
        ]),
      ],
    },
    {
      id: "temperament",
      title: "Temperament",
      intro: "How much do you agree with each statement? There are no right answers: answer as you are, not as you think a coder should be.",
      items: [
        {
          id: "temperament.notice-small-mistakes",
          kind: "agreement",
          prompt: "I notice small mistakes, like a wrong digit or a misspelt name, that other people miss.",
          seconds: 13,
          keys: [{ trait: "detail-oriented", keyed: "plus" }],
        },
        {
          id: "temperament.rechecking-wastes-time",
          kind: "agreement",
          prompt: "Checking my work a second time feels like a waste of time.",
          seconds: 11,
          keys: [
            { trait: "dislikes-accuracy-checks", keyed: "plus" },
            { trait: "detail-oriented", keyed: "minus" },
          ],
        },
        {
          id: "temperament.checklist-until-right",
          kind: "agreement",
          prompt: "Going through a checklist until everything is exactly right suits me.",
          seconds: 11,
          keys: [
            { trait: "detail-oriented", keyed: "plus" },
            { trait: "dislikes-accuracy-checks", keyed: "minus" },
          ],
        },
        {
          id: "temperament.discharge-summary-interest",
          kind: "agreement",
          prompt: "I would find it interesting to read a patient's discharge summary and work out what happened.",
          seconds: 13,
          keys: [
            { trait: "reads-medical-records", keyed: "plus" },
            { trait: "healthcare-documentation-interest", keyed: "plus" },
          ],
        },
        {
          id: "temperament.medical-reports-off-putting",
          kind: "agreement",
          prompt: "Reports full of unfamiliar medical words would put me off.",
          seconds: 10,
          keys: [
            { trait: "dislikes-healthcare-terminology", keyed: "plus" },
            { trait: "reads-medical-records", keyed: "minus" },
          ],
        },
        {
          id: "temperament.accurate-records-matter",
          kind: "agreement",
          prompt: "I like the idea of work that keeps health records complete and accurate.",
          seconds: 11,
          keys: [{ trait: "healthcare-documentation-interest", keyed: "plus" }],
        },
        {
          id: "temperament.terms-a-chore",
          kind: "agreement",
          prompt: "Learning hundreds of medical terms and code rules sounds like a chore I would avoid.",
          seconds: 12,
          keys: [
            { trait: "dislikes-healthcare-terminology", keyed: "plus" },
            { trait: "learns-terminology-guidelines", keyed: "minus" },
          ],
        },
        {
          id: "temperament.learn-rules-properly",
          kind: "agreement",
          prompt: "When rules are detailed and official, I would rather learn them properly than guess.",
          seconds: 12,
          keys: [
            { trait: "learns-terminology-guidelines", keyed: "plus" },
            { trait: "dislikes-rule-based-systems", keyed: "minus" },
          ],
        },
        {
          id: "temperament.rule-books-frustrate",
          kind: "agreement",
          prompt: "Following strict rule books and guidelines all day would frustrate me.",
          seconds: 11,
          keys: [{ trait: "dislikes-rule-based-systems", keyed: "plus" }],
        },
        {
          id: "temperament.keep-patient-private",
          kind: "agreement",
          prompt: "I would keep a patient's details to myself, even if a friend asked about them.",
          seconds: 12,
          keys: [{ trait: "ethics-confidentiality", keyed: "plus" }],
        },
        {
          id: "temperament.shortcuts-fine",
          kind: "agreement",
          prompt: "Small shortcuts with the rules are fine if nobody seems to be harmed.",
          seconds: 11,
          keys: [{ trait: "ethics-confidentiality", keyed: "minus" }],
        },
        {
          id: "temperament.focus-for-hours",
          kind: "agreement",
          prompt: "I can stay focused on the same kind of task for hours when it matters.",
          seconds: 12,
          keys: [
            { trait: "routine-focus", keyed: "plus" },
            { trait: "dislikes-repetitive-documentation", keyed: "minus" },
          ],
        },
        {
          id: "temperament.similar-tasks-bore",
          kind: "agreement",
          prompt: "Doing similar paperwork every day would bore me quickly.",
          seconds: 10,
          keys: [
            { trait: "dislikes-repetitive-documentation", keyed: "plus" },
            { trait: "routine-focus", keyed: "minus" },
          ],
        },
        {
          id: "temperament.every-day-different",
          kind: "agreement",
          prompt: "I need work where every day brings something new and different.",
          seconds: 11,
          keys: [{ trait: "dislikes-repetitive-documentation", keyed: "plus" }],
        },
        {
          id: "temperament.careful-english",
          kind: "agreement",
          prompt: "I write clear, correct English and notice spelling or grammar errors.",
          seconds: 11,
          keys: [{ trait: "communication-accuracy", keyed: "plus" }],
        },
        {
          id: "temperament.writing-queries-uncomfortable",
          kind: "agreement",
          prompt: "Writing to a doctor or a team lead to explain a problem would make me uncomfortable.",
          seconds: 13,
          keys: [{ trait: "communication-accuracy", keyed: "minus" }],
        },
        {
          id: "temperament.computer-all-day",
          kind: "agreement",
          prompt: "I am happy to spend most of my working day at a computer.",
          seconds: 11,
          keys: [{ trait: "dislikes-desk-computer-work", keyed: "minus" }],
        },
        {
          id: "temperament.desk-drains",
          kind: "agreement",
          prompt: "Sitting at a desk in front of a screen all day would drain me.",
          seconds: 12,
          keys: [{ trait: "dislikes-desk-computer-work", keyed: "plus" }],
        },
      ],
    },
    {
      id: "knowledge",
      title: "Knowledge check",
      intro:
        "Six short questions a curious beginner can reason out. They help us read your skill answers; a wrong answer never counts against your fit.",
      items: [
        {
          id: "knowledge.diagnosis-code-set",
          kind: "knowledge",
          prompt: "A doctor writes that the patient has pneumonia. In the US code sets, which one records the diagnosis?",
          seconds: 17,
          options: [
            { value: "icd-10-cm", label: "ICD-10-CM" },
            { value: "cpt", label: "CPT" },
            { value: "hcpcs", label: "HCPCS" },
            { value: "none", label: "None: diagnoses are not coded" },
            notSure,
          ],
          correct: "icd-10-cm",
          explanation: "In the US code sets, ICD-10-CM codes describe diagnoses: why the patient needed care.",
        },
        {
          id: "knowledge.procedure-code-set",
          kind: "knowledge",
          prompt: "The same patient has a chest X-ray. In the US code sets, which one usually describes a procedure like this?",
          seconds: 16,
          options: [
            { value: "icd-10-cm", label: "ICD-10-CM" },
            { value: "cpt", label: "CPT" },
            { value: "hcpcs", label: "HCPCS" },
            { value: "none", label: "None: procedures are not coded" },
            notSure,
          ],
          correct: "cpt",
          explanation: "CPT codes describe procedures and services, such as a chest X-ray (71046).",
        },
        {
          id: "knowledge.supplies-code-set",
          kind: "knowledge",
          prompt: "A US clinic records a drug it supplied and injected. In the US code sets, which one covers supplies and drugs like this?",
          seconds: 17,
          options: [
            { value: "icd-10-cm", label: "ICD-10-CM" },
            { value: "cpt", label: "CPT" },
            { value: "hcpcs", label: "HCPCS" },
            notSure,
          ],
          correct: "hcpcs",
          explanation: "HCPCS extends CPT to supplies, drugs and equipment; injected drugs have \"J\" codes such as J3410.",
        },
        {
          id: "knowledge.read-a-code",
          kind: "knowledge",
          prompt: "What does the code J18.9 most likely stand for?",
          seconds: 15,
          options: [
            { value: "diagnosis", label: "A diagnosis (pneumonia)" },
            { value: "procedure", label: "A procedure (a chest X-ray)" },
            { value: "supply", label: "A supply (a syringe)" },
            { value: "amount", label: "The amount billed" },
            notSure,
          ],
          correct: "diagnosis",
          explanation: "J18.9 is the ICD-10 code for pneumonia with the organism not specified.",
        },
        {
          id: "knowledge.coding-error-effect",
          kind: "knowledge",
          prompt: "A claim goes to the insurer with a wrong code. What is the most likely result?",
          seconds: 19,
          options: [
            { value: "denied", label: "The claim is denied or delayed" },
            { value: "treatment", label: "The patient's treatment changes" },
            { value: "reexamined", label: "The patient must be examined again" },
            { value: "nothing", label: "Nothing: insurers ignore codes" },
            notSure,
          ],
          correct: "denied",
          explanation: "Insurers pay by the codes, so a wrong code leads to a denied, delayed or wrong payment.",
        },
        {
          id: "knowledge.suffix-itis",
          kind: "knowledge",
          prompt: "What does the ending \"-itis\" mean in words like appendicitis and bronchitis?",
          seconds: 12,
          options: [
            { value: "inflammation", label: "Inflammation" },
            { value: "removal", label: "Surgical removal" },
            { value: "pain", label: "Pain" },
            { value: "enlargement", label: "Enlargement" },
            notSure,
          ],
          correct: "inflammation",
          explanation: "-itis means inflammation; surgical removal is -ectomy.",
        },
      ],
    },
  ],
};
