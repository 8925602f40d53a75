/**
 * Every source a profile fact may cite, by id. A fact's `source` names one or more of these ids,
 * and tests/unit/sources.test.ts fails if any fact names an id that is not here, or if an entry
 * lacks what a reader needs to find it again.
 *
 * - The five seed documents ("000"…"004"): saved copies of public pages, kept in the project's
 *   shared seeds folder under `file`. Their saved copies carry no web addresses.
 * - Public pages from outside the seeds: `url`, `publisher` and the day they were read. A fact
 *   may come from one only if the page states it.
 * - "ours": Coder Fit's own reasoning from the other sources (for example which skills a degree
 *   usually brings). Shown to readers as ours, never as a source's words.
 */

export type SeedSource = { kind: "seed"; title: string; file: string };
export type PublicSource = {
  kind: "public";
  title: string;
  /** Who publishes the page (an organisation, not a person). */
  publisher: string;
  /** The publisher in a few words, where a report names its sources in one line ("IHRIM"). */
  shortName?: string;
  /** The address as it was read (a few older official pages answer over http only). */
  url: `https://${string}` | `http://${string}`;
  /** The day the page was read, YYYY-MM-DD. */
  accessed: string;
};
export type OwnReasoning = { kind: "ours"; title: string };
export type SourceEntry = SeedSource | PublicSource | OwnReasoning;

export const sources = {
  "000": { kind: "seed", title: "Medical Coder (Pan-India)", file: "000_881a1d27ae56bdc6.txt" },
  "001": { kind: "seed", title: "Medical Coding Career in India", file: "001_602af250c81555f8.txt" },
  "002": { kind: "seed", title: "Medical coding jobs: a guide for graduates", file: "002_e874ca6630380da5.txt" },
  "003": {
    kind: "seed",
    title: "Medical Coding: A Complete Guide to the Career, Importance, and Future Scope",
    file: "003_6174f08b8efb2251.txt",
  },
  "004": { kind: "seed", title: "Medical Coder – How to become a Medical Coder?", file: "004_ed2f0772294fbe14.txt" },
  // Public pages from outside the seeds (kind "public") go here, before "ours".
  // The UK: NHS job titles, code sets, the NCCQ and pay by Agenda for Change band.
  "dhcw-about-clinical-classifications": {
    kind: "public",
    title: "About Clinical Classifications and Coding",
    publisher: "Digital Health and Care Wales (NHS Wales)",
    url: "https://dhcw.nhs.wales/data/information-standards/clinical-classifications-and-terminology-standards/about-clinical-classifications-and-coding/",
    accessed: "2026-12-06",
  },
  "nhs-digital-clinical-classifications": {
    kind: "public",
    title: "Clinical Classifications",
    publisher: "NHS Digital",
    url: "https://digital.nhs.uk/services/terminology-and-classifications/clinical-classifications",
    accessed: "2026-12-06",
  },
  "ihrim-nccq-administration": {
    kind: "public",
    title: "NCCQ Administration Process",
    publisher: "Institute of Health Records and Information Management (IHRIM)",
    url: "https://ihrim.co.uk/news-blogs-and-events/32-news/general/233-nccq-administration-process",
    accessed: "2026-12-06",
  },
  "ihrim-nccq-2020-faqs": {
    kind: "public",
    title: "National Clinical Coding Qualification - March & September 2020 Cancellations - FAQs",
    publisher: "Institute of Health Records and Information Management (IHRIM)",
    shortName: "IHRIM",
    url: "https://ihrim.co.uk/news-blogs-and-events/32-news/general/491-national-clinical-coding-qualification-march-september-2020-cancellations-faqs",
    accessed: "2026-12-06",
  },
  "fedip-trainee-clinical-coder": {
    kind: "public",
    title: "Trainee Clinical Coder",
    publisher: "Federation for Informatics Professionals (FEDIP) job profiles",
    url: "https://job-profiles.fedip.org/database/trainee-clinical-coder/",
    accessed: "2026-12-06",
  },
  "nhs-jobs-leeds-clinical-coding-specialist": {
    kind: "public",
    title: "Clinical Coding Specialist (XN05)",
    publisher: "NHS Jobs (advert by Leeds Teaching Hospitals NHS Trust)",
    url: "https://beta.jobs.nhs.uk/candidate/jobadvert/C9298-INF-226",
    accessed: "2026-12-06",
  },
  "nhs-jobs-tameside-senior-clinical-coder": {
    kind: "public",
    title: "Senior Clinical Coder",
    publisher: "NHS Jobs (advert by Tameside and Glossop Integrated Care NHS Foundation Trust)",
    url: "https://www.jobs.nhs.uk/candidate/jobadvert/C9245-23-0447",
    accessed: "2026-12-06",
  },
  "nhs-digital-clinical-coding-auditor-programme": {
    kind: "public",
    title: "Clinical Coding Auditor Programme",
    publisher: "NHS Digital (Delen)",
    url: "https://hscic.kahootz.com/t_c_home/view?objectId=14461392",
    accessed: "2026-12-06",
  },
  "fedip-clinical-coding-trainer": {
    kind: "public",
    title: "Clinical Coding Trainer",
    publisher: "Federation for Informatics Professionals (FEDIP) job profiles",
    url: "https://job-profiles.fedip.org/database/clinical-coding-trainer/",
    accessed: "2026-12-06",
  },
  "nhs-careers-wider-healthcare-team-pay": {
    kind: "public",
    title: "Pay for wider healthcare team staff",
    publisher: "NHS Careers",
    shortName: "NHS Careers",
    url: "http://www.nhscareers.nhs.uk/explore-by-career/wider-healthcare-team/pay-for-wider-healthcare-team-staff/",
    accessed: "2026-12-06",
  },
  // A secondary page: the official NHS Employers pay table was not among the pages we could read.
  "nhs-pay-bands-2025-26": {
    kind: "public",
    title: "NHS Pay Bands 2025/26",
    publisher: "NHS Take Home Pay Calculator, an independent site not run by the NHS",
    shortName: "NHS Take Home Pay Calculator (independent of the NHS)",
    url: "https://nhstakehomepaycalculator.co.uk/guides/nhs-pay-bands-2025-26",
    accessed: "2026-12-06",
  },
  // Canada: titles, the Canadian code sets, accredited programmes and CCHIM's credentials.
  "cihi-icd-10-ca": {
    kind: "public",
    title: "ICD-10-CA",
    publisher: "Canadian Institute for Health Information (CIHI)",
    url: "https://www.cihi.ca/en/submit-data-and-view-standards/codes-and-classifications/icd-10-ca",
    accessed: "2026-12-06",
  },
  "cchim-certification": {
    kind: "public",
    title: "Certification",
    publisher: "Canadian College of Health Information Management (CCHIM)",
    url: "https://www.echima.ca/cchim/certification",
    accessed: "2026-12-06",
  },
  "cchim-cccs-guide": {
    kind: "public",
    title: "CCCS NCE guide",
    publisher: "Canadian College of Health Information Management (CCHIM)",
    url: "https://cchim.ca/certification/cccs/cccs-nce-guide/",
    accessed: "2026-12-06",
  },
  "esdc-noc-2016-health-information-management": {
    kind: "public",
    title: "1252 – Health information management occupations (NOC 2016 Version 1.3)",
    publisher: "Employment and Social Development Canada",
    url: "https://noc.esdc.gc.ca/Structure/NocProfile?objectid=zlVzbB4dMz9EDA%2BWfpKamtllP9HT3lMympOGYtqyyBc%3D",
    accessed: "2026-12-06",
  },
  "nova-scotia-him-workers": {
    kind: "public",
    title: "Health Information Management Workers",
    publisher: "Government of Nova Scotia (Explore Careers)",
    url: "https://explorecareers.novascotia.ca/occupation/51",
    accessed: "2026-12-06",
  },
  "alis-him-professional": {
    kind: "public",
    title: "Health Information Management Professional",
    publisher: "Government of Alberta (alis)",
    url: "https://alis.alberta.ca/occinfo/occupations-in-alberta/occupation-profiles/health-information-management-professional/",
    accessed: "2026-12-06",
  },
  // The code sets' own descriptions of the seeds' example codes, where the seeds get them wrong.
  // Secondary pages that quote the published code sets (CMS/NCHS for ICD-10-CM, CMS for HCPCS);
  // the official downloads were not among the pages we could read.
  "legalclarity-left-index-finger-laceration": {
    kind: "public",
    title: "Left Index Finger Laceration ICD-10: Codes and Billing Tips",
    publisher: "LegalClarity",
    url: "https://legalclarity.org/left-index-finger-laceration-icd-10-codes-and-billing-tips/",
    accessed: "2026-12-06",
  },
  "genhealth-hcpcs-j3410": {
    kind: "public",
    title: "Injection, hydroxyzine hcl, up to 25 mg (HCPCS code J3410)",
    publisher: "GenHealth.ai medical code search",
    url: "https://genhealth.ai/code/hcpcs/J3410-injection-hydroxyzine-hcl-up-to-25-mg",
    accessed: "2026-12-06",
  },
  // US credentials whose full names, issuers and focus the seeds do not give (they name only the
  // codes). AAPC's own pages for its credentials; for AHIMA's RHIT and RHIA, secondary pages (the
  // ahima.org pages we could read were on staging hosts, not addresses a reader can rely on).
  "aapc-coc": {
    kind: "public",
    title: "Certified Outpatient Coder (COC)® certification",
    publisher: "AAPC",
    url: "https://www.aapc.com/certifications/coc",
    accessed: "2026-12-06",
  },
  "aapc-cic": {
    kind: "public",
    title: "Certified Inpatient Coder (CIC)",
    publisher: "AAPC",
    url: "https://www.aapc.com/certification/cic/",
    accessed: "2026-12-06",
  },
  "aapc-cpc-p": {
    kind: "public",
    title: "Certified Professional Coder-Payer (CPC-P®)",
    publisher: "AAPC",
    url: "https://www.aapc.com/certification/cpc-p/",
    accessed: "2026-12-06",
  },
  // An older AAPC page (it still names ICD-9-CM), at the address it was read at.
  "aapc-cpb": {
    kind: "public",
    title: "Certified Professional Biller (CPB™)",
    publisher: "AAPC",
    url: "http://www.aapc.com/certification/medical-billing-certification.aspx",
    accessed: "2026-12-06",
  },
  "himdegree-rhit": {
    kind: "public",
    title: "RHIT Certification",
    publisher: "HIMdegree.org, an independent education guide not run by AHIMA",
    url: "https://www.himdegree.org/certification/rhit/",
    accessed: "2026-12-06",
  },
  "wikipedia-rhia": {
    kind: "public",
    title: "Registered health information administrator",
    publisher: "Wikipedia",
    url: "https://en.wikipedia.org/wiki/Registered_health_information_administrator",
    accessed: "2026-12-06",
  },
  ours: { kind: "ours", title: "Coder Fit's own reasoning" },
} as const satisfies Record<string, SourceEntry>;

export type SourceId = keyof typeof sources;
/** The ids of the seed documents ("000"…"004"). */
export type SeedSourceId = { [K in SourceId]: (typeof sources)[K] extends SeedSource ? K : never }[SourceId];

/** Every source id in the order the career page numbers them: the seeds, public pages, then ours. */
export const SOURCE_IDS = Object.keys(sources) as [SourceId, ...SourceId[]];

export function sourceEntry(id: SourceId): SourceEntry {
  return sources[id];
}
