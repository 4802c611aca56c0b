// translation_of: src/i18n/en/languageSwitch.ts 6b5e67f7e5b2c09604b3ca0e12b3af69ec5f755d
/** Words of the language switcher in Spanish (src/i18n/en/languageSwitch.ts). */
import type { LANGUAGE_SWITCH_TEXT as EN } from '../en/languageSwitch';

export const LANGUAGE_SWITCH_TEXT: typeof EN = {
  label: (current: string) => `Idioma: ${current}`,
};
