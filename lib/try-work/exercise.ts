/**
 * "Try the work": three short clinical notes written for this exercise (no real patients), one
 * question each, diagnosis, procedure and supply. Every code is either one of the examples the
 * profile's code sets name (content.ts `codeSets`, from seeds 002 and 003) or a public ICD-10-CM
 * code, and each records where it comes from. CPT belongs to the AMA: only the seeds' two CPT
 * examples appear, and no other CPT code or descriptor.
 */
import type { Exercise } from "./schema";
import { TRY_WORK_VERSION } from "./version";

export { TRY_WORK_VERSION };

/** Where the public ICD-10-CM codes below come from. */
const ICD_10_CM = "ICD-10-CM Tabular List of Diseases and Injuries (CDC National Center for Health Statistics and CMS)";

export const tryWorkExercise: Exercise = {
  version: TRY_WORK_VERSION,
  codes: [
    {
      code: "S61.211A",
      set: "icd-10-cm",
      meaning: "Cut, left index finger, nothing left in it, nail intact; initial encounter",
      source: {
        kind: "seed",
        seed: "002",
        checkedAgainst: ICD_10_CM,
        // The seed's gloss (right index finger, with a foreign body) describes S61.220A, not this
        // code. The 7th character A is "initial encounter": the patient is receiving active
        // treatment, which is not the same as "the first visit".
        correction:
          "Seed 002 says right index finger, with a foreign body; the code set says left index finger, without a foreign body. 'A' means active treatment, not first visit.",
      },
    },
    {
      code: "S61.210A",
      set: "icd-10-cm",
      meaning: "Cut, right index finger, nothing left in it, nail intact; initial encounter",
      source: { kind: "public-icd-10-cm", reference: ICD_10_CM },
    },
    {
      code: "S61.221A",
      set: "icd-10-cm",
      meaning: "Cut, left index finger, object left in it, nail intact; initial encounter",
      source: { kind: "public-icd-10-cm", reference: ICD_10_CM },
    },
    {
      code: "S61.211D",
      set: "icd-10-cm",
      meaning: "Cut, left index finger, nothing left in it, nail intact; subsequent encounter",
      source: { kind: "public-icd-10-cm", reference: ICD_10_CM },
    },
    {
      code: "71046",
      set: "cpt",
      meaning: "Chest X-ray",
      source: { kind: "seed", seed: "003" },
    },
    {
      code: "12001",
      set: "cpt",
      meaning: "Simple repair of a shallow wound, 2.5 cm or less",
      source: { kind: "seed", seed: "002" },
    },
    {
      code: "J18.9",
      set: "icd-10-cm",
      meaning: "Pneumonia, germ not named",
      source: { kind: "seed", seed: "003", checkedAgainst: ICD_10_CM },
    },
    {
      code: "R05.9",
      set: "icd-10-cm",
      meaning: "Cough, unspecified",
      source: { kind: "public-icd-10-cm", reference: ICD_10_CM },
    },
    {
      code: "J3410",
      set: "hcpcs",
      meaning: "Injection of hydroxyzine, up to 25 mg",
      source: {
        kind: "seed",
        seed: "002",
        checkedAgainst: "HCPCS Level II code set (CMS, public)",
        correction: "Seed 002 glosses J3410 as a tetanus toxoid injection; the HCPCS code set lists it as hydroxyzine HCl by injection, up to 25 mg.",
      },
    },
    {
      code: "L50.9",
      set: "icd-10-cm",
      meaning: "Hives (urticaria), cause not named",
      source: { kind: "public-icd-10-cm", reference: ICD_10_CM },
    },
  ],
  notes: [
    {
      id: "finger-cut",
      setting: "Urgent care visit",
      lines: [
        { label: "Patient", text: "Man, 34. Cut his left index finger with a kitchen knife an hour ago." },
        { label: "Exam", text: "2 cm cut, left index finger. Nothing left in the wound. Nail not damaged." },
        { label: "Treatment", text: "Cleaned and closed with three stitches." },
        { label: "Plan", text: "Stitches out in 10 days." },
      ],
      question: {
        id: "finger-cut-diagnosis",
        kind: "diagnosis",
        prompt: "Which diagnosis code fits this visit?",
        options: [
          {
            id: "s61-210a",
            code: "S61.210A",
            correct: false,
            explanation: "Wrong side: this code is the right index finger, and the note says left.",
          },
          {
            id: "s61-211a",
            code: "S61.211A",
            correct: true,
            explanation: "Left index finger, nothing in it, nail intact, and active treatment today: that is what A means.",
          },
          {
            id: "s61-221a",
            code: "S61.221A",
            correct: false,
            explanation: "For a wound with something left in it; the exam found nothing.",
          },
          {
            id: "s61-211d",
            code: "S61.211D",
            correct: false,
            explanation: "D is for routine care once active treatment has ended, while the cut heals, like taking the stitches out. A means active treatment, not first visit."
          },
        ],
        takeaway: "One character changes the side or the stage of care. The stitches get their own CPT code: 12001.",
      },
    },
    {
      id: "chest-x-ray",
      setting: "Clinic visit",
      lines: [
        { label: "Patient", text: "Woman, 58. Cough and fever for four days." },
        { label: "Test", text: "Chest X-ray today, two views: a patchy shadow in the lower right lung." },
        { label: "Assessment", text: "Pneumonia; the germ is not identified." },
        { label: "Plan", text: "Antibiotic tablets; review in three days." },
      ],
      question: {
        id: "chest-x-ray-procedure",
        kind: "procedure",
        prompt: "Which code records the test done today?",
        options: [
          {
            id: "j18-9",
            code: "J18.9",
            correct: false,
            explanation: "The diagnosis: why the X-ray was done, not what was done.",
          },
          {
            id: "71046",
            code: "71046",
            correct: true,
            explanation: "Procedures come from CPT, and 71046 is the chest X-ray code the sources give.",
          },
          {
            id: "r05-9",
            code: "R05.9",
            correct: false,
            explanation: "A symptom code. Once pneumonia is named, its usual symptoms are not coded.",
          },
          {
            id: "12001",
            code: "12001",
            correct: false,
            explanation: "A procedure, but for stitching a wound, which was not done here.",
          },
        ],
        takeaway: "The claim pairs what was done with why: 71046 with J18.9.",
      },
    },
    {
      id: "hives-injection",
      setting: "Walk-in clinic",
      lines: [
        { label: "Patient", text: "Woman, 22. Itchy red welts on both arms since this morning." },
        { label: "Exam", text: "Hives on both forearms; lips not swollen; breathing normal." },
        { label: "Treatment", text: "Hydroxyzine 25 mg injected, from the clinic's own stock." },
        { label: "Assessment", text: "Hives (urticaria), cause not known." },
      ],
      question: {
        id: "hives-injection-supply",
        kind: "supply",
        prompt: "Which code records the drug the clinic supplied?",
        options: [
          {
            id: "l50-9",
            code: "L50.9",
            correct: false,
            explanation: "The diagnosis: why the drug was given, not which drug.",
          },
          {
            id: "none",
            code: null,
            label: "The drug is part of the visit",
            correct: false,
            explanation: "A drug from the clinic's stock is billed on its own line, with its own code.",
          },
          {
            id: "j3410",
            code: "J3410",
            correct: true,
            explanation: "HCPCS J codes cover injected drugs. J3410 counts hydroxyzine in units of up to 25 mg: this dose is one unit.",
          },
        ],
        takeaway: "Drugs and supplies have HCPCS codes of their own.",
      },
    },
  ],
};
