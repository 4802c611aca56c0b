// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/what-to-expect.ts ?
export { default } from '../../../data/quizzes/what-to-expect';
