/**
 * The Listen button's words, one entry per page language (the rest of the read-aloud words are
 * in src/data/uiText.ts). Kept apart: the button is on every chapter, so this module goes into
 * every chapter's scripts, while the full tables load only with the player (when pressed).
 */

export interface ListenButtonText {
  /** Name of the group of controls. */
  readonly group: string;
  readonly listen: string;
  /** Name of the controls that read one group of a page (e.g. one group of FAQ answers). */
  readonly groupFor: (title: string) => string;
}

// cspell:locale en-US,es,es-ES
const BUTTON: Readonly<Record<string, ListenButtonText>> = {
  en: { group: 'Read this page aloud', listen: 'Listen', groupFor: (title) => `Listen to: ${title}` },
  es: { group: 'Leer esta página en voz alta', listen: 'Escuchar', groupFor: (title) => `Escuchar: ${title}` },
};

/** The Listen button's words for a page language such as "es" or "en-US"; English when there is none. */
export function listenButtonText(lang: string | undefined): ListenButtonText {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return BUTTON[primary] ?? (BUTTON.en as ListenButtonText);
}
