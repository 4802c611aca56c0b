/**
 * Words of the small helpers on every chapter, in English: the reading time at the top
 * (src/components/ReadingTime), glossary words (src/components/Term) and citations (src/components/Cite).
 */
export interface ChapterText {
  /** "About 8 minutes, with the knowledge check" / "About 3 minutes to read". */
  readonly readingTime: (minutes: number, withCheck: boolean) => string;
  readonly moreInGlossary: string;
  readonly close: string;
  /** Read by screen readers after "Close": " the definition of dissociation". */
  readonly closeWhat: (term: string) => string;
  /** A citation's accessible name: "Source 3: FDA 2023". */
  readonly source: (number: string | number, label: string) => string;
}

export const CHAPTER_TEXT: ChapterText = {
  readingTime: (n, withCheck) => {
    const unit = n === 1 ? 'minute' : 'minutes';
    return withCheck ? `About ${n} ${unit}, with the knowledge check` : `About ${n} ${unit} to read`;
  },
  moreInGlossary: 'More in the glossary',
  close: 'Close',
  closeWhat: (term) => ` the definition of ${term}`,
  source: (number, label) => `Source ${number}: ${label}`,
};
