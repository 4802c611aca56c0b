/**
 * Words of the notice at the top of a translated docs page (src/components/TranslationNotice).
 * English pages show no notice: these are the source the translations follow.
 */
import React from 'react';

export const TRANSLATION_NOTICE = {
  /** The notice's accessible name. */
  label: 'About this translation',
  /** "This page is a translation of <the English page>." */
  translationOf: (link: React.ReactNode) => <>This page is a translation of {link}.</>,
  englishPage: 'the English page',
  /** The English page's review dates, as long dates in the page's language. */
  reviewed: (last: string, due: string) =>
    `The English page was last reviewed on ${last}. Its next review is due on ${due}.`,
  report: 'Report a problem with this translation',
  /** What a report from the notice is about, as its subject and draft say it. */
  reportAbout: 'translation',
  /** On a page of a translated edition that is not translated (the clinicians' pages). */
  englishOnly: 'This page is in English.',
};
