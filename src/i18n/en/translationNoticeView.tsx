/**
 * The notice at the top of a translated page (src/components/TranslationNotice), per edition.
 * English is the source, so its pages have no notice and carry none of its code; the Spanish
 * edition's file is the notice itself. Chosen at build time through `@locale` (no lazy loading:
 * a lazily loaded notice was removed and put back while the page hydrated, shifting the text).
 */
export default function TranslationNoticeView(): null {
  return null;
}
