import React from 'react';
import Heading from '@theme/Heading';
import type { CourseModule } from '@site/src/course/modules';
import { formatLongDate } from '@site/src/course/reviewDates';
import { describeQuiz, type Summary } from '@site/src/course/summary';
import { CHECKLIST } from '@site/src/data/checklist';
import styles from './styles.module.css';

interface Props {
  readonly summary: Summary;
  /** The modules this copy of the course shows, in order. */
  readonly modules: readonly CourseModule[];
  /** Show the "What to expect" checklist (false when a clinic hides that module). */
  readonly showChecklist: boolean;
  /** Shown when the summary has no questions. */
  readonly noQuestions: React.ReactNode;
}

/**
 * A preparation summary: modules read, knowledge-check results, checklist state and the reader's
 * own questions, with the date. Everything is plain React text. Used by the reader's own
 * summary (/summary) and the clinician's read-only view of a shared link (/summary/view).
 */
export default function SummaryDetails({ summary, modules, showChecklist, noQuestions }: Props): React.ReactElement {
  const byId = new Map(summary.modules.map((m) => [m.id, m]));
  const date = formatLongDate(summary.date);
  const ticked = new Set(summary.checklist);
  const itemCount = CHECKLIST.reduce((n, g) => n + g.items.length, 0);
  const readCount = modules.filter((m) => byId.get(m.id)?.read).length;
  const passedCount = modules.filter((m) => byId.get(m.id)?.quiz?.passed).length;

  return (
    <div className={styles.summary} data-testid="summary-details">
      <p className={styles.date}>{date ? `Made on ${date}.` : 'The date this summary was made is not known.'}</p>

      <Heading as="h2" id="summary-modules">
        Modules
      </Heading>
      <p>
        {readCount} of {modules.length} modules marked as read. {passedCount} knowledge{' '}
        {passedCount === 1 ? 'check' : 'checks'} done.
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Read</th>
              <th scope="col">Knowledge check</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => {
              const s = byId.get(m.id);
              return (
                <tr key={m.id} data-module={m.id}>
                  <th scope="row">
                    {m.order}. {m.title}
                  </th>
                  <td>{s?.read ? '✓ Read' : 'Not marked as read'}</td>
                  <td>{describeQuiz(s?.quiz)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {showChecklist && (
        <>
          <Heading as="h2" id="summary-checklist">
            What to expect checklist
          </Heading>
          <p>
            {ticked.size} of {itemCount} items ticked.
          </p>
          {CHECKLIST.map((group) => (
            <section key={group.id} aria-labelledby={`summary-checklist-${group.id}`} className={styles.group}>
              <Heading as="h3" id={`summary-checklist-${group.id}`} className={styles.groupTitle}>
                {group.title}
              </Heading>
              <ul className={styles.checklist}>
                {group.items.map((item) => (
                  <li key={item.id} data-ticked={ticked.has(item.id)}>
                    <span aria-hidden="true" className={styles.mark}>
                      {ticked.has(item.id) ? '☑' : '☐'}
                    </span>{' '}
                    {item.text}
                    <span className={styles.state}>{ticked.has(item.id) ? ' (ticked)' : ' (not ticked)'}</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}

      <Heading as="h2" id="summary-questions">
        Questions for the care team
      </Heading>
      {summary.questions ? (
        <p className={styles.questions} data-testid="summary-questions">
          {summary.questions}
        </p>
      ) : (
        noQuestions
      )}
    </div>
  );
}
