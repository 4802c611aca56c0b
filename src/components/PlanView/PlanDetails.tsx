import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { CourseModule } from '@site/src/course/modules';
import { daysUntil, planSteps, type Plan } from '@site/src/course/plan';
import { isModuleComplete, moduleProgress, type Progress } from '@site/src/course/progress';
import { PLAN_DETAILS } from '@locale/plan';
import { moduleTimeText, moduleTitle } from '@locale/modules';
import { formatLongDate } from '@locale/dates';
import styles from './styles.module.css';

interface Props {
  readonly plan: Plan;
  readonly modules: readonly CourseModule[];
  readonly progress: Progress;
  /** YYYY-MM-DD in the reader's time zone. */
  readonly today: string;
  readonly headingId?: string;
  readonly heading: string;
}

function stepStatus(progress: Progress, id: string): string {
  const m = moduleProgress(progress, id);
  const passed = m.quiz?.passed === true;
  if (isModuleComplete(progress, id)) return PLAN_DETAILS.status.done;
  if (m.read) return PLAN_DETAILS.status.read;
  if (passed) return PLAN_DETAILS.status.checkDone;
  return PLAN_DETAILS.status.notStarted;
}

function targetText(targetDate: string, today: string): string | null {
  const date = formatLongDate(targetDate);
  const days = daysUntil(targetDate, today);
  if (!date || days === null) return null;
  return PLAN_DETAILS.target(date, days);
}

/**
 * A plan as the reader sees it: who it is from and their message (always plain React text),
 * the next step, the target date, and each module with the reader's own progress.
 */
export default function PlanDetails({ plan, modules, progress, today, heading, headingId }: Props): React.ReactElement {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const planModules = plan.modules.filter((id) => byId.has(id));
  const { next, doneCount } = planSteps({ ...plan, modules: planModules }, (id) => isModuleComplete(progress, id));
  const nextModule = next ? byId.get(next) : undefined;
  const target = targetText(plan.targetDate, today);

  return (
    <section aria-labelledby={headingId} className={styles.plan} data-testid="plan-details">
      {/* A plain h2: an app page's section needs no "direct link" anchor. */}
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {plan.clinicName && (
        <p className={styles.from}>
          {PLAN_DETAILS.from} <span data-testid="plan-clinic">{plan.clinicName}</span>
        </p>
      )}
      {plan.message && (
        <figure className={styles.message}>
          <figcaption className={styles.messageLabel}>{PLAN_DETAILS.messageLabel}</figcaption>
          <p data-testid="plan-message">{plan.message}</p>
        </figure>
      )}
      {(plan.clinicName || plan.message) && <p className={styles.small}>{PLAN_DETAILS.fromLink}</p>}
      {target && <p data-testid="plan-target">{target}</p>}

      <div className={styles.next} data-testid="plan-next">
        {nextModule ? (
          <>
            <p className={styles.nextLabel}>{PLAN_DETAILS.nextStep}</p>
            <p>
              <Link to={nextModule.path} className={clsx('button button--primary', styles.button)}>
                {PLAN_DETAILS.read(moduleTitle(nextModule.id))}
              </Link>{' '}
              <span className={styles.minutes}>{PLAN_DETAILS.about(moduleTimeText(nextModule))}</span>
            </p>
          </>
        ) : (
          <>
            <p className={styles.nextLabel}>{PLAN_DETAILS.lastStep}</p>
            <p>
              {PLAN_DETAILS.finished}{' '}
              <Link to="/summary" className={clsx('button button--primary', styles.button)}>
                {PLAN_DETAILS.sendSummary(plan.clinicName)}
              </Link>
            </p>
          </>
        )}
      </div>

      <p>{PLAN_DETAILS.doneCount(doneCount, planModules.length)}</p>
      <ol className={styles.steps}>
        {planModules.map((id) => {
          const m = byId.get(id)!;
          const done = isModuleComplete(progress, id);
          return (
            <li key={id} className={clsx(styles.step, done && styles.done)} data-module={id} data-done={done}>
              <span className={styles.mark} aria-hidden="true">
                {done ? '✓' : '○'}
              </span>
              <span>
                <Link to={m.path} className={styles.stepLink}>
                  {moduleTitle(m.id)}
                </Link>{' '}
                <span className={styles.minutes}>{PLAN_DETAILS.about(moduleTimeText(m))}</span>
                <br />
                <span className={styles.status}>{stepStatus(progress, id)}</span>
              </span>
            </li>
          );
        })}
        <li className={styles.step} data-step="summary">
          <span className={styles.mark} aria-hidden="true">
            ✉
          </span>
          <span>
            <Link to="/summary" className={styles.stepLink}>
              {PLAN_DETAILS.sendSummary(plan.clinicName)}
            </Link>
            <br />
            <span className={styles.status}>{PLAN_DETAILS.summaryStep}</span>
          </span>
        </li>
      </ol>
    </section>
  );
}
