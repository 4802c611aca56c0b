import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { isCourseLocale, type CourseLocale } from '@site/src/i18n/locales';

export interface SiteLanguage {
  readonly locale: CourseLocale;
  /** The language's base URL in this build: "/" for the first, "/es/" (or "/kap/es/") for others. */
  readonly baseUrl: string;
}

export interface SiteLanguages {
  /** The language of this page. */
  readonly current: CourseLocale;
  /** Every language this copy is built in (clinic config `languages`), in that order. */
  readonly all: readonly SiteLanguage[];
}

/**
 * The languages this copy of the course is built in, from Docusaurus' i18n settings (which come
 * from the clinic config). Component tests render without them: then English only.
 */
export function useLanguages(): SiteLanguages {
  const { siteConfig, i18n } = useDocusaurusContext();
  const fallback: SiteLanguages = { current: 'en', all: [{ locale: 'en', baseUrl: siteConfig.baseUrl }] };
  // Optional: component tests render without Docusaurus' i18n context.
  if (!i18n?.locales) return fallback;
  const current = isCourseLocale(i18n.currentLocale) ? i18n.currentLocale : 'en';
  const all = i18n.locales.filter(isCourseLocale).map((locale) => ({
    locale,
    baseUrl: i18n.localeConfigs[locale]?.baseUrl ?? siteConfig.baseUrl,
  }));
  return { current, all };
}
