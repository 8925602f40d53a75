/** Step 1: who the person is, from the "about you" answers (market, stage, training, years, degree). */
import type { MarketId, Training } from "../../profiles/schema";
import type { Answers } from "../answers";
import type { DegreeRow, ProfileIndex } from "../profile-index";

export interface About {
  market: MarketId;
  lifeStage: string | undefined;
  training: Training;
  codingYears: number;
  healthcareYears: number;
  /** The background's fit score from the profile, adjusted for degrees mapped onto it. */
  degree: DegreeRow;
}

export function readAbout(index: ProfileIndex, answers: Answers): About {
  const yearsOf = (itemId: string) => index.years.get(itemId)!.get(answers[itemId] as string) ?? 0;
  return {
    market: answers[index.marketItem.id] as MarketId,
    lifeStage: index.stageItem ? (answers[index.stageItem.id] as string) : undefined,
    training: answers[index.trainingItem.id] as Training,
    codingYears: yearsOf(index.codingYearsItem.id),
    healthcareYears: yearsOf(index.healthcareYearsItem.id),
    degree: index.degrees.get(answers[index.degreeItem.id] as string)!,
  };
}
