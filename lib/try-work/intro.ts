/** The three code sets the exercise's introduction names, each with its `tryWork.codeSets.<key>` line. */
export const INTRO_CODE_SETS = [
  { name: "ICD-10-CM", key: "icd10Cm" },
  { name: "CPT", key: "cpt" },
  { name: "HCPCS", key: "hcpcs" },
] as const;
