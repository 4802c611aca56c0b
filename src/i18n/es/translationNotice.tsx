// translation_of: src/i18n/en/translationNotice.tsx 1666757ffdd143f53cf35308a93cf389a7c8709f
/** Words of the translation notice in Spanish (src/i18n/en/translationNotice.tsx). */
import React from 'react';
import type { TRANSLATION_NOTICE as EN } from '../en/translationNotice';

export const TRANSLATION_NOTICE: typeof EN = {
  label: 'Sobre esta traducción',
  translationOf: (link: React.ReactNode) => <>Esta página es una traducción de {link}.</>,
  englishPage: 'la página en inglés',
  englishDates: 'Fechas de revisión de la página en inglés:',
  report: 'Informe un problema con esta traducción',
  // Said in Spanish for the reader and in English for the people who fix it.
  reportAbout: 'traducción al español / Spanish translation',
  englishOnly: 'Esta página está en inglés.',
};
