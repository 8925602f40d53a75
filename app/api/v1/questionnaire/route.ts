import { jsonResponse, withApi } from "@/lib/api/route";
import { requestedLocale } from "@/lib/i18n/locales";
import { profileIn } from "@/lib/i18n/profiles";
import { medicalCoderProfile } from "@/lib/profiles";

/**
 * The questionnaire: sections and items with ids, kinds, options, anchors and scales, in English
 * or in the language `?locale=` names (hi). Ids, option values and scales are the same in every
 * language, so answers given in one score the same in another.
 */
export const GET = withApi(async (request: Request) => {
  const locale = requestedLocale(request);
  const profile = profileIn(medicalCoderProfile, locale);
  return jsonResponse(
    { ...profile.questionnaire, profileVersion: profile.version, locale },
    200,
    { "Cache-Control": "public, max-age=300" },
  );
});
