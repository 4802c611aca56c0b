// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/kap-compared.ts ?
export { default } from '../../../data/quizzes/kap-compared';
