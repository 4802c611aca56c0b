/**
 * The words of the search panel (src/components/SearchPanel) in English: the source.
 * The Spanish build uses src/i18n/es/search.ts (same names, same types) through '@locale/search'.
 * The button in the top bar uses the theme's own "Search" label (theme.SearchBar.label).
 */
import type { SearchKind } from '../../search/sections';

export interface SearchWords {
  /** The dialog's name and the search box's label. */
  readonly searchTheCourse: string;
  readonly placeholder: string;
  /** Under the box: the privacy promise. */
  readonly staysOnDevice: string;
  readonly resultsLabel: string;
  readonly kindLabel: Readonly<Record<SearchKind, string>>;
  /** The crisis result. */
  readonly getHelpNow: string;
  readonly noNeedToWait: string;
  /** After the line's name: "988 Lifeline, free, 24 hours a day:". */
  readonly lineFreeAllDay: (lineName: string) => string;
  /** Screen reader announcements. */
  readonly searching: string;
  readonly notAvailable: string;
  readonly resultCount: (count: number) => string;
  readonly crisisFirst: string;
  /** When nothing is found. */
  readonly couldNotLoad: string;
  readonly noResultsFor: string;
  readonly theseMayHelp: string;
  readonly crisisLinesAllDay: string;
  readonly faq: string;
  readonly browseModules: string;
}

export const SEARCH_WORDS: SearchWords = {
  searchTheCourse: 'Search the course',
  placeholder: 'For example: side effects, cost, driving home',
  staysOnDevice: 'What you type stays on this device.',
  resultsLabel: 'Search results',
  kindLabel: {
    chapter: 'Chapter',
    faq: 'FAQ',
    glossary: 'Glossary',
    blog: 'Blog',
    page: 'Page',
    clinicians: 'For clinicians',
  },
  getHelpNow: 'Get help now',
  noNeedToWait: 'You do not have to wait.',
  lineFreeAllDay: (lineName) => `${lineName}, free, 24 hours a day:`,
  searching: 'Searching…',
  notAvailable: 'Search is not available right now.',
  resultCount: (count) => (count === 0 ? 'No results.' : `${count} ${count === 1 ? 'result' : 'results'}.`),
  crisisFirst: 'Get help now is the first result: crisis lines, 24 hours a day.',
  couldNotLoad: 'Search could not load.',
  noResultsFor: 'No results for',
  theseMayHelp: 'These may help:',
  crisisLinesAllDay: '(crisis lines, 24 hours a day)',
  faq: 'Frequently asked questions',
  browseModules: 'Browse all the course modules',
};
