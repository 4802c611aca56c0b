// translation_of: src/i18n/en/report.ts 1d66a47d5fe5697a125dfce58ba0d230eca10342
/** "Report a problem with this page" in Spanish: the link and the draft it opens. */
import type { ReportText } from '../en/report';

export const REPORT_TEXT: ReportText = {
  link: 'Informar un problema en esta página',
  draft: {
    subject: (title) => `Problema en "${title}"`,
    page: 'Página',
    section: 'Sección',
    whichPart: '(por favor, diga qué parte de la página)',
    whatIsWrong: '¿Qué está mal y qué debería decir? Si puede, nombre una fuente.',
    noHealth: 'Por favor, no escriba nada sobre su propia salud ni sobre un cliente.',
  },
};
