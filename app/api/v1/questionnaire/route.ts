import { jsonResponse, withApi } from "@/lib/api/route";
import { medicalCoderProfile } from "@/lib/profiles";

/** The questionnaire: sections and items with ids, kinds, options, anchors and scales. */
export const GET = withApi(async () => {
  const { questionnaire } = medicalCoderProfile;
  return jsonResponse(
    { ...questionnaire, profileVersion: medicalCoderProfile.version },
    200,
    { "Cache-Control": "public, max-age=300" },
  );
});
