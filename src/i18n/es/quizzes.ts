// UNTRANSLATED: a placeholder that repeats the English until the Spanish is written.
// tests/content/translationParity.test.ts fails while this line is here.
export * from '../en/quizzes';
