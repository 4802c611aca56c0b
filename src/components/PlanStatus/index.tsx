import React from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { visibleModules } from '@site/src/config/clinic';
import { getModule } from '@site/src/course/modules';
import { isUsablePlan, planSteps, sanitizePlan } from '@site/src/course/plan';
import { isModuleComplete, type Progress } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import styles from './styles.module.css';

export interface PlanPosition {
  readonly clinicName: string;
  readonly done: number;
  readonly total: number;
  /** The next module not done, or null when every module is done (then: send the summary). */
  readonly next: { readonly id: string; readonly title: string; readonly path: string } | null;
  /** Where "next" leads from `currentId`, if it is in the plan: the plan's next module not done. */
  readonly after: { readonly id: string; readonly title: string; readonly path: string } | null;
  readonly includes: boolean;
}

/** Where the reader stands in their saved plan, over the modules this copy shows; null without a plan. */
export function planPosition(progress: Progress, available: readonly string[], currentId?: string): PlanPosition | null {
  if (!progress.plan) return null;
  const { plan } = sanitizePlan(progress.plan, { available });
  if (!isUsablePlan(plan)) return null;
  const { next, doneCount } = planSteps(plan, (id) => isModuleComplete(progress, id));
  const link = (id: string | null | undefined) => {
    const m = id ? getModule(id) : undefined;
    return m ? { id: m.id, title: m.title, path: m.path } : null;
  };
  const index = currentId ? plan.modules.indexOf(currentId) : -1;
  // After this module: the next one in the plan not yet done, else an earlier one not yet done;
  // null when every other module is done (the next step is then sending the summary).
  const notDone = (id: string) => id !== currentId && !isModuleComplete(progress, id);
  const after = index >= 0 ? (plan.modules.slice(index + 1).find(notDone) ?? plan.modules.slice(0, index).find(notDone)) : undefined;
  return {
    clinicName: plan.clinicName,
    done: doneCount,
    total: plan.modules.length,
    next: link(next),
    after: link(after),
    includes: index >= 0,
  };
}

interface Props {
  /** The chapter being read, if any: its "next in your plan" is the plan's next module. */
  readonly currentId?: string;
  readonly className?: string;
}

/**
 * "Your plan from Sample Clinic: 2 of 5 done — next: Safety and side effects", with links. Shows
 * nothing without a saved plan, and nothing during the server render and hydration (progress is
 * read on the device only).
 */
export default function PlanStatus({ currentId, className }: Props): React.ReactElement | null {
  const { progress, ready } = useProgress();
  const available = visibleModules(useClinicConfig()).map((m) => m.id);
  if (!ready) return null;
  const position = planPosition(progress, available, currentId);
  if (!position) return null;
  const from = position.clinicName ? `Your plan from ${position.clinicName}` : 'Your plan';
  return (
    <aside className={clsx(styles.bar, 'no-print', className)} aria-label="Your plan" data-testid="plan-status">
      <p className={styles.line}>
        <Link to="/plan" className={styles.planLink}>
          {from}
        </Link>
        : {position.done} of {position.total} done
        {position.next ? (
          <>
            {' '}
            — next: <Link to={position.next.path}>{position.next.title}</Link>
          </>
        ) : (
          <>
            {' '}
            — last step: <Link to="/summary">send your summary to {position.clinicName ? 'your clinic' : 'your care team'}</Link>
          </>
        )}
      </p>
    </aside>
  );
}
