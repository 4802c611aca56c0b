/**
 * Page-weight budgets for a reader on a cheap phone (issue: fast on a cheap phone).
 * A stock Docusaurus 3.10.2 docs page ships about 173–179 KB of JavaScript (gzip) before load;
 * a chapter must not ship more, and a page with interactive parts at most 25 KB more.
 * The pages are weighed until they are loaded and hydrated, whichever comes later, which counts
 * at least everything before load: see tests/e2e/support/weigh.ts.
 * The browser test tests/e2e/budgets.spec.ts enforces these on the production build, and
 * `npm run bench` reports them.
 */

export const KB = 1024;

export const BUDGETS = {
  /** JavaScript (gzip) a page without interactive parts loads until it has settled. */
  plainPageJs: 180 * KB,
  /** Extra JavaScript (gzip) a page with a quiz, checklist or plan tool may add. */
  interactiveExtraJs: 25 * KB,
  /** CSS (gzip) until the page has settled. */
  css: 40 * KB,
  /** HTML (gzip) of one page. */
  html: 60 * KB,
} as const;

export type PageKind = 'plain' | 'interactive';

export interface PageType {
  readonly name: string;
  readonly path: string;
  readonly kind: PageKind;
}

/** One representative page for each kind of page the course has. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', kind: 'plain' },
  { name: 'chapter', path: '/learn/faq', kind: 'plain' },
  { name: 'chapter with quiz', path: '/learn/safety', kind: 'interactive' },
  { name: 'checklist', path: '/learn/what-to-expect', kind: 'interactive' },
  { name: 'plan builder', path: '/plan/build', kind: 'interactive' },
  { name: 'plan view', path: '/plan', kind: 'interactive' },
  { name: 'blog post', path: '/blog/how-to-read-a-ketamine-study', kind: 'plain' },
];

export function jsBudget(kind: PageKind): number {
  return kind === 'plain' ? BUDGETS.plainPageJs : BUDGETS.plainPageJs + BUDGETS.interactiveExtraJs;
}

export interface Weight {
  html: number;
  js: number;
  css: number;
  other: number;
}

export function emptyWeight(): Weight {
  return { html: 0, js: 0, css: 0, other: 0 };
}

/** Which bucket a response falls into, from its content type or address. */
export function weightBucket(contentType: string, url: string): keyof Weight {
  if (/javascript/.test(contentType) || /\.m?js(\?|$)/.test(url)) return 'js';
  if (/text\/css/.test(contentType) || /\.css(\?|$)/.test(url)) return 'css';
  if (/text\/html/.test(contentType)) return 'html';
  return 'other';
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
