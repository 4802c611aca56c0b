/** Words of the language switcher in the top bar (src/theme/NavbarItem/LocaleDropdownNavbarItem). */
export const LANGUAGE_SWITCH_TEXT = {
  /** Its accessible name on wide screens: "Language: English" (the visible label is the language's name). */
  label: (current: string) => `Language: ${current}`,
};
