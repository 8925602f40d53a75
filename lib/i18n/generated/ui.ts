// Written by `npm run i18n` from the folders in lib/i18n/messages: do not edit by hand.
import en_auth from "../messages/en/auth.json" with { type: "json" };
import en_backgrounds from "../messages/en/backgrounds.json" with { type: "json" };
import en_career from "../messages/en/career.json" with { type: "json" };
import en_cohorts from "../messages/en/cohorts.json" with { type: "json" };
import en_common from "../messages/en/common.json" with { type: "json" };
import en_counsellor from "../messages/en/counsellor.json" with { type: "json" };
import en_home from "../messages/en/home.json" with { type: "json" };
import en_join from "../messages/en/join.json" with { type: "json" };
import en_offline from "../messages/en/offline.json" with { type: "json" };
import en_og from "../messages/en/og.json" with { type: "json" };
import en_owner from "../messages/en/owner.json" with { type: "json" };
import en_pdf from "../messages/en/pdf.json" with { type: "json" };
import en_privacy from "../messages/en/privacy.json" with { type: "json" };
import en_quiz from "../messages/en/quiz.json" with { type: "json" };
import en_report from "../messages/en/report.json" with { type: "json" };
import en_results from "../messages/en/results.json" with { type: "json" };
import en_share from "../messages/en/share.json" with { type: "json" };
import en_tryWork from "../messages/en/tryWork.json" with { type: "json" };
import en_whatIf from "../messages/en/whatIf.json" with { type: "json" };
import hi_auth from "../messages/hi/auth.json" with { type: "json" };
import hi_backgrounds from "../messages/hi/backgrounds.json" with { type: "json" };
import hi_career from "../messages/hi/career.json" with { type: "json" };
import hi_cohorts from "../messages/hi/cohorts.json" with { type: "json" };
import hi_common from "../messages/hi/common.json" with { type: "json" };
import hi_counsellor from "../messages/hi/counsellor.json" with { type: "json" };
import hi_home from "../messages/hi/home.json" with { type: "json" };
import hi_join from "../messages/hi/join.json" with { type: "json" };
import hi_offline from "../messages/hi/offline.json" with { type: "json" };
import hi_og from "../messages/hi/og.json" with { type: "json" };
import hi_owner from "../messages/hi/owner.json" with { type: "json" };
import hi_pdf from "../messages/hi/pdf.json" with { type: "json" };
import hi_privacy from "../messages/hi/privacy.json" with { type: "json" };
import hi_quiz from "../messages/hi/quiz.json" with { type: "json" };
import hi_report from "../messages/hi/report.json" with { type: "json" };
import hi_results from "../messages/hi/results.json" with { type: "json" };
import hi_share from "../messages/hi/share.json" with { type: "json" };
import hi_tryWork from "../messages/hi/tryWork.json" with { type: "json" };
import hi_whatIf from "../messages/hi/whatIf.json" with { type: "json" };

export const uiCatalogs = {
  en: { "auth": en_auth, "backgrounds": en_backgrounds, "career": en_career, "cohorts": en_cohorts, "common": en_common, "counsellor": en_counsellor, "home": en_home, "join": en_join, "offline": en_offline, "og": en_og, "owner": en_owner, "pdf": en_pdf, "privacy": en_privacy, "quiz": en_quiz, "report": en_report, "results": en_results, "share": en_share, "tryWork": en_tryWork, "whatIf": en_whatIf },
  hi: { "auth": hi_auth, "backgrounds": hi_backgrounds, "career": hi_career, "cohorts": hi_cohorts, "common": hi_common, "counsellor": hi_counsellor, "home": hi_home, "join": hi_join, "offline": hi_offline, "og": hi_og, "owner": hi_owner, "pdf": hi_pdf, "privacy": hi_privacy, "quiz": hi_quiz, "report": hi_report, "results": hi_results, "share": hi_share, "tryWork": hi_tryWork, "whatIf": hi_whatIf },
} as const;

/** The pages' messages, as English has them: the shape every language's must have. */
export type UiMessages = (typeof uiCatalogs)["en"];
