/** Types for knowledge-check data. The data lives in src/data/quizzes/<module-id>.ts. */

export type QuestionKind = 'single' | 'multiple' | 'truefalse';

export interface QuizOption {
  /** Unique within its question. For true/false questions: 'true' and 'false'. */
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Why this option is right, or what is actually true if it is wrong. Plain words. */
  readonly feedback: string;
  /**
   * Where the chapter covers this, as a site path with an anchor,
   * for example '/learn/safety#bladder'. Required on every wrong option.
   */
  readonly link?: string;
}

export interface QuizQuestion {
  /** Unique across the whole course, e.g. 'safety-bladder'. */
  readonly id: string;
  readonly kind: QuestionKind;
  readonly prompt: string;
  readonly options: readonly QuizOption[];
}

export interface QuizData {
  /** The module id from src/course/modules.ts. */
  readonly moduleId: string;
  readonly questions: readonly QuizQuestion[];
}
