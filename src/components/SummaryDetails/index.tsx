import React from 'react';
import Heading from '@theme/Heading';
import type { CourseModule } from '@site/src/course/modules';
import { formatLongDate } from '@site/src/course/reviewDates';
import { describeMissed, describeQuiz, type Summary, type SummaryModule } from '@site/src/course/summary';
import { CHECKLIST } from '@site/src/data/checklist';
import { SUGGESTED_PLANS } from '@site/src/data/suggestedPlans';
import styles from './styles.module.css';
import PrintFooter from '@site/src/components/PrintFooter';

interface Props {
  readonly summary: Summary;
  /** The modules this copy of the course shows, in order. */
  readonly modules: readonly CourseModule[];
  /** Show the "What to expect" checklist (false when a clinic hides that module). */
  readonly showChecklist: boolean;
  /** Shown when the summary has no questions. */
  readonly noQuestions: React.ReactNode;
}

/** A suggested plan's title when the plan is one, else a plain description. */
function planName(modules: readonly string[]): string {
  const match = SUGGESTED_PLANS.find(
    (p) => p.modules.length === modules.length && p.modules.every((id, i) => modules[i] === id),
  );
  return match ? match.title : 'A plan chosen by the care team';
}

function firstTry(s: SummaryModule | undefined): string {
  if (!s?.quiz) return '—';
  if (!s.first) return 'Not recorded';
  return `${s.first.score} of ${s.first.total}`;
}

function ModuleTable({
  caption,
  list,
  byId,
}: {
  caption: string;
  list: readonly CourseModule[];
  byId: Map<string, SummaryModule>;
}) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Read</th>
            <th scope="col">Check: first try</th>
            <th scope="col">Check: latest</th>
          </tr>
        </thead>
        <tbody>
          {list.map((m) => {
            const s = byId.get(m.id);
            return (
              <tr key={m.id} data-module={m.id}>
                <th scope="row">
                  {m.order}. {m.title}
                </th>
                <td>{s?.read ? '✓ Read' : 'Not marked as read'}</td>
                <td>{firstTry(s)}</td>
                <td>{describeQuiz(s?.quiz)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A preparation summary for the care team: the reader's own questions first, then their plan
 * (clinic, plan, target date, how many assigned modules are done), each module's knowledge check
 * (first try and latest), the questions missed on the first try with the answers chosen (a
 * safety-relevant choice flagged), the rest of the course, and the checklist. Everything is plain
 * React text. Used by the reader's own summary (/summary) and the clinician's read-only view of a
 * shared link (/summary/view).
 */
export default function SummaryDetails({ summary, modules, showChecklist, noQuestions }: Props): React.ReactElement {
  const byId = new Map(summary.modules.map((m) => [m.id, m]));
  const date = formatLongDate(summary.date);
  const ticked = new Set(summary.checklist);
  const itemCount = CHECKLIST.reduce((n, g) => n + g.items.length, 0);
  const readCount = modules.filter((m) => byId.get(m.id)?.read).length;
  const passedCount = modules.filter((m) => byId.get(m.id)?.quiz?.passed).length;
  const planIds = summary.plan?.modules.filter((id) => modules.some((m) => m.id === id)) ?? [];
  const planModules = planIds.map((id) => modules.find((m) => m.id === id)!);
  const rest = modules.filter((m) => !planIds.includes(m.id));
  const restStarted = rest.filter((m) => byId.has(m.id));
  const restNotStarted = rest.filter((m) => !byId.has(m.id));
  const planDone = planIds.filter((id) => byId.get(id)?.read && byId.get(id)?.quiz?.passed).length;
  const target = summary.plan ? formatLongDate(summary.plan.targetDate) : null;
  const missed = modules.flatMap((m) =>
    (byId.get(m.id)?.missed ?? []).map((x) => ({ module: m, missed: x, text: describeMissed(x) })),
  );
  const safetyCount = missed.filter((x) => x.text?.chosen.some((c) => c.safety)).length;

  return (
    <div className={styles.summary} data-testid="summary-details">
      <p className={styles.date}>
        {summary.initials && (
          <>
            <span data-testid="summary-initials">{summary.initials}</span>.{' '}
          </>
        )}
        {date ? `Made on ${date}.` : 'The date this summary was made is not known.'}
      </p>

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

      {summary.plan && planModules.length > 0 && (
        <section aria-labelledby="summary-plan" data-testid="summary-plan">
          <Heading as="h2" id="summary-plan">
            The plan
          </Heading>
          <p>
            {planName(planIds)}
            {summary.plan.clinicName ? `, from ${summary.plan.clinicName}` : ''}.
            {target ? ` Target date: ${target}.` : ''}{' '}
            <strong data-testid="summary-plan-count">
              {planDone} of {planModules.length} assigned modules done
            </strong>{' '}
            (read, and knowledge check done).
          </p>
          <ModuleTable caption="Assigned modules, in plan order" list={planModules} byId={byId} />
        </section>
      )}

      <section aria-labelledby="summary-missed" data-testid="summary-missed">
        <Heading as="h2" id="summary-missed">
          Missed on the first try
        </Heading>
        {missed.length === 0 ? (
          <p>No questions missed on a first try were recorded.</p>
        ) : (
          <>
            {safetyCount > 0 && (
              <p className={styles.safetyNote} data-testid="summary-safety-note">
                <strong>
                  <span aria-hidden="true">⚠ </span>
                  {safetyCount} {safetyCount === 1 ? 'answer' : 'answers'} marked “Safety” below may show a
                  misunderstanding that matters for safety. Please talk it through.
                </strong>
              </p>
            )}
            <ul className={styles.missed}>
              {missed.map(({ module, missed: m, text }) =>
                text ? (
                  <li key={m.questionId} data-question={m.questionId}>
                    <span className={styles.missedModule}>{module.title}:</span> {text.prompt}{' '}
                    <span className={styles.chosen}>
                      Chose:{' '}
                      {text.chosen.map((c, i) => (
                        <React.Fragment key={c.text}>
                          {i > 0 && '; '}“{c.text}”
                          {c.safety && (
                            <strong className={styles.safety} data-testid="safety-flag">
                              {' '}
                              <span aria-hidden="true">⚠ </span>Safety
                            </strong>
                          )}
                        </React.Fragment>
                      ))}
                    </span>
                  </li>
                ) : null,
              )}
            </ul>
          </>
        )}
      </section>

      <Heading as="h2" id="summary-modules">
        {planModules.length > 0 ? 'The rest of the course' : 'Modules'}
      </Heading>
      <p>
        {readCount} of {modules.length} modules marked as read. {passedCount} knowledge{' '}
        {passedCount === 1 ? 'check' : 'checks'} done.
      </p>
      {restStarted.length > 0 && (
        <ModuleTable
          caption={planModules.length > 0 ? 'Modules not in the plan' : 'All modules'}
          list={restStarted}
          byId={byId}
        />
      )}
      {restNotStarted.length > 0 && (
        <p data-testid="summary-not-started">
          <span className={styles.caption}>Not started yet:</span>{' '}
          {restNotStarted.map((m) => `${m.order}. ${m.title}`).join(' · ')}
        </p>
      )}

      {showChecklist && (
        <>
          <Heading as="h2" id="summary-checklist">
            What to expect checklist
          </Heading>
          <p>
            {ticked.size} of {itemCount} items ticked.
          </p>
          <div className={styles.groups}>
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
          </div>
        </>
      )}
      <PrintFooter printOnly />
    </div>
  );
}
