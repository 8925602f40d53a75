/**
 * Descriptive content for the Medical Coder profile: what the work is, where it happens, code
 * sets, credentials, pathways, pay, challenges, FAQs and programmes. Facts come from the seed
 * documents in /work/shared/seeds (cited per item in `source`); all wording is our own.
 *
 * CPT is owned by the American Medical Association: only the two example codes given in the
 * seeds (12001, 71046) appear here, each with a short plain-English meaning, never a descriptor.
 */
import type { ProfileContent } from "../schema";

export const medicalCoderContent = {
  summary: {
    text:
      "A medical coder reads what doctors, labs and hospitals write about a patient and turns it into standard codes: ICD-10-CM for diagnoses, CPT for procedures and HCPCS for supplies and extra services. Insurers and hospitals use these codes to pay claims, keep records and track health trends. In India, most coding work is done for healthcare clients in the USA.",
    source: ["000", "001", "002", "003"],
  },

  work: {
    description:
      "A coder reads patient records, such as doctors' notes, lab reports, discharge summaries and procedure records. Each diagnosis, procedure, treatment and service then gets a standard code. Billing, insurance claims, reports, audits and revenue cycle management all depend on these codes, so they must be correct.",
    responsibilities: [
      "Read clinical documents: doctors' notes, lab reports, discharge summaries and procedure records.",
      "Give each diagnosis and each procedure the right code.",
      "Check every code for accuracy before the chart moves on.",
      "Follow the rules of each payer (the insurer who pays the claim).",
      "Help the billing team get claims ready for submission.",
      "Keep all coding in line with official rules and healthcare regulations.",
      "Sort out coding queries, for example when a note is unclear or incomplete.",
      "Work closely with billing staff and other healthcare teams.",
    ],
    source: "000",
  },

  settings: [
    { id: "hospitals", name: "Hospitals", source: ["000", "001", "002", "003"] },
    { id: "clinics", name: "Clinics", source: ["001", "002", "003"] },
    { id: "physician-offices", name: "Physician offices", source: "002" },
    { id: "urgent-care-facilities", name: "Urgent care facilities", source: "001" },
    { id: "nursing-homes", name: "Nursing homes", source: "001" },
    { id: "treatment-centres", name: "Treatment centres", source: "001" },
    { id: "insurance-companies", name: "Insurance companies", source: ["001", "002", "003"] },
    { id: "medical-billing-companies", name: "Medical billing companies", source: ["000", "002"] },
    { id: "healthcare-bpos", name: "Healthcare BPOs (outsourcing firms)", source: ["000", "002"] },
    { id: "revenue-cycle-management-firms", name: "Revenue cycle management firms", source: "000" },
    { id: "remote-work-from-home", name: "Remote / work-from-home roles", source: ["002", "003"] },
    { id: "law-firms", name: "Law firms (to detect fraud)", source: "001" },
  ],

  markets: [
    {
      id: "india",
      name: "India",
      roleTitle: "Medical Coder",
      notes:
        "Jobs are found across India. Most of the work is outsourced coding for US healthcare clients, so the AAPC's CPC credential is widely valued. Remote and work-from-home roles are common, especially in BPOs.",
      minimumEducation:
        "Most firms prefer a graduate degree, ideally in life sciences, pharmacy, nursing or allied health. You can start training after 12th, and a science stream helps.",
      currency: "INR",
      entryRoute: { kind: "course", source: "002" },
      school: {
        finish: {
          title: "Finish 12th; the science stream helps",
          detail: "School biology gives you a first grip on anatomy, physiology and medical words.",
        },
        next: {
          title: "Choose a degree that leads to coding",
          detail: "You can start coding training after 12th, but most employers prefer graduates. These degrees give the best start:",
          listPreferredDegrees: true,
        },
        source: ["000", "001", "004"],
      },
      source: ["000", "001", "002", "004"],
    },
    {
      id: "usa",
      name: "United States",
      roleTitle: "Medical Coder",
      notes:
        "CPT codes are central to US insurance claims. The main credentials are the AAPC's CPC and AHIMA's CCA and CCS. Training runs through community colleges, certificate courses and HIM degrees, where CAHIIM accreditation is a sign of quality. The BLS counts coders among medical records specialists.",
      minimumEducation:
        "A high school diploma or GED is the minimum for certification exams and formal training. A healthcare degree is preferred.",
      currency: "USD",
      entryRoute: { kind: "course", source: ["002", "003"] },
      school: {
        finish: {
          title: "Finish high school (a diploma or GED)",
          detail: "It is the minimum for coding programmes and certification exams.",
        },
        next: {
          title: "Choose your training after school",
          detail:
            "A certificate programme (6 months to a year) is the quick way in; an associate degree (2 years) gives a broader base. A healthcare degree is preferred by employers.",
          listPreferredDegrees: false,
        },
        source: ["002", "003"],
      },
      source: ["002", "003"],
    },
    {
      id: "uk",
      name: "United Kingdom",
      roleTitle: "Clinical Coder",
      notes:
        "The job is called Clinical Coder. NHS coders work with two national classifications: ICD-10 (5th Edition) for diagnoses and OPCS-4 for procedures. Most people start in an NHS trainee post and learn on the job. With coding experience they sit the National Clinical Coding Qualification (NCCQ), which IHRIM runs; passing it makes them an Accredited Clinical Coder (ACC). After some years as Accredited Clinical Coders they can train as approved clinical coding auditors, and coding departments also employ clinical coding trainers. Stand-alone coding degrees are rare, so a related degree or vocational course is the usual way in.",
      minimumEducation:
        "NHS trainee coder posts ask for relevant GCSEs or A-levels, or experience in healthcare.",
      currency: "GBP",
      entryRoute: {
        kind: "trainee-post",
        step: {
          title: "Apply for a trainee clinical coder post in the NHS",
          detail:
            "Posts ask for relevant GCSEs or A-levels, or healthcare experience. The trust trains you in the post (one large trust plans three years of training before the NCCQ), and you take the NCCQ once you have coding experience. A vocational course, such as IHRIM's Award in Clinical Coding Practice, can help you get a post.",
          reason: "In the UK you usually train as a clinical coder on the job, in an NHS trainee post.",
          time: "Start looking now",
        },
        source: ["002", "nhs-jobs-leeds-clinical-coding-specialist"],
      },
      school: {
        finish: {
          title: "Finish your GCSEs or A-levels",
          detail: "NHS trainee clinical coder posts ask for relevant GCSEs or A-levels.",
        },
        next: {
          title: "Choose a related degree or a vocational course",
          detail:
            "Stand-alone coding degrees are rare; a degree in the biomedical or health sciences, or a course such as IHRIM's Award in Clinical Coding Practice, leads to NHS trainee posts.",
          listPreferredDegrees: false,
        },
        source: "002",
      },
      roles: [
        { stage: "training", roles: ["Trainee Clinical Coder"], source: ["002", "fedip-trainee-clinical-coder"] },
        { stage: "entry", roles: ["Clinical Coder"], source: "002" },
        { stage: "execution", roles: ["Clinical Coder", "Accredited Clinical Coder (ACC)"], source: ["000", "002", "ihrim-nccq-2020-faqs"] },
        { stage: "specialist", roles: ["Senior Clinical Coder"], source: "nhs-jobs-tameside-senior-clinical-coder" },
        {
          stage: "quality",
          roles: ["Clinical Coding Auditor", "Clinical Coding Trainer"],
          source: ["nhs-digital-clinical-coding-auditor-programme", "fedip-clinical-coding-trainer"],
        },
      ],
      source: [
        "002",
        "dhcw-about-clinical-classifications",
        "nhs-digital-clinical-classifications",
        "ihrim-nccq-administration",
        "ihrim-nccq-2020-faqs",
        "nhs-jobs-leeds-clinical-coding-specialist",
        "nhs-digital-clinical-coding-auditor-programme",
        "fedip-clinical-coding-trainer",
      ],
    },
    {
      id: "canada",
      name: "Canada",
      roleTitle: "Health Information Management (HIM) professional / coder",
      notes:
        "Coding is a main specialty within Health Information Management (HIM). Canadian coders use ICD-10-CA, CIHI's Canadian version of ICD-10, for diagnoses and the Canadian Classification of Health Interventions (CCI) for procedures. CHIMA-accredited diplomas and degrees teach these code sets; their graduates may write the national exam of CCHIM (Canadian College of Health Information Management) to become certified HIM professionals (CHIM). CCHIM's coding credential, the CCCS (Certified Classification and Coding Specialist), tests the coding of complex cases beyond that entry level.",
      minimumEducation:
        "Employers ask for a recognised two-year college diploma in health information management, or a degree. A CHIMA-accredited programme is what lets you write the national certification exam.",
      currency: "CAD",
      entryRoute: {
        kind: "accredited-programme",
        step: {
          title: "Join a CHIMA-accredited Health Information Management diploma or degree",
          detail:
            "A diploma is about two years of full-time study, and its graduates may write the national certification exam. BCIT, SAIT, Mohawk, Conestoga and Douglas College run accredited diplomas.",
          reason: "In Canada coding is part of Health Information Management, and the accredited programme comes before the credential.",
          time: "About two years for a diploma",
        },
        source: ["002", "esdc-noc-2016-health-information-management", "cchim-certification"],
      },
      school: {
        finish: {
          title: "Finish secondary school",
          detail: "Coding in Canada starts with a college diploma or a university degree, so school comes first.",
        },
        next: {
          title: "Choose a CHIMA-accredited HIM programme",
          detail:
            "A Health Information Management diploma or degree accredited by CHIMA is the usual way in: its graduates may write the national certification exam.",
          listPreferredDegrees: false,
        },
        source: ["002", "cchim-certification"],
      },
      roles: [
        {
          stage: "entry",
          roles: ["HIM professional (coding)", "Health information management coder", "Coding specialist"],
          source: ["002", "nova-scotia-him-workers", "alis-him-professional"],
        },
        { stage: "execution", roles: ["HIM professional (coding)", "Clinical data specialist"], source: "002" },
      ],
      source: ["002", "cihi-icd-10-ca", "cchim-certification", "cchim-cccs-guide", "esdc-noc-2016-health-information-management"],
    },
    {
      id: "other",
      name: "Other countries",
      roleTitle: "Medical Coder",
      notes:
        "Coders in countries such as India, Pakistan and the Philippines serve clients in the USA, Canada and the Middle East, where the need for coders is strong. AAPC also runs in the Middle East.",
      minimumEducation:
        "As in the USA: a high school diploma or equivalent, because most of this work follows US code sets and US credentials.",
      currency: "USD",
      // That the US route applies elsewhere is our reading of 003 (outsourced work follows US codes).
      entryRoute: { kind: "course", source: ["002", "003", "ours"] },
      school: {
        finish: {
          title: "Finish school (a high school diploma or equivalent)",
          detail: "Most coding work follows US rules, where that is the minimum for courses and exams.",
        },
        next: {
          title: "Choose a degree that leads to coding",
          detail: "A healthcare degree is preferred. These degrees give the best start:",
          listPreferredDegrees: true,
        },
        source: ["000", "002", "003", "ours"],
      },
      source: "003",
    },
  ],

  outputs: [
    { frequency: "daily", output: "Patient charts read, with the diagnosis and procedure notes picked out.", source: "000" },
    { frequency: "daily", output: "ICD codes chosen for every condition the doctor recorded.", source: "000" },
    { frequency: "daily", output: "CPT or other procedure codes chosen for every service given.", source: "000" },
    { frequency: "daily", output: "Each code checked against the official coding rules.", source: "000" },
    { frequency: "daily/weekly", output: "Finished, coded charts passed on for billing or claim submission.", source: "000" },
    { frequency: "weekly/monthly", output: "Audit notes that list coding errors and how they were fixed.", source: "000" },
  ],

  dailyTasks: [
    { text: "Read doctors' notes and lab reports.", source: "003" },
    { text: "Assign ICD, CPT and HCPCS codes.", source: "003" },
    { text: "Prepare insurance claims and send them to the insurer.", source: "003" },
    { text: "Fix claims that the insurer rejected or denied.", source: "003" },
    { text: "Make sure the work follows healthcare laws.", source: "003" },
  ],

  codeSets: [
    {
      id: "icd-10-cm",
      name: "ICD-10-CM (International Classification of Diseases, 10th revision, Clinical Modification)",
      describes:
        "Diagnoses, symptoms and causes of death. These codes explain why the patient needed care.",
      maintainedBy: "The ICD family is managed by the World Health Organization (WHO); ICD-10-CM is a clinical modification of ICD-10.",
      examples: [
        {
          code: "S61.211A",
          meaning:
            "A cut (laceration) on the left index finger with nothing left in the wound and the nail not damaged. The last character, A, marks a visit at which the injury is still being actively treated, which is not the same as the first visit.",
          // Seed 002's example code (002 is why it is here); the meaning shown is the code set's, from
          // the public page, and the correction line below says what 002 got wrong.
          source: ["002", "legalclarity-left-index-finger-laceration"],
          correction: {
            seed: "002",
            seedSays: "this code is a cut with a foreign body in the right index finger",
            correct:
              "the ICD-10-CM code set describes S61.211A as a cut in the left index finger with no foreign body and no damage to the nail",
            source: "legalclarity-left-index-finger-laceration",
          },
        },
        { code: "J18.9", meaning: "Pneumonia.", source: "003" },
      ],
      source: ["002", "003"],
    },
    {
      id: "cpt",
      name: "CPT (Current Procedural Terminology)",
      describes:
        "Procedures and services: the medical, surgical and diagnostic work a doctor performs. CPT codes are essential for US insurance claims.",
      maintainedBy: "American Medical Association (AMA)",
      examples: [
        { code: "12001", meaning: "A simple repair of a small, shallow wound (2.5 cm or shorter).", source: "002" },
        { code: "71046", meaning: "A chest X-ray.", source: "003" },
      ],
      source: ["002", "003"],
    },
    {
      id: "hcpcs",
      name: "HCPCS (Healthcare Common Procedure Coding System)",
      describes:
        "Supplies, equipment and additional services used in care, for example prosthetics, durable medical equipment and ambulance transport.",
      maintainedBy: "Extends the CPT code set to cover items that CPT does not.",
      examples: [
        {
          code: "J3410",
          meaning: "An injection of hydroxyzine HCl, up to 25 mg.",
          // Seed 002's example code (002 is why it is here); the meaning shown is the code set's, from
          // the public page, and the correction line below says what 002 got wrong.
          source: ["002", "genhealth-hcpcs-j3410"],
          correction: {
            seed: "002",
            seedSays: "J3410 is an injection of tetanus toxoid",
            correct: "in the HCPCS Level II code set, J3410 is an injection of hydroxyzine HCl, up to 25 mg",
            source: "genhealth-hcpcs-j3410",
          },
        },
      ],
      source: ["002", "003"],
    },
  ],

  icd11Note: {
    text: "ICD-10 is the version most places use today. Its successor, ICD-11, is being introduced around the world step by step.",
    source: "003",
  },

  certifications: [
    {
      id: "cpc",
      code: "CPC",
      name: "Certified Professional Coder",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "core",
      markets: ["india", "usa", "other"],
      // Where each credential counts (`markets`) is our own reading of the seeds, so it cites "ours".
      marketsBasis: { source: "ours" },
      focus:
        "Coding with ICD-10-CM, CPT and HCPCS for US healthcare. It is the best-known credential for US-focused coding, wherever the work is done, and the most popular choice for beginners.",
      eligibility:
        "No work experience is needed to sit the exam. If you pass without enough experience, you get CPC-A (apprentice). The apprentice tag is removed after 2 years of coding experience, or 1 year plus approved training.",
      source: ["000", "001", "002", "003"],
    },
    {
      id: "cca",
      code: "CCA",
      name: "Certified Coding Associate",
      issuer: "AHIMA (American Health Information Management Association)",
      level: "entry",
      markets: ["usa", "india", "other"],
      marketsBasis: { source: "ours" },
      focus: "An entry-level credential that shows you can code to a basic professional standard.",
      eligibility: "Recommended: you have finished high school, or you already have 6 months of coding experience.",
      source: ["000", "001", "002", "003"],
    },
    {
      id: "ccs",
      code: "CCS",
      name: "Certified Coding Specialist",
      issuer: "AHIMA (American Health Information Management Association)",
      level: "advanced",
      markets: ["usa", "india"],
      marketsBasis: { source: "ours" },
      focus: "An advanced credential, respected especially for hospital-based coding.",
      eligibility: "Needs coding experience, an earlier credential such as CCA or RHIT, or both.",
      source: ["000", "001", "002", "003"],
    },
    {
      id: "crc",
      code: "CRC",
      name: "Certified Risk Adjustment Coder",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "specialty",
      markets: ["india", "usa", "other"],
      marketsBasis: { source: "ours" },
      focus: "Risk adjustment coding, a specialist area of medical coding.",
      source: "001",
    },
    {
      id: "coc",
      code: "COC",
      name: "Certified Outpatient Coder",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "specialty",
      markets: ["usa", "india", "other"],
      marketsBasis: { source: "ours" },
      focus:
        "Outpatient hospital coding: emergency departments, hospital clinics, outpatient therapy and radiology, ambulatory surgery centres.",
      // 000 names the code; AAPC's page gives the name, the issuer and the focus.
      source: ["000", "aapc-coc"],
    },
    {
      id: "cic",
      code: "CIC",
      name: "Certified Inpatient Coder",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "specialty",
      markets: ["usa", "india", "other"],
      marketsBasis: { source: "ours" },
      focus: "Hospital and facility inpatient coding (ICD-10-CM and ICD-10-PCS), for patients who are admitted.",
      source: ["000", "aapc-cic"],
    },
    {
      id: "cpc-p",
      code: "CPC-P",
      name: "Certified Professional Coder-Payer",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "advanced",
      markets: ["usa", "india", "other"],
      marketsBasis: { source: "ours" },
      focus: "Coding and payment rules from the payer's (health plan's) side. Useful for coding auditors and QA roles.",
      source: ["002", "aapc-cpc-p"],
    },
    {
      id: "cpb",
      code: "CPB",
      name: "Certified Professional Biller",
      issuer: "AAPC (American Academy of Professional Coders)",
      level: "specialty",
      markets: ["usa", "india", "other"],
      marketsBasis: { source: "ours" },
      focus: "Medical billing: submitting claims, following them up, resolving denials and posting payments.",
      source: ["002", "aapc-cpb"],
    },
    {
      id: "rhit",
      code: "RHIT",
      name: "Registered Health Information Technician",
      issuer: "AHIMA (American Health Information Management Association)",
      level: "degree-based",
      markets: ["usa"],
      marketsBasis: { source: "ours" },
      focus:
        "A health information technician credential: keeping medical records accurate, accessible and secure, often including coding. It is one of the earlier credentials that can lead to the CCS.",
      source: ["002", "himdegree-rhit"],
    },
    {
      id: "rhia",
      code: "RHIA",
      name: "Registered Health Information Administrator",
      issuer: "AHIMA (American Health Information Management Association)",
      level: "degree-based",
      markets: ["usa"],
      marketsBasis: { source: "ours" },
      focus:
        "An advanced health information management credential for leadership roles. Bachelor's degrees in HIM prepare you for it.",
      source: ["002", "wikipedia-rhia"],
    },
    {
      id: "nccq",
      code: "NCCQ",
      name: "National Clinical Coding Qualification",
      // Seed 002 files the NCCQ under NHS Digital / NHS England; IHRIM's own pages say it runs the
      // exam. Both are shown in sourcesDiffer ("who runs the NCCQ").
      issuer: "IHRIM (Institute of Health Records and Information Management)",
      level: "core",
      markets: ["uk"],
      focus: "The gold-standard qualification for clinical coders in the UK.",
      eligibility:
        "Taken from within an NHS trainee clinical coder post, so the post comes first. Trainees need relevant GCSEs or A-levels, or healthcare experience.",
      source: ["002", "ihrim-nccq-administration"],
    },
    {
      id: "cccs",
      code: "CCCS",
      name: "Certified Classification and Coding Specialist",
      issuer: "Canadian College of Health Information Management (CCHIM)",
      level: "core",
      markets: ["canada"],
      focus: "Canada's national coding credential for HIM professionals.",
      eligibility: "You must graduate from a CHIMA-accredited programme to sit the exam.",
      source: "002",
    },
  ],

  journey: [
    {
      phase: 1,
      name: "Foundation and preparation",
      months: { min: 0, max: 6 },
      activities: [
        "Ask yourself honestly whether you have an eye for detail, think analytically and care about healthcare.",
        "Study real job ads to see what employers ask for.",
      ],
      activitiesFor: [
        {
          text: "Read about the code sets (ICD-10-CM, CPT, HCPCS) and the main bodies, AAPC and AHIMA.",
          markets: ["india", "usa", "other"],
          source: "002",
        },
        {
          text: "Read about clinical coding in the NHS and the National Clinical Coding Qualification (NCCQ).",
          markets: ["uk"],
          source: "002",
        },
        {
          text: "Read about Health Information Management, the Canadian code sets (ICD-10-CA and CCI) and the CCCS credential.",
          markets: ["canada"],
          source: "002",
        },
      ],
      result: "You know whether the career suits you, have basic knowledge and understand what the industry expects.",
      source: "002",
    },
    {
      phase: 2,
      name: "Formal education and training",
      months: { min: 6, max: 24 },
      activities: ["Learn medical terms, anatomy and physiology, pathophysiology and how healthcare payment works."],
      activitiesFor: [
        { text: "Join a certificate course (3–6 months) or a diploma (6–12 months).", markets: ["india"], source: "002" },
        { text: "Join a certificate course (6 months to a year) or an associate degree (2 years).", markets: ["usa"], source: "002" },
        {
          text: "Join a certificate course (6 months to a year) that prepares you for the CPC, such as AAPC's online course.",
          markets: ["other"],
          source: ["002", "003", "ours"],
        },
        {
          text: "Apply for an NHS trainee clinical coder post; a vocational course (IHRIM's award, or an NCFE/CACHE certificate) can help you get one.",
          markets: ["uk"],
          source: "002",
        },
        { text: "Complete a CHIMA-accredited Health Information Management diploma or degree.", markets: ["canada"], source: "002" },
      ],
      result: "You gain the specialist knowledge and hands-on skills that coding work needs.",
      source: "002",
    },
    {
      phase: 3,
      name: "Certification",
      months: { min: 12, max: 24 },
      activities: ["Work through the coding manuals, take practice exams or join a study group."],
      activitiesFor: [
        { text: "Pick a credential: the AAPC's CPC or AHIMA's CCA.", markets: ["india", "usa", "other"], source: "002" },
        { text: "Pass the supervised exam to earn CPC-A or CCA.", markets: ["india", "usa", "other"], source: "002" },
        { text: "Take the NCCQ from within your trainee post.", markets: ["uk"], source: "002" },
        { text: "Sit the CCCS exam once you have graduated from the accredited programme.", markets: ["canada"], source: "002" },
      ],
      result: "Your coding skill is proven, and employers recognise it.",
      source: "002",
    },
    {
      phase: 4,
      name: "First job and experience",
      months: { min: 24, max: 36 },
      activities: [
        "Get past the 'no job without experience' problem through networking, internships, entry-level jobs or volunteering.",
      ],
      activitiesFor: [
        {
          text: "Remove the CPC-A apprentice tag after two years of experience or an equivalent route.",
          markets: ["india", "usa", "other"],
          source: "002",
        },
      ],
      result: "You use your skills on real records, build experience and become fully certified.",
      source: "002",
    },
    {
      phase: 5,
      name: "Career growth",
      months: { min: 36, max: null },
      activities: ["Keep learning and follow changes in healthcare law and coding rules."],
      activitiesFor: [
        {
          text: "Pick a specialty, such as cardiology, oncology, risk adjustment or coding for hospital inpatients.",
          markets: ["india", "usa", "other"],
          source: "002",
        },
        { text: "Add advanced credentials such as CPC-P, CPB, CCS or RHIA.", markets: ["usa"], source: "002" },
        { text: "Add advanced credentials such as CPC-P, CPB, CCS or CRC.", markets: ["india"], source: ["001", "002", "ours"] },
        { text: "Add advanced credentials such as CPC-P, CPB or CRC.", markets: ["other"], source: ["001", "002", "ours"] },
      ],
      result: "Promotion, better pay and deep expertise over the long term.",
      source: "002",
    },
  ],

  courseTypes: [
    {
      id: "india-certificate",
      name: "Certificate programme (India)",
      duration: "3–6 months",
      months: { min: 3, max: 6 },
      bestFor: "Career changers and recent graduates who want to start work quickly.",
      examples: ["Medesun", "Techmindz", "AAPC India"],
      source: "002",
    },
    {
      id: "india-diploma",
      name: "Diploma / advanced diploma (India)",
      duration: "6–12 months",
      months: { min: 6, max: 12 },
      bestFor: "Learners who want deeper coverage of coding, billing and healthcare IT.",
      examples: ["Annamalai University", "Private institutes with advanced coding programmes"],
      source: "002",
    },
    {
      id: "india-integrated-degree",
      name: "Integrated degree (India)",
      duration: "1–3 years (B.Sc. or postgraduate diploma)",
      months: { min: 12, max: 36 },
      bestFor: "Students who want a formal degree together with coding skills.",
      examples: ["Universities and colleges with Health Information Management or Healthcare IT programmes"],
      source: "002",
    },
    {
      id: "us-certificate",
      name: "Certificate programme (USA)",
      duration: "6 months–1 year",
      months: { min: 6, max: 12 },
      bestFor:
        "Getting into work fast. Covers medical terms, anatomy, pathophysiology, ICD-10-CM, CPT and HCPCS.",
      examples: [
        "AAPC CPC Certification Preparation Course (online)",
        "UC San Diego Professional Certificate in Medical Coding",
        "Duke University Continuing Studies Medical Coding Certificate",
      ],
      source: "002",
    },
    {
      id: "us-associate-degree",
      name: "Associate degree (USA)",
      duration: "2 years",
      months: { min: 24, max: 24 },
      bestFor:
        "A broader academic base: coding plus healthcare administration, useful for later management roles.",
      examples: ["San Juan College", "Sinclair Community College", "Bellevue College"],
      source: "002",
    },
  ],

  salaries: {
    india: [
      {
        stage: "Fresher / Trainee",
        stageIds: ["training", "entry"],
        experience: "0–2 years; certified or not yet certified",
        annualInrLakh: { min: 2.5, max: 4, openEnded: false },
        monthlyInr: { min: 20000, max: 35000, openEnded: false },
        differentiators: "A CPC credential raises the starting salary.",
        source: "002",
      },
      {
        stage: "Mid-level coder",
        stageIds: ["execution", "specialist"],
        experience: "2–4 years; holds the CPC",
        annualInrLakh: { min: 4, max: 6, openEnded: false },
        monthlyInr: { min: 35000, max: 50000, openEnded: false },
        differentiators: "A specialty such as surgery or cardiology, plus accuracy and speed.",
        source: "002",
      },
      {
        stage: "Senior coder / Team lead",
        stageIds: ["leadership"],
        experience: "5+ years; handles complex coding and may audit others",
        annualInrLakh: { min: 6, max: 9, openEnded: true },
        monthlyInr: { min: 50000, max: 75000, openEnded: true },
        differentiators: "Leading people, audit experience and handling complex cases.",
        source: "002",
      },
      {
        stage: "Medical coding auditor / QA",
        stageIds: ["quality"],
        experience: "An experienced coder who checks other coders' work",
        annualInrLakh: { min: 8, max: 12, openEnded: true },
        monthlyInr: { min: 70000, max: 100000, openEnded: true },
        differentiators: "Deep knowledge of coding guidelines; the CPC-P credential helps.",
        source: "002",
      },
    ],
    usa: [
      // The source splits US pay by certification, not years: an uncertified coder is entry-level
      // however long they have coded, and a newly certified one is in the certified tier.
      {
        tier: "Entry-level coder",
        stageIds: ["training", "entry", "execution"],
        training: ["none", "self-study", "course-in-progress", "course-completed"],
        annualUsd: { min: 30000, max: 40000, openEnded: false },
        source: "003",
      },
      {
        tier: "Certified coder",
        stageIds: ["entry", "execution"],
        training: ["certified"],
        annualUsd: { min: 50000, max: 70000, openEnded: false },
        source: "003",
      },
      {
        tier: "Specialised coder (e.g. oncology, cardiology)",
        stageIds: ["specialist", "quality", "leadership"],
        annualUsd: { min: 80000, max: 80000, openEnded: true },
        source: "003",
      },
    ],
    // NHS pay is set by Agenda for Change band, not by the seeds' stages: one public page gives the
    // band of a clinical coding post, another the band's pay for one named year and country.
    uk: [
      {
        role: "Clinical coding officer",
        stageIds: ["training", "entry"],
        band: "Band 3",
        payYear: "2025/26",
        payCountry: "England",
        annualGbp: { min: 24937, max: 26598, openEnded: false },
        bandNote: "Trusts band clinical coding posts differently, so a post may sit in a higher band.",
        source: ["nhs-careers-wider-healthcare-team-pay", "nhs-pay-bands-2025-26", "ihrim-nccq-2020-faqs"],
      },
    ],
    note:
      "Pay depends on company size, city, experience and certification. These are rough ranges from public sources, each in its own country's currency: rupees (INR) for India, US dollars (USD) for the USA and pounds (GBP) for the NHS in England; they should not be compared directly. Our sources give no Canadian figures.",
  },

  similarCareers: [
    {
      id: "medical-billing",
      name: "Medical Billing Specialist",
      shares: "Both work in the healthcare revenue cycle and deal with the same insurance claims.",
      differs:
        "Billing is mainly about sending claims and collecting payment. Coding is about choosing the right codes from the patient record.",
      // Our reading, not the sources'.
      ourReading: {
        sharesNotIdeal: ["dislikes-desk-computer-work", "dislikes-rule-based-systems"],
        why: "Billing is also desk work at a computer, and it runs on payer rules.",
      },
      source: ["000", "003"],
    },
    {
      id: "health-information-management",
      name: "Health Information Management / Medical Records Specialist",
      shares: "Both look after patient records and the coded data used for documentation and reports.",
      differs:
        "Records specialists compile, process and maintain whole patient records and keep them within the rules; coding is one part of that work.",
      // Our reading, not the sources'.
      ourReading: {
        sharesNotIdeal: ["dislikes-desk-computer-work", "dislikes-repetitive-documentation", "dislikes-healthcare-terminology"],
        why: "Records work is also done at a computer, with a lot of routine documentation in clinical language.",
      },
      source: ["000", "002"],
    },
    {
      id: "clinical-data-analyst",
      name: "Clinical Data Analyst",
      shares: "Both work with healthcare data every day.",
      differs: "An analyst mostly interprets data and builds reports rather than coding single patient charts.",
      // Our reading, not the sources'.
      ourReading: {
        sharesNotIdeal: ["dislikes-desk-computer-work"],
        why: "Analysis is also desk work at a computer, most of the day.",
      },
      source: "000",
    },
    {
      id: "pharmacovigilance",
      name: "Pharmacovigilance Associate",
      shares: "Both use medical knowledge to produce careful documentation.",
      differs: "Pharmacovigilance handles reports about drug safety, not codes for billing.",
      // Our reading, not the sources'.
      ourReading: {
        sharesNotIdeal: ["dislikes-desk-computer-work", "dislikes-repetitive-documentation", "dislikes-healthcare-terminology"],
        why: "Drug-safety work is also careful documentation at a computer, in medical language.",
      },
      source: "000",
    },
  ],

  projects: [
    {
      id: "icd-practice-sheet",
      type: "coding_practice",
      title: "ICD diagnosis coding practice sheet",
      description:
        "Take sample diagnosis cases and code them with the ICD guidelines. For each one, write a short note on why you chose that code.",
      proof: "A practice sheet listing each code with your reasoning.",
      skills: ["icd-coding", "coding-guidelines", "documentation-review"],
      source: "000",
    },
    {
      id: "procedure-coding-worksheet",
      type: "coding_practice",
      title: "Procedure coding worksheet",
      description: "Code sample outpatient procedures and services with the help of CPT reference material.",
      proof: "A completed procedure coding worksheet.",
      skills: ["cpt-coding", "documentation-review"],
      source: "000",
    },
    {
      id: "audit-checklist",
      type: "quality",
      title: "Coding audit checklist",
      description:
        "Build a checklist that tests three things: whether the documentation is complete, whether the codes are correct and whether there is any compliance risk.",
      proof: "An audit checklist document.",
      skills: ["attention-to-detail", "coding-guidelines", "billing-basics"],
      source: "000",
    },
  ],

  challenges: [
    {
      id: "errors-affect-claims",
      text: "A wrong code can hurt insurance claims, compliance and quality scores.",
      relatedTraits: ["detail-oriented", "dislikes-accuracy-checks"],
      source: "000",
    },
    {
      id: "rules-keep-changing",
      text: "Code sets, coding guidelines and payer rules are updated often, some every year, so you must keep learning.",
      relatedTraits: ["learns-terminology-guidelines", "dislikes-rule-based-systems"],
      source: ["000", "003"],
    },
    {
      id: "routine-chart-review",
      text: "Reviewing charts every day can feel repetitive if you prefer varied or creative work.",
      relatedTraits: ["routine-focus", "dislikes-repetitive-documentation"],
      source: "000",
    },
    {
      id: "certified-candidates-preferred",
      text: "Employers may choose certified applicants over those without a credential.",
      relatedTraits: [],
      source: "000",
    },
    {
      id: "complex-terminology",
      text: "Medical terms are complex and take time to learn well.",
      relatedTraits: ["dislikes-healthcare-terminology"],
      source: "003",
    },
    {
      id: "large-data-volumes",
      text: "You often work through a large number of records, which can be stressful.",
      relatedTraits: ["routine-focus", "dislikes-desk-computer-work"],
      source: "003",
    },
    {
      id: "claim-denials",
      text: "Mistakes can lead to an insurer denying the claim.",
      relatedTraits: ["detail-oriented"],
      source: "003",
    },
  ],

  benefits: [
    { text: "Strong demand: the field is growing fast.", source: "003" },
    { text: "Many companies offer work-from-home jobs.", source: "003" },
    { text: "Flexible hours, with part-time and freelance work available.", source: "003" },
    { text: "Chances to work abroad or for global outsourcing companies.", source: "003" },
    { text: "Good job security, because healthcare is needed even in a recession.", source: "003" },
  ],

  futureScope: [
    { text: "More patients now have health insurance, so more claims need coding.", source: "003" },
    { text: "Hospitals are moving to electronic health records (EHRs), and these systems still need coders.", source: "003" },
    {
      text: "More companies send coding work to lower-cost countries, and India is a favourite destination with more demand than trained, certified coders.",
      source: ["001", "003"],
    },
    { text: "AI tools will help coders work faster, but people are still needed to check the codes.", source: "003" },
    {
      text: "The US Bureau of Labor Statistics expects jobs in medical coding and billing to grow by 7% by 2031, which is faster than most careers.",
      source: "003",
    },
    {
      text: "Computer-assisted coding (CAC) tools already help coders work faster and more accurately, and automation speeds up claims and cuts costs.",
      source: "001",
    },
  ],

  faqs: [
    {
      question: "What does a medical coder actually do?",
      answer:
        "A coder reads patient records such as doctors' notes and lab reports. They turn each diagnosis, procedure and service into a standard code. Insurers, hospitals and auditors rely on these codes for billing, claims and compliance.",
      source: "000",
    },
    {
      question: "Is medical coding a good career, especially in India?",
      answer:
        "For many people, yes. Hospitals, healthcare BPOs, billing companies and revenue cycle firms in India all need trained coders. The field also offers remote work, good pay and the chance to work for clients around the world.",
      source: ["000", "003"],
    },
    {
      question: "Which degree do employers prefer for medical coding?",
      answer:
        "Many employers prefer graduates from nursing, pharmacy, physiotherapy, life sciences or allied health. Graduates from other fields can still get in after a coding course and a credential such as CPC or CCS.",
      source: ["000", "002"],
    },
    {
      question: "Can I start medical coding training right after 12th?",
      answer:
        "Yes, you can begin training after 12th, and a science stream helps. Many employers still prefer a graduate who also holds a coding credential.",
      source: ["000", "004"],
    },
    {
      question: "What skills do I need to become a medical coder?",
      answer:
        "You need medical terms, anatomy, ICD and CPT coding, careful reading of clinical documents and a good grasp of coding rules. Attention to detail, computer skills and basic billing knowledge complete the list.",
      source: "000",
    },
    {
      question: "Is certification compulsory for a coding job?",
      answer:
        "No law demands it for every job. But a credential such as CPC, CCS, CCA, COC or CIC makes you easier to hire, helps your pay grow and makes employers trust your work.",
      source: "000",
    },
    {
      question: "Can I work from home as a medical coder?",
      answer:
        "Yes. Remote jobs are common, mainly in BPOs that serve overseas clients, and more open up once you have experience or a credential. Employers usually give you secure access to the EHR and coding software.",
      source: ["002", "003"],
    },
    {
      question: "How long does a medical coding course take?",
      answer:
        "A certificate course takes about 3–6 months, and a diploma or advanced diploma about 6–12 months. Preparing for a certification exam can add more time, depending on how fast you study.",
      source: "002",
    },
    {
      question: "Which certification should I get first?",
      answer:
        "The AAPC's CPC is the best-known credential for US-focused coding and the most popular choice for beginners. AHIMA's CCS is also respected, especially for hospital coding.",
      source: ["002", "003"],
    },
    {
      question: "Which skills help me move up to senior roles?",
      answer:
        "Sharp analysis, close attention to detail and a firm grip on ICD-10-CM, CPT and HCPCS guidelines. Audit experience, leadership and good communication matter more as you move up.",
      source: "002",
    },
    {
      question: "Do I have to be a doctor to work in medical coding?",
      answer:
        "No. You do need to know medical terms, anatomy and physiology, and a certification helps fill any gaps.",
      source: "003",
    },
    {
      question: "Is medical coding hard to learn?",
      answer:
        "It can feel hard at first because there are so many codes. Regular practice and good training make it much easier over time.",
      source: "003",
    },
  ],

  programmes: [
    // USA
    {
      market: "usa",
      category: "Community college (associate degree)",
      institution: "San Juan College, Farmington, New Mexico",
      programme: "Online Associate of Applied Science in Health Information Technology (HIT)",
      why: "CAHIIM-accredited and fully online, with strong student support and good certification pass rates.",
      source: "002",
    },
    {
      market: "usa",
      category: "Community college (associate degree)",
      institution: "Sinclair Community College, Dayton, Ohio",
      programme: "Associate of Applied Science in Health Information Technology",
      why: "CAHIIM-accredited, well known across the country, affordable and available online.",
      source: "002",
    },
    {
      market: "usa",
      category: "Community college (associate degree)",
      institution: "Bellevue College, Bellevue, Washington",
      programme: "Associate of Applied Science in Health Information Management",
      why: "CAHIIM-accredited; a solid grounding in coding, data management and privacy that prepares you for more advanced roles.",
      source: "002",
    },
    {
      market: "usa",
      category: "Certificate / vocational",
      institution: "AAPC (online)",
      programme: "CPC Certification Preparation Course",
      why: "Built around the CPC exam; the most direct route, and well respected by employers.",
      source: ["002", "003"],
    },
    {
      market: "usa",
      category: "Certificate / vocational",
      institution: "UC San Diego Division of Extended Studies, San Diego, California",
      programme: "Professional Certificate in Medical Coding",
      why: "Prepares you for both the AAPC and the AHIMA exams.",
      source: "002",
    },
    {
      market: "usa",
      category: "Certificate / vocational",
      institution: "Duke University Continuing Studies, Durham, North Carolina",
      programme: "Medical Coding Certificate",
      why: "Draws on the know-how of the Duke Health System.",
      source: "002",
    },
    {
      market: "usa",
      category: "Bachelor's degree (Health Information Management)",
      institution: "University of Illinois at Chicago (UIC)",
      programme: "Bachelor of Science in Health Information Management (online)",
      why: "CAHIIM-accredited, highly ranked and flexible enough to study while working.",
      source: "002",
    },
    {
      market: "usa",
      category: "Bachelor's degree (Health Information Management)",
      institution: "Texas State University, San Marcos, Texas",
      programme: "Bachelor of Science in Health Information Management",
      why: "CAHIIM-accredited; prepares you for the RHIA credential and leadership roles.",
      source: "002",
    },
    {
      market: "usa",
      category: "Bachelor's degree (Health Information Management)",
      institution: "Stephens College, Columbia, Missouri",
      programme: "Online Bachelor of Science in Health Information Administration",
      why: "CAHIIM-accredited, with good support for students who learn online.",
      source: "002",
    },
    // UK
    {
      market: "uk",
      category: "NHS pathway",
      institution: "NHS Digital / NHS England",
      programme: "National Clinical Coding Qualification (NCCQ)",
      why: "The top UK qualification for clinical coders, taken through NHS trainee posts.",
      source: "002",
    },
    {
      market: "uk",
      category: "University degree",
      institution: "University of Edinburgh",
      programme: "BSc (Hons) Biomedical Sciences, Medical Sciences",
      why: "Strong name in medicine and life sciences; builds the human biology knowledge that accurate coding needs.",
      source: "002",
    },
    {
      market: "uk",
      category: "University degree",
      institution: "University of Manchester",
      programme: "BSc (Hons) Biomedical Sciences, Healthcare Science",
      why: "Close links with the NHS and a focus on using science in clinical settings.",
      source: "002",
    },
    {
      market: "uk",
      category: "University degree",
      institution: "University of Birmingham",
      programme: "BSc (Hons) Biomedical Science, Human Biology",
      why: "A demanding Russell Group course that gets graduates ready for NHS trainee coder posts.",
      source: "002",
    },
    {
      market: "uk",
      category: "University degree",
      institution: "University of Glasgow",
      programme: "BSc (Hons) Physiology, Anatomy, Biomedical Engineering",
      why: "A leading medical school that gives a firm base in the terms clinical coders use.",
      source: "002",
    },
    {
      market: "uk",
      category: "University degree",
      institution: "Open University",
      programme: "BSc (Hons) Health Sciences, Biology",
      why: "Distance learning that suits career changers and people already in work.",
      source: "002",
    },
    {
      market: "uk",
      category: "Specialist college / vocational",
      institution: "Institute of Health Records & Information Management (IHRIM)",
      programme: "Award in Clinical Coding Practice",
      why: "Recognised by the professional body and the NHS, available by distance learning, and a direct way into clinical coding.",
      source: "002",
    },
    {
      market: "uk",
      category: "Specialist college / vocational",
      institution:
        "Northern Council for Further Education (NCFE) / Council for Awards in Care, Health and Education (CACHE)",
      programme: "Level 2 and Level 3 Certificates in Understanding Healthcare or Clinical Coding",
      why: "National vocational qualifications you can take locally or online; a base for NHS trainee posts.",
      source: "002",
    },
    // Canada
    {
      market: "canada",
      category: "College diploma (main pathway)",
      institution: "British Columbia Institute of Technology (BCIT), Burnaby, BC",
      programme: "Health Information Management Diploma",
      why: "CHIMA-accredited and hands-on, with strong employer links and full training in ICD-10-CA/CCI.",
      source: "002",
    },
    {
      market: "canada",
      category: "College diploma (main pathway)",
      institution: "Southern Alberta Institute of Technology (SAIT), Calgary, Alberta",
      programme: "Health Information Management Diploma",
      why: "CHIMA-accredited and demanding; prepares you well for the national CCCS exam.",
      source: "002",
    },
    {
      market: "canada",
      category: "College diploma (main pathway)",
      institution: "Mohawk College, Hamilton, Ontario",
      programme: "Health Information Management Diploma (Advanced Diploma)",
      why: "A long-running programme with useful field placements.",
      source: "002",
    },
    {
      market: "canada",
      category: "College diploma (main pathway)",
      institution: "Conestoga College, Kitchener, Ontario",
      programme: "Health Information Management Diploma (Co-op)",
      why: "Strong use of technology, plus co-op terms that give real work experience.",
      source: "002",
    },
    {
      market: "canada",
      category: "College diploma (main pathway)",
      institution: "Douglas College, New Westminster, British Columbia",
      programme: "Health Information Management Diploma",
      why: "Focuses on the Canadian health system and leads to clinical data specialist jobs.",
      source: "002",
    },
    {
      market: "canada",
      category: "University degree (leadership roles)",
      institution: "Ontario Tech University, Oshawa, Ontario",
      programme: "Bachelor of Science (Honours) in Health Information Management",
      why: "CHIMA-accredited; mixes health science, IT, management and policy to prepare future leaders.",
      source: "002",
    },
    {
      market: "canada",
      category: "University degree (leadership roles)",
      institution: "Thompson Rivers University (TRU), Kamloops, British Columbia",
      programme: "Bachelor of Health Science (HIM Concentration)",
      why: "Flexible online study for working people that builds on an earlier diploma.",
      source: "002",
    },
    {
      market: "canada",
      category: "Certification body",
      institution: "Canadian College of Health Information Management (CCHIM)",
      programme: "CCCS Certification Exam",
      why: "Sets the national standard; only graduates of CHIMA-accredited programmes may sit the exam.",
      source: "002",
    },
    // India
    {
      market: "india",
      category: "Gold-standard certification",
      institution: "AAPC India",
      programme: "CPC Certification Training",
      why: "The recognised standard for US-focused coding, with local chapters and authorised training partners across India.",
      source: "002",
    },
    {
      market: "india",
      category: "Training provider",
      institution: "Apollo Medskills",
      programme: "Medical Coding Program (classroom / online)",
      why: "Linked to Apollo Hospitals, with an industry-based syllabus and help with placement.",
      source: "002",
    },
    {
      market: "india",
      category: "Specialist training institute",
      institution: "Medesun",
      programme: "CPC Certification Training (classroom / online)",
      why: "An official AAPC training partner that adds workshops and webinars to its CPC course.",
      source: ["002", "003"],
    },
  ],

  tips: [
    { text: "Begin with the basics of medical terms.", source: "003" },
    { text: "Learn how ICD, CPT and HCPCS codes differ from each other.", source: "003" },
    { text: "Practise coding on real medical records.", source: "003" },
    { text: "Take part in online coding forums and groups to learn from others.", source: "003" },
    { text: "Check for new coding guidelines every year and keep up with them.", source: "003" },
  ],

  // Seed 000 lost the tools' names when it was saved; only what each is used for remains.
  tools: [
    { purpose: "Choosing and checking diagnosis codes.", source: "000" },
    { purpose: "Choosing and checking procedure codes.", source: "000" },
    { purpose: "Reading patient charts and clinical documents.", source: "000" },
    { purpose: "Supporting claims and the revenue cycle.", source: "000" },
    { purpose: "Keeping track of coding work, audits, denials and productivity.", source: "000" },
    { purpose: "Looking up and checking codes more quickly.", source: "000" },
  ],

  schedule: {
    text: "Most coding jobs are full-time during normal business hours, with overtime at busy times.",
    source: "002",
  },

  whyCodesMatter: [
    { text: "Coding is the first step in revenue cycle management, the work that gets a hospital or clinic paid.", source: "001" },
    {
      text: "Insurers use coded data in claim adjudication, where they decide whether a claim is paid, reduced or denied.",
      source: "001",
    },
    { text: "Correct codes get doctors and hospitals paid properly, because insurers pay by the codes.", source: ["001", "003"] },
    { text: "Codes keep patient records uniform across systems and regions.", source: ["001", "003"] },
    {
      text: "Governments and researchers use coded data to follow diseases and plan health programmes.",
      source: ["001", "003"],
    },
    { text: "Correct coding helps prevent fraud and keeps hospitals within healthcare regulations.", source: "003" },
  ],

  jobRoles: [
    {
      id: "trainee-junior-coder",
      kind: "stage",
      title: "Trainee / Junior Coder",
      description: "The entry-level job: simpler cases under close supervision, to build experience.",
      source: "002",
    },
    {
      id: "certified-medical-coder",
      kind: "stage",
      title: "Medical Coder (certified)",
      description: "Fully certified (for example a CPC without the apprentice tag); codes standard cases and harder ones.",
      source: "002",
    },
    {
      id: "senior-coder",
      kind: "stage",
      title: "Senior Coder / Coding Specialist",
      description: "Takes the complex cases, audits junior coders' work and may specialise, for example in oncology, cardiology or inpatient coding.",
      source: "002",
    },
    {
      id: "coding-auditor",
      kind: "stage",
      title: "Coding Auditor / Compliance Officer",
      description: "Checks that coding is accurate and meets regulations and the organisation's standards.",
      source: "002",
    },
    {
      id: "coding-manager",
      kind: "stage",
      title: "Coding Manager / Health Information Manager",
      description: "Leads a team of coders, runs the department and helps decide its direction.",
      source: "002",
    },
    {
      id: "hospital-coder",
      kind: "field",
      title: "Hospital Coder",
      description: "Codes the records of inpatients and outpatients.",
      source: "003",
    },
    { id: "clinic-coder", kind: "field", title: "Clinic Coder", description: "Specialises in doctors' services.", source: "003" },
    {
      id: "insurance-coder",
      kind: "field",
      title: "Insurance Coder",
      description: "Checks claims for an insurance company.",
      source: "003",
    },
    {
      id: "medical-billing-specialist",
      kind: "field",
      title: "Medical Billing Specialist",
      description: "Does billing and coding together.",
      source: "003",
    },
    {
      id: "compliance-auditor",
      kind: "field",
      title: "Compliance Auditor",
      description: "Makes sure coding is accurate and within the law.",
      source: "003",
    },
    {
      id: "coding-instructor",
      kind: "field",
      title: "Coding Instructor",
      description: "Teaches people who are training to become coders.",
      source: "003",
    },
  ],

  employerAsks: [
    {
      text: "In India most firms want a graduate for a coder post. A certificate course in coding helps you get in, and experience in coding and billing counts.",
      source: "004",
    },
    {
      text: "International firms ask for a bachelor's degree in Medical Information Technology, although graduates with enough skill and experience are also considered.",
      source: "004",
    },
  ],

  sourcesDiffer: [
    {
      id: "minimum-education",
      near: "education",
      topic: "the least education you need",
      views: [
        { says: "a high school diploma (or GED) is the minimum for training and certification exams", source: ["002", "003"] },
        { says: "you need a bachelor's or master's degree, preferably in the life sciences", source: "001" },
        { says: "you can start training after 12th, but employers prefer graduates", source: ["000", "004"] },
      ],
      source: ["000", "001", "002", "003", "004"],
    },
    {
      id: "course-length",
      near: "courses",
      topic: "how long training takes",
      views: [
        {
          says: "a certificate course takes 3–6 months in India but 6 months to a year in the USA, and its five-phase journey allows months 6–24 for training",
          source: "002",
        },
        { says: "the training stage lasts up to 6 months", source: "000" },
      ],
      source: ["000", "002"],
    },
    {
      id: "pay-stages",
      near: "stages",
      topic: "the stages of pay",
      views: [
        {
          says: "pay in India rises from fresher (0–2 years) to mid-level (2–4 years) to senior coder or team lead (5+ years), and auditors earn the most",
          source: "002",
        },
        { says: "leadership roles come at 6+ years, after quality and audit roles at 4–8 years", source: "000" },
        { says: "pay in the USA rises with certification and specialty, not with years", source: "003" },
      ],
      source: ["000", "002", "003"],
    },
    {
      id: "certification-required",
      near: "certification",
      topic: "whether you need a credential",
      views: [
        { says: "no law requires one for every job, though it helps you get hired and paid more", source: "000" },
        { says: "you need formal training and certification before you can work as a coder", source: "001" },
        { says: "credentials are often needed for higher-level posts", source: "002" },
        { says: "passing a coding certificate course is what makes you eligible to apply", source: "004" },
      ],
      source: ["000", "001", "002", "004"],
    },
    {
      id: "nccq-issuer",
      near: "certification",
      topic: "who runs the UK's NCCQ",
      views: [
        { says: "it is a qualification of NHS Digital and NHS England", source: "002" },
        { says: "IHRIM runs the exam and its sittings", source: "ihrim-nccq-administration" },
      ],
      source: ["002", "ihrim-nccq-administration"],
    },
    {
      id: "canada-first-credential",
      near: "certification",
      topic: "Canada's first credential",
      views: [
        { says: "graduates of a CHIMA-accredited programme take the CCCS", source: "002" },
        {
          says: "graduates of an accredited programme first write CCHIM's national exam to become CHIM-certified, and the CCCS exam tests coding beyond entry level",
          source: ["cchim-certification", "cchim-cccs-guide"],
        },
      ],
      source: ["002", "cchim-certification", "cchim-cccs-guide"],
    },
  ],
} satisfies ProfileContent;
