/** Chapter review dates: parsing and the rule that a review falls due within three years. */

export const MAX_REVIEW_YEARS = 3;

// A calendar date, or the same date at UTC midnight as YAML parsers serialise it.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T00:00:00(?:\.000)?Z)?$/;

/** Parses a strict ISO calendar date (YYYY-MM-DD) as UTC midnight, or returns null. */
export function parseIsoDate(value: unknown): Date | null {
  // Front matter dates arrive as Date objects, possibly from another realm during server
  // rendering (where instanceof Date fails), so test the tag rather than the constructor.
  const isDate = Object.prototype.toString.call(value) === '[object Date]';
  const text = isDate ? (value as Date).toISOString().slice(0, 10) : value;
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [y, m, d] = match.slice(1, 4).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return null;
  }
  return date;
}

export type ReviewProblem = string;

/** What is wrong with a page's review dates, or an empty list when they are fine. */
export function reviewDateProblems(lastReviewed: unknown, reviewDue: unknown): ReviewProblem[] {
  const last = parseIsoDate(lastReviewed);
  const due = parseIsoDate(reviewDue);
  const problems: ReviewProblem[] = [];
  if (!last) problems.push('last_reviewed must be an ISO date (YYYY-MM-DD)');
  if (!due) problems.push('review_due must be an ISO date (YYYY-MM-DD)');
  if (last && due) {
    const limit = new Date(last);
    limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REVIEW_YEARS);
    if (due <= last) problems.push('review_due must come after last_reviewed');
    if (due > limit) problems.push(`review_due must be at most ${MAX_REVIEW_YEARS} years after last_reviewed`);
  }
  return problems;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "22 November 2026", in words a reader cannot misread as month/day or day/month.
 * Written out by hand rather than with Intl.DateTimeFormat: the first Intl formatter a page
 * builds costs a phone tens of milliseconds while the page is hydrating.
 */
export function formatLongDate(value: unknown): string | null {
  const date = parseIsoDate(value);
  if (!date) return null;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
