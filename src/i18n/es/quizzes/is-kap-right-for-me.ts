// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/is-kap-right-for-me.ts ?
export { default } from '../../../data/quizzes/is-kap-right-for-me';
