/** The site header's words, together so they can move into message files. */
export const headerWords = {
  menu: "Menu",
  howScoringWorks: "How scoring works",
  compareBackgrounds: "Compare backgrounds",
  myResults: "My results",
  takeAssessment: "Take the assessment",
};
