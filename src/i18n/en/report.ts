/**
 * "Report a problem with this page" at the end of every chapter (src/theme/DocItem/Footer), in
 * English. The draft it opens stays in English (src/course/reportError.ts): it goes to the people
 * who fix the course.
 */
export interface ReportText {
  readonly link: string;
}

export const REPORT_TEXT: ReportText = {
  link: 'Report a problem with this page',
};
