// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/how-ketamine-works.ts ?
export { default } from '../../../data/quizzes/how-ketamine-works';
