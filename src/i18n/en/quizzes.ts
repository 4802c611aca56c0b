/** The knowledge checks in English: the source (src/data/quizzes/). */
export { QUIZZES, getQuiz } from '../../data/quizzes';
