import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { getModule } from '@site/src/course/modules';
import { isUsablePlan, planSteps, sanitizePlan } from '@site/src/course/plan';
import type { Progress } from '@site/src/course/progress';
import { PLAN_BAR } from '@locale/planBar';
import { moduleTitle } from '@locale/modules';
import styles from './styles.module.css';

// No value import of the progress store or progress.ts here: this file is loaded on its own once
// a chapter has settled, and must not add the progress code to another chunk (page budgets).

type ModuleLink = { readonly id: string; readonly title: string; readonly path: string };

export interface PlanPosition {
  readonly clinicName: string;
  readonly done: number;
  readonly total: number;
  /** The next module not done, or null when every module is done (then: send the summary). */
  readonly next: ModuleLink | null;
  /** Where "next" leads from `currentId`, if it is in the plan: the plan's next module not done. */
  readonly after: ModuleLink | null;
  readonly includes: boolean;
}

/** Where the reader stands in their saved plan, over the modules this copy shows; null without a plan. */
export function planPosition(
  progress: Progress,
  available: readonly string[],
  isDone: (moduleId: string) => boolean,
  currentId?: string,
): PlanPosition | null {
  if (!progress.plan) return null;
  const { plan } = sanitizePlan(progress.plan, { available });
  if (!isUsablePlan(plan)) return null;
  const { next, doneCount } = planSteps(plan, isDone);
  const link = (id: string | null | undefined): ModuleLink | null => {
    const m = id ? getModule(id) : undefined;
    return m ? { id: m.id, title: moduleTitle(m.id), path: m.path } : null;
  };
  const index = currentId ? plan.modules.indexOf(currentId) : -1;
  // After this module: the next one in the plan not yet done, else an earlier one not yet done;
  // null when every other module is done (the next step is then sending the summary).
  const notDone = (id: string) => id !== currentId && !isDone(id);
  const after =
    index >= 0
      ? (plan.modules.slice(index + 1).find(notDone) ?? plan.modules.slice(0, index).find(notDone))
      : undefined;
  return {
    clinicName: plan.clinicName,
    done: doneCount,
    total: plan.modules.length,
    next: link(next),
    after: link(after),
    includes: index >= 0,
  };
}

export interface PlanNextStep {
  readonly path: string;
  /** The next module's title, or "send your summary to your clinic" at the plan's end. */
  readonly title: string;
  readonly summary: boolean;
}

/** Where "Next" leads from the current module in the plan; null when the plan does not include it. */
export function planNextStep(position: PlanPosition): PlanNextStep | null {
  if (!position.includes) return null;
  if (position.after) return { path: position.after.path, title: position.after.title, summary: false };
  return { path: '/summary', title: PLAN_BAR.sendSummary(position.clinicName), summary: true };
}

/** "Your plan from Sample Clinic: 2 of 5 done — next: Safety and side effects", with links. */
export function PlanBar({
  position,
  className,
}: {
  readonly position: PlanPosition;
  readonly className?: string;
}): React.ReactElement {
  return (
    <aside className={clsx(styles.bar, 'no-print', className)} aria-label={PLAN_BAR.label} data-testid="plan-status">
      <p className={styles.line}>
        <Link to="/plan" className={styles.planLink}>
          {PLAN_BAR.from(position.clinicName)}
        </Link>
        : {PLAN_BAR.done(position.done, position.total)}
        {position.next ? (
          <>
            {' '}
            — {PLAN_BAR.next} <Link to={position.next.path}>{position.next.title}</Link>
          </>
        ) : (
          <>
            {' '}
            — {PLAN_BAR.lastStep} <Link to="/summary">{PLAN_BAR.sendSummary(position.clinicName)}</Link>
          </>
        )}
      </p>
    </aside>
  );
}

interface ChapterPlanProps {
  readonly moduleId: string;
  readonly progress: Progress;
  readonly available: readonly string[];
  readonly isDone: (moduleId: string) => boolean;
}

/** At the end of a module chapter: the plan bar, and "Next in your plan" when the module is in it. */
export function ChapterPlan({ moduleId, progress, available, isDone }: ChapterPlanProps): React.ReactElement | null {
  const position = planPosition(progress, available, isDone, moduleId);
  if (!position) return null;
  const step = planNextStep(position);
  return (
    <>
      <PlanBar position={position} />
      {step && (
        <p className={clsx(styles.next, 'no-print')}>
          <Link to={step.path} className={clsx('button button--primary', styles.button)} data-testid="plan-next-module">
            {step.summary ? PLAN_BAR.lastStepButton(step.title) : PLAN_BAR.nextInPlan(step.title)}
          </Link>
        </p>
      )}
    </>
  );
}

export default ChapterPlan;
