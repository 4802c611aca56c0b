import { useEffect } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { homeRedirect, readLanguageChoice } from '@site/src/course/languageChoice';
import { deviceStorage } from '@site/src/course/deviceStorage';

/**
 * On a home page: a reader who chose the other language in the top bar (remembered on this
 * device only) is taken to that language's home, keeping any search and hash.
 */
export function useLanguageHome(): void {
  const { siteConfig, i18n } = useDocusaurusContext();
  useEffect(() => {
    const baseUrls = Object.fromEntries(i18n.locales.map((l) => [l, i18n.localeConfigs[l]?.baseUrl ?? '']));
    const visit = {
      pathname: window.location.pathname,
      locale: i18n.currentLocale,
      baseUrl: siteConfig.baseUrl,
      baseUrls,
    };
    const target = homeRedirect(visit, readLanguageChoice(deviceStorage()));
    if (target) window.location.replace(`${target}${window.location.search}${window.location.hash}`);
  }, [siteConfig.baseUrl, i18n]);
}
