import React, { useEffect } from 'react';
import LocaleDropdownNavbarItem from '@theme-original/NavbarItem/LocaleDropdownNavbarItem';
import type LocaleDropdownNavbarItemType from '@theme/NavbarItem/LocaleDropdownNavbarItem';
import type { WrapperProps } from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { saveLanguageChoice } from '@site/src/course/languageChoice';
import { deviceStorage } from '@site/src/course/deviceStorage';
import { LANGUAGE_SWITCH_TEXT } from '@locale/languageSwitch';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LocaleDropdownNavbarItemType>;

/** The locale whose `<html lang>` a switcher link carries, if it is one of this copy's. */
function chosenLocale(target: EventTarget | null, langToLocale: ReadonlyMap<string, string>): string | null {
  const link = target instanceof Element ? target.closest('nav a[lang]') : null;
  return link ? (langToLocale.get(link.getAttribute('lang') ?? '') ?? null) : null;
}

/**
 * The language switcher (Docusaurus' own, which keeps the page, search and hash). On wide screens
 * its button is named "Language: English" / "Idioma: Español" (and shows only its icon where the
 * top bar is crowded); in the phone menu it keeps the
 * theme's "Languages" heading. When the reader picks a language (by tap, click or Enter), the
 * choice is remembered on this device (src/course/languageChoice.ts), so the home page opens in
 * it next time. Docusaurus gives each language link a `lang` attribute; the choice is read from it.
 */
export default function LocaleDropdownWrapper(props: Props): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const { mobile } = props;
  useEffect(() => {
    const langToLocale = new Map(i18n.locales.map((l) => [i18n.localeConfigs[l]?.htmlLang ?? l, l]));
    const remember = (event: MouseEvent) => {
      const locale = chosenLocale(event.target, langToLocale);
      if (locale) saveLanguageChoice(deviceStorage(), locale);
    };
    // Capture: the link navigates to another edition right after the click.
    document.addEventListener('click', remember, true);
    return () => document.removeEventListener('click', remember, true);
  }, [i18n]);
  const current = i18n.localeConfigs[i18n.currentLocale]?.label ?? i18n.currentLocale;
  return (
    <LocaleDropdownNavbarItem
      {...props}
      {...(mobile ? {} : { 'aria-label': LANGUAGE_SWITCH_TEXT.label(current), className: styles.switcher })}
    />
  );
}
