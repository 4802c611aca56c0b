// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/start-here.ts ?
export { default } from '../../../data/quizzes/start-here';
