/** A date as the page's language writes it in full ("22 November 2026"). English: the source. */
export { formatLongDate } from '../../course/reviewDates';
