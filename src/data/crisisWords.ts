/**
 * Words and phrases that mean a reader may be in crisis. When a search contains one of them,
 * the first result is always "Get help now" with the crisis lines, whatever the index holds
 * (src/search/query.ts). Matched as whole words, ignoring case, accents and hyphens, so
 * "Self-harm" matches "self harm".
 *
 * One list per language of the course. Spanish (`es`) is empty until the Spanish edition
 * exists; add its words here then (for example "suicidio", "quiero morir", "hacerme daño"). cspell:disable-line
 */
export type CourseLocale = 'en' | 'es';

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
  es: [],
};
