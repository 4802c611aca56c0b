// translation_of: src/i18n/en/crisisText.ts fc4643bca35a0f4a8375350ec81e57a2fc309006
/** Words of the crisis parts shown on many pages, in Spanish (src/i18n/en/crisisText.ts). */
import type { CRISIS_TEXT as EN } from '../en/crisisText';

export const CRISIS_TEXT: typeof EN = {
  helpNow: 'Obtenga ayuda ahora',
  boxLabel: 'Si necesita ayuda ahora',
  boxLeadStrong: 'Si está pasando por un mal momento o piensa en el suicidio, no tiene que esperar.',
  boxLead: 'Este curso no es atención de emergencia. Hay ayuda ahora mismo:',
  allLines: 'Vea todas las líneas de crisis',
  printCrisis: 'En una crisis, ahora:',
  printNotCare: 'Este curso es educativo. No es consejo médico ni atención de emergencia.',
  printPhone: 'Teléfono',
  printAfterHours: 'Fuera del horario de atención',
};
