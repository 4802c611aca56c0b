import { useEffect } from 'react';
import type { PropNavigationLink } from '@docusaurus/plugin-content-docs';
import { visibleModules } from '@site/src/config/clinic';
import { isModuleComplete } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { PLAN_BAR } from '@locale/planBar';
import { planNextStep, planPosition } from './PlanBar';

interface Props {
  readonly moduleId: string;
  /** Receives the plan's "Next", or null to keep Docusaurus' own (no plan, or none with this module). */
  readonly onNext: (next: PropNavigationLink | null) => void;
}

/**
 * The pagination's "Next" at the end of a module chapter: the plan's next step (the same one as
 * "Next in your plan") when the reader's saved plan includes this module; otherwise Docusaurus'
 * own. Loaded on its own by src/theme/DocPaginator once the page has settled; mounted after
 * hydration, it reads the saved progress in its first render. It renders nothing: it hands the
 * link to the paginator, which changes its "Next" in place (the same link element, so a tap on it
 * while the page settles is never lost).
 */
export default function PlanPaginator({ moduleId, onNext }: Props): null {
  const { progress, ready } = useProgress();
  const available = visibleModules(useClinicConfig()).map((m) => m.id);
  const position = ready ? planPosition(progress, available, (id) => isModuleComplete(progress, id), moduleId) : null;
  const step = position ? planNextStep(position) : null;
  const permalink = step?.path;
  // At the plan's end, the same words as the button above: "Last step: send your summary to …".
  const title = step ? (step.summary ? PLAN_BAR.lastStepButton(step.title) : step.title) : undefined;
  useEffect(() => {
    onNext(permalink !== undefined && title !== undefined ? { permalink, title } : null);
    return () => onNext(null);
  }, [permalink, title, onNext]);
  return null;
}
