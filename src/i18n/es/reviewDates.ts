// translation_of: src/i18n/en/reviewDates.ts 2301694bbf4cb31a3e6a4f0c3a38840a48102f21
/** The words of the review dates at the end of every chapter (src/components/ReviewDates), in Spanish. */
import type { ReviewDatesText } from '../en/reviewDates';

export const REVIEW_DATES_TEXT: ReviewDatesText = {
  lastReviewed: 'Última revisión de la página:',
  reviewDue: 'Próxima revisión:',
};
