// translation_of: src/course/reviewDates.ts e9baf259972b0d4dfaaada5c456839d43e497fc8
/** A date as Spanish writes it in full: "22 de noviembre de 2026". */
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
];

export function formatLongDate(value: unknown): string | null {
  const date = parseIsoDate(value);
  if (!date) return null;
  return `${date.getUTCDate()} de ${MONTHS[date.getUTCMonth()]} de ${date.getUTCFullYear()}`;
}
