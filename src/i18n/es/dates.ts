// translation_of: src/i18n/en/dates.ts 210e679907fbd5003f90fa4b273c254978ec97db
/**
 * Dates in Spanish, "22 de noviembre de 2026", written by hand: no Intl formatter, so nothing
 * loads locale data while a page starts (src/course/reviewDates.ts says why). Same exports as
 * src/i18n/en/dates.ts.
 */
import { parseIsoDate } from '../../course/reviewDates';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/** "22 de noviembre de 2026" for an ISO calendar date (front matter, plan dates), or null. */
export function formatLongDate(value: unknown): string | null {
  const date = parseIsoDate(value);
  if (!date) return null;
  return `${date.getUTCDate()} de ${MONTHS[date.getUTCMonth()]} de ${date.getUTCFullYear()}`;
}

/** A moment on this device (e.g. when a module was marked as read), in the reader's time zone. */
export function formatLocalDate(date: Date): string {
  return `${date.getDate()} de ${MONTHS[date.getMonth()]} de ${date.getFullYear()}`;
}
