// translation_of: src/i18n/en/references.ts 562f685f423d1f7964ccb172291135eda7fb5750
/**
 * The words of the References page's list in Spanish. Only these labels are translated: the
 * titles, journals and authors of the sources stay as published, in English.
 */
import type { ReferenceListText } from '../en/references';

export const REFERENCE_LIST_TEXT: ReferenceListText = {
  readSource: 'Leer la fuente',
};
