// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/finding-care.ts ?
export { default } from '../../../data/quizzes/finding-care';
