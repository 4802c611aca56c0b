/**
 * The languages the course is written in, and what each edition needs to know about itself.
 * English is the source; every other language is a translation of it (i18n/README.md).
 * Plain data, safe in Node (config, plugins, tests) and in the browser.
 */

export const COURSE_LOCALES = ['en', 'es'] as const;
export type CourseLocale = (typeof COURSE_LOCALES)[number];

/** The source language: every translation is checked against it. */
export const SOURCE_LOCALE: CourseLocale = 'en';

export interface LocaleInfo {
  /** The language's own name, as the language switcher shows it. */
  readonly label: string;
  /** The `<html lang>` value and the `hreflang` of its pages. */
  readonly htmlLang: string;
}

export const LOCALE_INFO: Readonly<Record<CourseLocale, LocaleInfo>> = {
  en: { label: 'English', htmlLang: 'en' },
  es: { label: 'Español', htmlLang: 'es' },
};

/**
 * Whether a docs page is a translation: it is in a translated edition and its front matter says
 * which English version it translates (`translation_of`, i18n/README.md).
 */
export function isTranslatedPage(currentLocale: string, frontMatter: object): boolean {
  return currentLocale !== SOURCE_LOCALE && Boolean((frontMatter as { translation_of?: unknown }).translation_of);
}

/** The site's name and tagline in each language (page titles, the top bar, printouts). */
export const SITE_NAMES: Readonly<Record<CourseLocale, { readonly title: string; readonly tagline: string }>> = {
  en: { title: 'Understanding KAP', tagline: 'A free, open course on ketamine-assisted psychotherapy' },
  es: { title: 'Entender la KAP', tagline: 'Un curso gratis y abierto sobre la psicoterapia asistida con ketamina' },
};

export function isCourseLocale(value: unknown): value is CourseLocale {
  return typeof value === 'string' && (COURSE_LOCALES as readonly string[]).includes(value);
}

/**
 * The locale of a source file from its path: files under i18n/<locale>/ are that locale's
 * translations; everything else (docs/, blog/, src/pages/) is English.
 */
export function localeOfPath(filePath: string | undefined): CourseLocale {
  const match = /[\\/]i18n[\\/]([a-z]{2})[\\/]/.exec(filePath ?? '');
  return match && isCourseLocale(match[1]) ? match[1] : SOURCE_LOCALE;
}

/** The path prefix of a locale's pages: '' for the default locale, '/es' for Spanish. */
export function localePrefix(locale: CourseLocale, defaultLocale: CourseLocale = SOURCE_LOCALE): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/**
 * The same page in another edition: `/es/learn/safety` with the Spanish base `/es/` becomes
 * `/learn/safety` with the English base `/`. A path outside the current edition's base is
 * returned under the other base unchanged. Base URLs end with "/" (Docusaurus' localeConfigs).
 */
export function pathInEdition(pathname: string, fromBaseUrl: string, toBaseUrl: string): string {
  const rest = pathname.startsWith(fromBaseUrl)
    ? pathname.slice(fromBaseUrl.length)
    : pathname === fromBaseUrl.replace(/\/$/, '')
      ? ''
      : pathname.replace(/^\//, '');
  return `${toBaseUrl}${rest}`;
}
