// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// translation_of: src/data/quizzes/dosing-sessions.ts ?
export { default } from '../../../data/quizzes/dosing-sessions';
