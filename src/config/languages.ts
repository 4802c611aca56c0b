/**
 * Docusaurus' i18n settings from the clinic config's `languages` (src/config/clinic.ts): the
 * languages a copy is built in, and which is at the site's root. Tested in tests/unit/clinic.test.ts.
 *
 * - ['en', 'es'] (the default): English at "/", Spanish at "/es/".
 * - ['en']: English only; the build has no "es" folder and no Spanish pages.
 * - ['es']: Spanish only, at "/".
 * - ['es', 'en']: Spanish at "/", English at "/en/".
 */
import type { I18nConfig } from '@docusaurus/types';
import { LOCALE_INFO, type CourseLocale } from '../i18n/locales';

export type CourseI18n = Pick<I18nConfig, 'defaultLocale' | 'locales'> & {
  readonly localeConfigs: Record<string, { readonly label: string; readonly htmlLang: string }>;
};

export function i18nFor(languages: readonly CourseLocale[]): CourseI18n {
  if (languages.length === 0) throw new Error('languages must list at least one language');
  return {
    defaultLocale: languages[0],
    locales: [languages[0], ...languages.slice(1)],
    localeConfigs: Object.fromEntries(languages.map((l) => [l, { ...LOCALE_INFO[l] }])),
  };
}
