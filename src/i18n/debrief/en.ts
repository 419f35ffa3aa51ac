// English texts of the debrief (the citizen file, sources, questions).
// German lives in ./de.ts with the same keys.
export const debriefEn = {
  title: 'Your citizen file',
};
