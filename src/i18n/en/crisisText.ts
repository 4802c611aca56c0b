/**
 * Words of the crisis parts shown on many pages: the "Get help now" link in the top bar, the
 * crisis box (<HelpNow />) and the crisis lines at the end of a printout. The lines themselves
 * come from the clinic config (src/data/crisisLines.ts by default).
 */
export const CRISIS_TEXT = {
  /** The top bar's link to the help page. */
  helpNow: 'Get help now',
  /** The crisis box: its accessible name, its first (bold) sentence, the rest, and its link. */
  boxLabel: 'If you need help now',
  boxLeadStrong: 'If you are struggling or thinking about suicide, you do not have to wait.',
  boxLead: 'This course is not emergency care. Help is there now:',
  allLines: 'See all crisis lines',
  /** A printout's last lines. */
  printCrisis: 'In a crisis, now:',
  printNotCare: 'This course is education. It is not medical advice and not emergency care.',
  printPhone: 'Phone',
  printAfterHours: 'After hours',
};
