import React from 'react';
import Heading from '@theme/Heading';
import type { CourseModule } from '@site/src/course/modules';
import { describeMissed, type Summary, type SummaryModule } from '@site/src/course/summary';
import { SUGGESTED_PLANS } from '@site/src/data/suggestedPlans';
import { CHECKLIST } from '@locale/checklist';
import { getQuiz } from '@locale/quizzes';
import { formatLongDate } from '@locale/dates';
import { moduleTitle } from '@locale/modules';
import { SUGGESTED_PLAN_TEXT } from '@locale/suggestedPlans';
import { SUMMARY_DETAILS as W } from '@locale/summary';
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
  return match ? (SUGGESTED_PLAN_TEXT[match.id]?.title ?? match.title) : W.customPlan;
}

function firstTry(s: SummaryModule | undefined): string {
  if (!s?.quiz) return '—';
  if (!s.first) return W.table.notRecorded;
  return W.table.firstScore(s.first.score, s.first.total);
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
            <th scope="col">{W.table.module}</th>
            <th scope="col">{W.table.read}</th>
            <th scope="col">{W.table.firstTry}</th>
            <th scope="col">{W.table.latest}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((m) => {
            const s = byId.get(m.id);
            return (
              <tr key={m.id} data-module={m.id}>
                <th scope="row">
                  {m.order}. {moduleTitle(m.id)}
                </th>
                <td>{s?.read ? W.table.isRead : W.table.notRead}</td>
                <td>{firstTry(s)}</td>
                <td>{W.describeQuiz(s?.quiz)}</td>
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
    (byId.get(m.id)?.missed ?? []).map((x) => ({ module: m, missed: x, text: describeMissed(x, getQuiz) })),
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
        {W.made(date)}
      </p>
      {summary.languages && summary.languages.length > 0 && (
        <p className={styles.date} data-testid="summary-languages">
          {W.languages(summary.languages)}
        </p>
      )}

      <Heading as="h2" id="summary-questions">
        {W.questionsHeading}
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
            {W.planHeading}
          </Heading>
          <p>
            {planName(planIds)}
            {summary.plan.clinicName ? W.planFrom(summary.plan.clinicName) : ''}.{target ? W.targetDate(target) : ''}{' '}
            <strong data-testid="summary-plan-count">{W.planDone(planDone, planModules.length)}</strong>{' '}
            {W.planDoneNote}
          </p>
          <ModuleTable caption={W.planTable} list={planModules} byId={byId} />
        </section>
      )}

      <section aria-labelledby="summary-missed" data-testid="summary-missed">
        <Heading as="h2" id="summary-missed">
          {W.missedHeading}
        </Heading>
        {missed.length === 0 ? (
          <p>{W.noMissed}</p>
        ) : (
          <>
            {safetyCount > 0 && (
              <p className={styles.safetyNote} data-testid="summary-safety-note">
                <strong>
                  <span aria-hidden="true">⚠ </span>
                  {W.safetyNote(safetyCount)}
                </strong>
              </p>
            )}
            <ul className={styles.missed}>
              {missed.map(({ module, missed: m, text }) =>
                text ? (
                  <li key={m.questionId} data-question={m.questionId}>
                    <span className={styles.missedModule}>{moduleTitle(module.id)}:</span> {text.prompt}{' '}
                    <span className={styles.chosen}>
                      {W.chose}{' '}
                      {text.chosen.map((c, i) => (
                        <React.Fragment key={c.text}>
                          {i > 0 && '; '}“{c.text}”
                          {c.safety && (
                            <strong className={styles.safety} data-testid="safety-flag">
                              {' '}
                              <span aria-hidden="true">⚠ </span>
                              {W.safety}
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
        {planModules.length > 0 ? W.restHeading : W.modulesHeading}
      </Heading>
      <p>{W.counts(readCount, modules.length, passedCount)}</p>
      {restStarted.length > 0 && (
        <ModuleTable caption={planModules.length > 0 ? W.notInPlan : W.allModules} list={restStarted} byId={byId} />
      )}
      {restNotStarted.length > 0 && (
        <p data-testid="summary-not-started">
          <span className={styles.caption}>{W.notStarted}</span>{' '}
          {restNotStarted.map((m) => `${m.order}. ${moduleTitle(m.id)}`).join(' · ')}
        </p>
      )}

      {showChecklist && (
        <>
          <Heading as="h2" id="summary-checklist">
            {W.checklistHeading}
          </Heading>
          <p>{W.ticked(ticked.size, itemCount)}</p>
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
                      <span className={styles.state}>{ticked.has(item.id) ? W.tickedMark : W.notTickedMark}</span>
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
