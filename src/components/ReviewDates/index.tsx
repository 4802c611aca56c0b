import React from 'react';
import { formatLongDate } from '@locale/dates';
import { REVIEW_DATES_TEXT as T } from '@locale/reviewDates';
import styles from './styles.module.css';

interface Props {
  readonly lastReviewed: unknown;
  readonly reviewDue: unknown;
}

/** "Page last reviewed" and "Next review due", shown at the end of every chapter, in the page's language. */
export default function ReviewDates({ lastReviewed, reviewDue }: Props): React.ReactElement | null {
  const last = formatLongDate(lastReviewed);
  const due = formatLongDate(reviewDue);
  if (!last || !due) return null;
  return (
    <dl className={styles.dates}>
      <div>
        <dt>{T.lastReviewed}</dt> <dd>{last}</dd>
      </div>
      <div>
        <dt>{T.reviewDue}</dt> <dd>{due}</dd>
      </div>
    </dl>
  );
}
