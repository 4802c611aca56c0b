import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Listen from '@site/src/components/Listen';
// The notice in a translated edition; nothing (and no code) in English (src/i18n/en/translationNoticeView.tsx).
import TranslationNotice from '@locale/translationNoticeView';
import { SOURCE_LOCALE, isTranslatedPage } from '@site/src/i18n/locales';

type Props = WrapperProps<typeof ContentType>;

// In a translated edition, the translation notice first; a page there that is not translated
// (the clinicians' pages) is marked as English.
// "Listen" right before the chapter's text (which it reads). Keyed by the address, so moving to
// another page stops the reading and starts fresh.
export default function ContentWrapper(props: Props): React.ReactElement {
  const { pathname } = useLocation();
  const { i18n } = useDocusaurusContext();
  const { frontMatter } = useDoc();
  const translatedEdition = i18n.currentLocale !== SOURCE_LOCALE;
  const content = <Content {...props} />;
  return (
    <>
      <TranslationNotice />
      <Listen key={pathname} />
      {translatedEdition && !isTranslatedPage(i18n.currentLocale, frontMatter) ? (
        <div lang="en">{content}</div>
      ) : (
        content
      )}
    </>
  );
}
