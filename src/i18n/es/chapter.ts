// translation_of: src/i18n/en/chapter.ts 3d086210ed1e334af745a18ff73f56da240543f7
/** Words of the small helpers on every chapter (reading time, glossary words, citations), in Spanish. */
import type { ChapterText } from '../en/chapter';

export const CHAPTER_TEXT: ChapterText = {
  readingTime: (n, withCheck) => {
    const unit = n === 1 ? 'minuto' : 'minutos';
    return withCheck
      ? `Alrededor de ${n} ${unit}, con la prueba de conocimientos`
      : `Alrededor de ${n} ${unit} de lectura`;
  },
  moreInGlossary: 'Más en el glosario',
  close: 'Cerrar',
  closeWhat: (term) => ` la definición de ${term}`,
  source: (number, label) => `Fuente ${number}: ${label}`,
};
