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
import * as enReferences from './en/references';
import * as esReferences from './es/references';

export interface CourseData {
  readonly glossaryById: ReadonlyMap<string, GlossaryEntry>;
  readonly factById: ReadonlyMap<string, Fact>;
  readonly getQuiz: (moduleId: string) => QuizData | undefined;
  /** Words the build writes into pages. */
  readonly text: {
    /** Heading of the list of sources at the end of a page. */
    readonly sourcesHeading: string;
    /** Link to a source that has no DOI (the References page's words). */
    readonly readSource: string;
    /**
     * The language of the sources' titles when it is not the page's: they stay as published
     * (English), so screen readers read them as English (WCAG 3.1.2). Undefined on English pages.
     */
    readonly sourcesLang?: string;
  };
}

const DATA: Readonly<Record<CourseLocale, CourseData>> = {
  en: {
    glossaryById: enGlossary.GLOSSARY_BY_ID,
    factById: enFacts.FACT_BY_ID,
    getQuiz: enQuizzes.getQuiz,
    text: { sourcesHeading: 'Sources for this page', readSource: enReferences.REFERENCE_LIST_TEXT.readSource },
  },
  es: {
    glossaryById: esGlossary.GLOSSARY_BY_ID,
    factById: esFacts.FACT_BY_ID,
    getQuiz: esQuizzes.getQuiz,
    text: {
      sourcesHeading: 'Fuentes de esta página',
      readSource: esReferences.REFERENCE_LIST_TEXT.readSource,
      sourcesLang: 'en',
    },
  },
};

export function courseData(locale: CourseLocale): CourseData {
  return DATA[locale];
}
