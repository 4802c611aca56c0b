/** The words of the review dates at the end of every chapter (src/components/ReviewDates), in English. */
export interface ReviewDatesText {
  readonly lastReviewed: string;
  readonly reviewDue: string;
}

export const REVIEW_DATES_TEXT: ReviewDatesText = {
  lastReviewed: 'Page last reviewed:',
  reviewDue: 'Next review due:',
};
