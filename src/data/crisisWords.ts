/**
 * Words and phrases that mean a reader may be in crisis. When a search contains one of them,
 * the first result is always "Get help now" with the crisis lines, whatever the index holds
 * (src/search/query.ts). Matched as whole words, ignoring case, accents and hyphens, so
 * "Self-harm" matches "self harm".
 *
 * One list per language of the course: the Spanish build uses `es`, with Spanish words as
 * people type them, with or without accents ("daño" and "dano" match the same).
 */
export type { CourseLocale } from '../i18n/locales';
import type { CourseLocale } from '../i18n/locales';

export const CRISIS_WORDS: Readonly<Record<CourseLocale, readonly string[]>> = {
  en: [
    'suicide',
    'suicidal',
    'kill myself',
    'killing myself',
    'end my life',
    'ending my life',
    'end it all',
    'want to die',
    'wanna die',
    'better off dead',
    'self harm',
    'self harming',
    'hurt myself',
    'hurting myself',
    'cut myself',
    'cutting myself',
    'overdose',
    'overdosed',
    'od',
    'crisis',
    'emergency',
  ],
  es: [
    'suicidio',
    'suicida',
    'suicidas',
    'suicidarme',
    'suicidarse',
    'matarme',
    'me voy a matar',
    'quitarme la vida',
    'acabar con mi vida',
    'terminar con mi vida',
    'quiero morir',
    'quiero morirme',
    'me quiero morir',
    'no quiero vivir',
    'mejor muerto',
    'mejor muerta',
    'hacerme daño',
    'lastimarme',
    'herirme',
    'cortarme',
    'autolesión',
    'autolesiones',
    'sobredosis',
    'crisis',
    'emergencia',
    'emergencias',
  ],
};
