// translation_of: src/i18n/en/languageSwitch.ts ?
/** Words of the language switcher in Spanish (src/i18n/en/languageSwitch.ts). */
import type { LANGUAGE_SWITCH_TEXT as EN } from '../en/languageSwitch';

export const LANGUAGE_SWITCH_TEXT: typeof EN = {
  label: (current: string) => `Idioma: ${current}`,
};
