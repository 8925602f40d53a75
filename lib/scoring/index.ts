export { pickTrack, scoreAnswers, scoreParsed, SCORING_VERSION } from "./engine";
export {
  answersSchemaFor,
  itemAnswerSchema,
  parseAnswers,
  toAnswerIssues,
  InvalidAnswersError,
  type Answers,
  type AnswerValue,
  type AnswerIssue,
} from "./answers";
export type * from "./types";
