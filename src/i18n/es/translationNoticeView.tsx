// translation_of: src/i18n/en/translationNoticeView.tsx 30957e01cadf80c26cf18ea0143aec30542dc554
/** The Spanish edition shows the translation notice (see src/i18n/en/translationNoticeView.tsx). */
export { default } from '../../components/TranslationNotice';
