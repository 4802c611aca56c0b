/**
 * Dates in English: "22 November 2026" for calendar dates (review dates, plan dates), written by
 * hand (src/course/reviewDates.ts), and the reader's own date format for moments on this device.
 * src/i18n/es/dates.ts has the same exports in Spanish.
 */
export { formatLongDate } from '../../course/reviewDates';

/** A moment on this device (e.g. when a module was marked as read), in the browser's date format. */
export function formatLocalDate(date: Date): string {
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
}
