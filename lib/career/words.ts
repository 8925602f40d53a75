/**
 * The career profile page's own words: headings, intros, labels and the formats that put a
 * number into a phrase. Every fact on the page comes from lib/profiles; nothing here is a fact
 * about the career except the description of each seed document in `sourceDocuments`.
 */
import type { MarketId, SeedSourceId } from "@/lib/profiles";

type Range = { min: number; max: number | null };
type MoneyRange = { min: number; max: number; openEnded: boolean };

/** "2", "2.5": no trailing zeros. */
function plain(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function rupees(value: number): string {
  return value.toLocaleString("en-IN");
}

function pounds(value: number): string {
  return value.toLocaleString("en-GB");
}

function dollars(value: number): string {
  return value.toLocaleString("en-US");
}

/** Markets as they read inside a sentence. */
const marketInPhrase: Record<MarketId, string> = {
  india: "India",
  usa: "the USA",
  uk: "the UK",
  canada: "Canada",
  other: "other countries",
};

export const careerWords = {
  path: "/careers/medical-coder",
  tryPath: "/careers/medical-coder/try",

  meta: {
    title: "What does a medical coder do?",
    description:
      "The Medical Coder career in plain words: the daily work, the code sets, skills, education, courses and certifications, pay in India, the USA and the NHS, and the source behind every fact.",
    ogAlt: "Coder Fit: what a medical coder does, from the daily work to pay and certifications",
    ogEyebrow: "Career profile",
    ogHeadline: "What does a medical coder do?",
    ogLine: "The work, skills, training and pay, with a source for every fact",
    ogButton: "Read the profile",
  },

  /** The links into this page: from the quiz start, the home page and the report. */
  entryLink: "What does a medical coder do?",
  homeLink: "Read the full career profile",
  reportLink: "What a medical coder does",

  hero: {
    eyebrow: "Career profile",
    title: "Medical Coder",
    sourcesNote:
      "The small numbered links after each fact name the public document it comes from; the list is at the end of each page.",
  },

  tryWork: {
    title: "Try the work",
    body: "Get a feel for the job before you decide: a short hands-on exercise with sample records, like the work a coder does every day.",
    action: "Try the work",
  },

  toc: { heading: "The career profile", here: "this page", next: "Next in the profile", back: "Back to contents" },

  /** The profile's three pages: the contents name each, and a page other than the first opens with its title and lead. */
  pages: {
    work: { nav: "The work" },
    path: {
      nav: "Getting in and getting on",
      title: "Getting in and getting on",
      lead: "Which degrees prepare you, the order to learn the skills in, how long each phase takes, where the work leads, what it pays, and the questions people ask before they start.",
      meta: {
        title: "How to become a medical coder: education, path and pay",
        ogAlt: "Coder Fit: how to become a medical coder, from the degrees that fit to pay at each stage",
        ogLine: "Degrees, the learning path, career stages and pay, with a source for every fact",
        description:
          "The degrees that fit medical coding, the learning path and its timeline, career stages with years of experience, pay in India, the USA and the NHS, and common questions, each with its source.",
      },
    },
    certifications: {
      nav: "Certifications",
      title: "Certifications",
      lead: "Which credential counts in each country and when people usually take it, then every credential with who awards it, its exam and what it suits.",
      meta: {
        title: "Medical coding certifications by country",
        ogAlt: "Coder Fit: which medical coding certification counts in India, the USA, the UK and Canada",
        ogLine: "Which credential counts where, who awards it and what the exam involves, with sources",
        description:
          "Which medical coding credential counts in India, the USA, the UK and Canada, when people usually take it, who awards each one and what its exam involves, each with its source.",
      },
    },
    courses: {
      nav: "Courses and programmes",
      title: "Courses and programmes",
      lead: "The kinds of course you can take, how long each runs and who it suits, then named programmes and institutions country by country.",
      meta: {
        title: "Medical coding courses and programmes by country",
        ogAlt: "Coder Fit: medical coding courses and named programmes in India, the USA, the UK and Canada",
        ogLine: "Kinds of course, how long they take and named programmes by country, with sources",
        description:
          "The kinds of medical coding course, how long each takes and who it suits, and named programmes and institutions in India, the USA, the UK, Canada and elsewhere, each with its source.",
      },
    },
  },
  /** The small line above a later page's title, linking back to the first page. */
  profileEyebrow: "Medical Coder career profile",

  sections: {
    work: { nav: "The work", title: "What the work is" },
    day: { nav: "A day's work", title: "A day's work", intro: "What a coder does on a normal day, and what the work leaves behind." },
    codeSets: {
      nav: "Code sets",
      title: "The code sets",
      intro: "Coders pick codes from standard code sets. Each example shows one real code and what it stands for.",
    },
    skills: {
      nav: "Skills",
      title: "Skills the work needs",
      intro:
        "Each skill has the level a working coder needs, on a scale from 0 (not started) to 4 (expert), and how much it matters.",
    },
    temperament: {
      nav: "Who it suits",
      title: "Who the work suits",
      intro: "Temperament matters as much as knowledge: these are the traits that help, and the ones that make the work hard going.",
    },
    education: {
      nav: "Education",
      title: "Education",
      intro: "Which degrees prepare you best, with a fit score out of 100, and the least each country asks for.",
    },
    learning: {
      nav: "Learning path",
      title: "How to get there",
      intro: "The skills build on each other in a set order. The journey after them shows roughly how many months each phase takes.",
    },
    progression: {
      nav: "Career stages",
      title: "Career stages",
      intro: "Where the work can lead, with the years of experience each stage usually takes.",
    },
    pay: {
      nav: "Pay",
      title: "Pay",
      intro: "Salary ranges from the sources, by country and in that country's own currency.",
    },
    certifications: {
      nav: "Certifications",
      title: "Certifications",
      intro: "Which credential counts depends on where you will work. First the picture country by country, then every credential.",
    },
    training: {
      nav: "Courses",
      title: "Courses and programmes",
      intro: "The kinds of course you can take and how long each runs, then named programmes and institutions by country.",
    },
    outlook: {
      nav: "Pros, cons and outlook",
      title: "Benefits, challenges and outlook",
      intro: "What draws people to the work, what they find hard, and where the field is heading.",
    },
    similar: {
      nav: "Similar careers",
      title: "Similar careers",
      intro: "Careers that use some of the same skills, and how each one differs.",
    },
    faqs: { nav: "Questions", title: "Questions people ask" },
    sources: {
      nav: "Sources",
      title: "Sources",
      intro:
        "Every fact on this page carries the number of the source it comes from: five public documents about the career, other public pages for what they leave out or get wrong (official ones where we could read them), and our own reasoning where we drew a conclusion ourselves. The wording on this page is our own.",
    },
  },

  work: {
    responsibilities: "Responsibilities",
    tools: "Tools",
    toolsLead: "The jobs coders use software and reference tools for.",
    toolsCodeSets: "The code sets coders choose from",
    settings: "Where coders work",
    whyCodesMatter: "Why the codes matter",
    roles: "Job titles",
    rolesLead: "The titles the sources name, by career stage and across the field. The career stages further down give the years each stage takes.",
    rolesByStage: "From trainee to manager",
    rolesInField: "Across the field",
  },

  day: {
    tasks: "Daily tasks",
    schedule: "Working hours",
    outputs: "What the work produces",
    frequency: {
      daily: "Every day",
      "daily/weekly": "Daily or weekly",
      "weekly/monthly": "Weekly or monthly",
    } as Record<string, string>,
  },

  codeSets: {
    examples: "Examples",
    /** A seed's mistake, set right: "Correction: source 3 says …, but …". */
    correction: "Correction:",
    correctionBut: ", but ",
    cptNote:
      "CPT codes and their descriptions belong to the American Medical Association, so only these two examples are shown, in our own words.",
    icd11: "What comes after ICD-10",
  },

  skills: {
    /** The seed's kind of skill, in words. */
    type: {
      healthcare: "Healthcare knowledge",
      coding_system: "Code set",
      analytical: "Analysis",
      compliance: "Compliance",
      soft_skill: "Personal skill",
      revenue_cycle: "Revenue cycle",
      technical: "Technical",
    } as Record<string, string>,
    needs: "Level needed",
    usedFor: "Used for",
    /** Before a skill's name and use in one market: "In the UK". */
    inMarket: (market: MarketId) => `In ${marketInPhrase[market]}`,
    importance: (importance: string) => `${importance.charAt(0).toUpperCase()}${importance.slice(1)} importance`,
    /** The level the work needs, with the source's own label: "level 2 of 4 (intermediate)". */
    levelWithLabel: (levelText: string, label: string) => `${levelText} (${label})`,
  },

  temperament: {
    goodFit: "Traits that help",
    notIdeal: "Traits that make it hard going",
    atWork: "At work",
  },

  education: {
    backgrounds: "Degrees and how well they fit",
    fitScore: (score: number) => `${score} / 100`,
    fitScoreLabel: "Fit score",
    preferred: "Preferred by employers",
    notPreferred: "Not a preferred background",
    compare: "Compare backgrounds in detail",
    minimum: "The least each country asks for",
    employerAsks: "What employers ask for",
  },

  learning: {
    path: "The learning path",
    pathLead: "Six steps, each ending in something you can show.",
    step: (step: number, total: number) => `Step ${step} of ${total}`,
    task: "Task",
    output: "You produce",
    journey: "The journey, month by month",
    phase: (phase: number) => `Phase ${phase}`,
    /** Before an activity that applies in some countries only: "In India, the USA and other countries:". */
    inMarkets: (markets: readonly MarketId[]) => {
      const names = markets.map((market) => marketInPhrase[market]);
      return `In ${names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`}:`;
    },
    result: "Result",
    projects: "Practice projects",
    projectsLead: "Small pieces of work that show an employer what you can do.",
    proof: "What you end up with",
    projectType: { coding_practice: "Coding practice", quality: "Quality" } as Record<string, string>,
    skillsUsed: "Skills",
  },

  progression: {
    roles: "Job titles",
    /** "0–2 years of experience", "Up to 6 months of experience", "6+ years of experience". */
    years: (years: Range) => {
      if (years.max === null) return `${plain(years.min)}+ years of experience`;
      if (years.max < 1) return `Up to ${Math.round(years.max * 12)} months of experience`;
      return `${plain(years.min)}–${plain(years.max)} years of experience`;
    },
  },

  pay: {
    india: "India, in rupees (INR)",
    usa: "United States, in US dollars (USD)",
    uk: "United Kingdom, NHS pay in pounds (GBP)",
    noFigures: "Canada",
    noFiguresText: "Our sources give no salary figures for Canada, so none are shown here rather than guessed.",
    band: "Agenda for Change band",
    /** "England, 2025/26": NHS pay scales differ by nation and change every April. */
    payScale: (country: string, payYear: string) => `${country}, ${payYear}`,
    payScaleLabel: "Pay scale",
    experience: "Experience",
    perYear: "Per year",
    perMonth: "Per month",
    raisesPay: "What raises pay",
    /** "₹2.5–4 lakh a year", "₹6–9+ lakh a year". */
    inrAnnual: (lakh: MoneyRange) => `₹${plain(lakh.min)}–${plain(lakh.max)}${lakh.openEnded ? "+" : ""} lakh a year`,
    /** "₹20,000–35,000 a month". */
    inrMonthly: (inr: MoneyRange) => `₹${rupees(inr.min)}–${rupees(inr.max)}${inr.openEnded ? "+" : ""} a month`,
    /** "$30,000–40,000 a year"; an open-ended tier with one figure is "$80,000+ a year". */
    usdAnnual: (usd: MoneyRange) =>
      usd.openEnded && usd.min === usd.max
        ? `$${dollars(usd.min)}+ a year`
        : `$${dollars(usd.min)}–${dollars(usd.max)}${usd.openEnded ? "+" : ""} a year`,
    /** "£24,937–£26,598 a year". */
    gbpAnnual: (gbp: MoneyRange) =>
      gbp.openEnded && gbp.min === gbp.max
        ? `£${pounds(gbp.min)}+ a year`
        : `£${pounds(gbp.min)}–£${pounds(gbp.max)}${gbp.openEnded ? "+" : ""} a year`,
  },

  certifications: {
    byCountry: "Country by country",
    roleTitle: "Job title",
    minimum: "Minimum education",
    credentials: "Credentials that count",
    wayIn: "The usual way in",
    stageRoles: "Job titles by stage",
    stageRole: (stage: string, roles: string[]) => `${stage}: ${roles.join(", ")}`,
    all: "Every credential",
    issuer: "Issued by",
    eligibility: "Who can sit it",
    markets: "Counts in",
    level: {
      entry: "Entry level",
      core: "Core credential",
      advanced: "Advanced",
      specialty: "Specialty",
      "degree-based": "Degree-based",
    } as Record<string, string>,
  },

  training: {
    courseTypes: "Kinds of course",
    duration: "Duration",
    bestFor: "Best for",
    providers: "Where to find one",
    programmes: "Programmes and institutions by country",
    programmesLead: "Named in the sources as good places to study; open a country to see its list.",
    programmeCount: (count: number) => `${count} ${count === 1 ? "programme" : "programmes"}`,
  },

  outlook: {
    benefits: "Benefits",
    challenges: "Challenges",
    future: "Future scope",
  },

  similar: { shares: "What it shares", differs: "How it differs" },

  faqs: { tips: "Tips for beginners" },

  /** Where the sources disagree: "Sources differ on …: source 3 says …; sources 1 and 5 say …." */
  sourcesDiffer: {
    lead: (topic: string) => `Sources differ on ${topic}:`,
    source: (count: number) => (count === 1 ? "source" : "sources"),
    says: (count: number) => (count === 1 ? "says" : "say"),
    and: "and",
  },

  /** "Source" before a marker's number, for screen readers. */
  sourceLabel: "Source",
  /** How a public page from outside the seeds is described in the Sources list. */
  publicSource: {
    kind: (publisher: string) => `A public page by ${publisher}.`,
    read: (isoDate: string) => `Read on ${new Date(`${isoDate}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}.`,
  },
  /** The "ours" source: conclusions we drew ourselves, marked so nobody takes them for a source's words. */
  ownReasoning: {
    kind: "Not a document: conclusions Coder Fit drew from the sources above.",
    holds:
      "For example which skills a degree usually brings and what each background must add. Read these as our judgement, not as something a source states.",
  },
  sourcesLabel: "Sources",

  end: {
    title: "See how well you fit",
    body: "The assessment compares your education, skills and temperament with the work described here, and gives you a plan for your country.",
    action: "Take the assessment",
  },

  markets: {
    india: "India",
    usa: "United States",
    uk: "United Kingdom",
    canada: "Canada",
    other: "Other countries",
  } as Record<MarketId, string>,
};

/**
 * The five seed documents, numbered 1–5 on the page (file 000 is source 1). Each is named by what
 * it is, since the saved copies carry no web addresses.
 */
export const sourceDocuments: Record<SeedSourceId, { kind: string; holds: string }> = {
  "000": {
    kind: "A career profile on a career-finder site, for all of India.",
    holds:
      "The role, who it suits and who it does not, nine skills with levels, five degrees with fit scores, the learning path, daily and monthly outputs, career stages, practice projects, challenges and common questions.",
  },
  "001": {
    kind: "An article on coding as a career in India.",
    holds:
      "Offshore coding for the USA, the traits a coder needs, useful degrees, the CPC, CRC, CCA and CCS credentials, the steps to certification and computer-assisted coding.",
  },
  "002": {
    kind: "A guide on Leverage Edu, a study-abroad site.",
    holds:
      "The code sets with examples, entry requirements, a five-phase journey, programmes in the USA, UK, Canada and India, course types in India, job roles by stage, salaries in India and common questions.",
  },
  "003": {
    kind: "A general career guide.",
    holds:
      "Code examples, daily tasks, skills, roles, salaries in the USA, benefits, challenges, future scope and tips for beginners.",
  },
  "004": {
    kind: "A short career page for India.",
    holds: "Qualifications and eligibility in India, the steps into the job and the skills it asks for.",
  },
};
