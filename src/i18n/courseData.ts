/**
 * Build-time (Node) access to each edition's course data, for the remark plugin and the tests.
 * The browser never loads this file: components use `@locale/<name>` (src/plugins/localeFiles.ts).
 */
import type { CourseLocale } from './locales';
import type { GlossaryEntry } from '../data/glossary';
import type { Fact } from '../data/facts';
import type { QuizData } from '../course/quiz-types';
import * as enGlossary from './en/glossary';
import * as esGlossary from './es/glossary';
import * as enFacts from './en/facts';
import * as esFacts from './es/facts';
import * as enQuizzes from './en/quizzes';
import * as esQuizzes from './es/quizzes';

export interface CourseData {
  readonly glossaryById: ReadonlyMap<string, GlossaryEntry>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly getQuiz: (moduleId: string) => QuizData | undefined;
  /** Words the build writes into pages. */
  readonly text: {
    /** Heading of the list of sources at the end of a page. */
    readonly sourcesHeading: string;
    /** Link to a source that has no DOI. */
    readonly readSource: string;
  };
}

const DATA: Readonly<Record<CourseLocale, CourseData>> = {
  en: {
    glossaryById: enGlossary.GLOSSARY_BY_ID,
    factById: enFacts.FACT_BY_ID,
    getQuiz: enQuizzes.getQuiz,
    text: { sourcesHeading: 'Sources for this page', readSource: 'Read the source' },
  },
  es: {
    glossaryById: esGlossary.GLOSSARY_BY_ID,
    factById: esFacts.FACT_BY_ID,
    getQuiz: esQuizzes.getQuiz,
    text: { sourcesHeading: 'Fuentes de esta página', readSource: 'Leer la fuente' },
  },
};

export function courseData(locale: CourseLocale): CourseData {
  return DATA[locale];
}
