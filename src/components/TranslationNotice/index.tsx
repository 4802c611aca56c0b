import React from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useLocation } from '@docusaurus/router';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import ReportErrorLink from '@site/src/components/ReportErrorLink';
import { LOCALE_INFO, SOURCE_LOCALE, isTranslatedPage, pathInEdition } from '@site/src/i18n/locales';
import { TRANSLATION_NOTICE as T } from '@locale/translationNotice';
import { formatLongDate } from '@locale/dates';
import styles from './styles.module.css';

interface TranslationFrontMatter {
  /** Set on every translated page (i18n/README.md): the version of the English it translates. */
  readonly translation_of?: unknown;
  readonly last_reviewed?: unknown;
  readonly review_due?: unknown;
}

/**
 * At the top of every translated docs page (one whose front matter has `translation_of`): that it is a translation of the English page (a
 * link to it, when the English edition is built), the English page's review dates (which the
 * translation's front matter keeps), and "Report a problem with this translation". English
 * pages show nothing. A page of a translated edition that is not translated (the clinicians'
 * pages stay in English) says only that it is in English.
 */
export default function TranslationNotice(): React.ReactElement | null {
  const { siteConfig, i18n } = useDocusaurusContext();
  const { frontMatter, metadata } = useDoc();
  const { pathname } = useLocation();
  if (i18n.currentLocale === SOURCE_LOCALE) return null;
  if (!isTranslatedPage(i18n.currentLocale, frontMatter)) {
    return (
      <p className={styles.notice} data-testid="english-only-notice">
        {T.englishOnly}
      </p>
    );
  }
  const source = i18n.localeConfigs[SOURCE_LOCALE];
  const fm = frontMatter as TranslationFrontMatter;
  // In one sentence, not a list of dates: the notice stays short on a phone, above the title.
  const last = formatLongDate(fm.last_reviewed);
  const due = formatLongDate(fm.review_due);
  // A plain link: Docusaurus' <Link> would put this edition's base (/es/) in front of it.
  const english = source ? (
    <a
      href={pathInEdition(pathname, siteConfig.baseUrl, source.baseUrl)}
      hrefLang={LOCALE_INFO[SOURCE_LOCALE].htmlLang}
    >
      {T.englishPage}
    </a>
  ) : (
    T.englishPage
  );
  return (
    <aside
      className={`${styles.notice} search-ignore`}
      aria-label={T.label}
      data-listen-skip
      data-testid="translation-notice"
    >
      <p className={styles.line}>
        {T.translationOf(english)}
        {last && due && ` ${T.reviewed(last, due)}`}
      </p>
      <p className={styles.report}>
        <ReportErrorLink pageTitle={metadata.title} about={T.reportAbout}>
          {T.report}
        </ReportErrorLink>
      </p>
    </aside>
  );
}
