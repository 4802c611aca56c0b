import React from 'react';
import { formatLongDate } from '@site/src/course/reviewDates';
import styles from './styles.module.css';

interface Props {
  readonly lastReviewed: unknown;
  readonly reviewDue: unknown;
}

/** "Page last reviewed" and "Next review due", shown at the end of every chapter. */
export default function ReviewDates({ lastReviewed, reviewDue }: Props): React.ReactElement | null {
  const last = formatLongDate(lastReviewed);
  const due = formatLongDate(reviewDue);
  if (!last || !due) return null;
  return (
    <dl className={styles.dates}>
      <div>
        <dt>Page last reviewed:</dt> <dd>{last}</dd>
      </div>
      <div>
        <dt>Next review due:</dt> <dd>{due}</dd>
      </div>
    </dl>
  );
}
