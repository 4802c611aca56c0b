// translation_of: src/i18n/en/report.ts 9e664e722eba38057c78f3d7af903a59bcf943d5
/** "Report a problem with this page" at the end of every chapter, in Spanish. */
import type { ReportText } from '../en/report';

export const REPORT_TEXT: ReportText = {
  link: 'Informe un problema con esta página',
};
