// translation_of: src/i18n/en/notFound.ts 0419cb369042394e4bc743bd40f009a1cea3a628
/** Words of our part of the 404 page in Spanish (src/i18n/en/notFound.ts). */
import type { NOT_FOUND_TEXT as EN } from '../en/notFound';

export const NOT_FOUND_TEXT: typeof EN = {
  repairing: 'Este enlace tenía “%23” donde va un “#”. Abriéndolo de la forma correcta…',
};
