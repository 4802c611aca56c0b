// translation_of: src/i18n/en/translationNotice.tsx 32c21c86c7f7179209df4932c013d67bf593ce03
/** Words of the translation notice in Spanish (src/i18n/en/translationNotice.tsx). */
import React from 'react';
import type { TRANSLATION_NOTICE as EN } from '../en/translationNotice';

export const TRANSLATION_NOTICE: typeof EN = {
  label: 'Sobre esta traducción',
  translationOf: (link: React.ReactNode) => <>Esta página es una traducción de {link}.</>,
  englishPage: 'la página en inglés',
  reviewed: (last: string, due: string) =>
    `La página en inglés se revisó por última vez el ${last}. Su próxima revisión será el ${due}.`,
  report: 'Informe un problema con esta traducción',
  // Said in Spanish for the reader and in English for the people who fix it.
  reportAbout: 'traducción al español / Spanish translation',
  englishOnly: 'Esta página está en inglés.',
};
