// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/conditions-and-evidence.ts ?
export { default } from '../../../data/quizzes/conditions-and-evidence';
