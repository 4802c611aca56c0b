/**
 * Page-weight budgets for a reader on a cheap phone (test settings: they live with the tests).
 * A stock Docusaurus 3.10.2 docs page ships about 173–179 KB of JavaScript (gzip) before load;
 * a chapter must not ship more. A chapter with a knowledge check may add what one quiz needs
 * (its code and its own questions, about 9 KB; issue 14): 12 KB. A page with a heavier tool
 * (the checklist, which sits on a chapter that also has its quiz; the plan builder and plan
 * view, with the plan code and the QR code) may add 25 KB. The budgets are the same in every
 * language (issue 16), with the language switcher every page of a two-language copy carries.
 * The pages are weighed until they are loaded and hydrated, whichever comes later, which counts
 * at least everything before load: see tests/e2e/support/weigh.ts.
 * The browser test tests/e2e/budgets.spec.ts enforces these on the production build, and
 * `npm run bench` reports them.
 */

export const KB = 1024;

export const BUDGETS = {
  /** JavaScript (gzip) a page without interactive parts loads until it has settled. */
  plainPageJs: 180 * KB,
  /** Extra JavaScript (gzip) a chapter with a knowledge check may add: one quiz's code and data. */
  quizExtraJs: 12 * KB,
  /** Extra JavaScript (gzip) a page with the checklist or a plan tool may add. */
  toolExtraJs: 25 * KB,
  /** CSS (gzip) until the page has settled. */
  css: 40 * KB,
  /** HTML (gzip) of one page. */
  html: 60 * KB,
} as const;

export type PageKind = 'plain' | 'quiz' | 'tool';

export interface PageType {
  readonly name: string;
  readonly path: string;
  readonly kind: PageKind;
}

/** One representative page for each kind of page the course has. */
export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/', kind: 'plain' },
  { name: 'chapter', path: '/learn/faq', kind: 'plain' },
  { name: 'chapter with quiz', path: '/learn/safety', kind: 'quiz' },
  { name: 'checklist', path: '/learn/what-to-expect', kind: 'tool' },
  { name: 'plan builder', path: '/plan/build', kind: 'tool' },
  { name: 'plan view', path: '/plan', kind: 'tool' },
  { name: 'blog post', path: '/blog/how-to-read-a-ketamine-study', kind: 'plain' },
];

/**
 * The same page types in the Spanish edition (build/es/, served under /es/), with the same budgets.
 * Blog posts are not translated: the Spanish edition serves them in English.
 */
export const SPANISH_PAGE_TYPES: readonly PageType[] = PAGE_TYPES.filter((type) => !type.path.startsWith('/blog/')).map(
  (type) => ({ ...type, name: `${type.name} (Spanish)`, path: `/es${type.path}` }),
);

export function jsBudget(kind: PageKind): number {
  const extra = { plain: 0, quiz: BUDGETS.quizExtraJs, tool: BUDGETS.toolExtraJs }[kind];
  return BUDGETS.plainPageJs + extra;
}

/** One line that states the JavaScript budgets (for test messages and the bench). */
export function describeBudgets(): string {
  return `plain page JS ≤ ${formatKb(BUDGETS.plainPageJs)}, with a quiz +${formatKb(BUDGETS.quizExtraJs)}, with the checklist or a plan tool +${formatKb(BUDGETS.toolExtraJs)}, in every language`;
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
