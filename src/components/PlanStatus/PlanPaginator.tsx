import type React from 'react';
import type { PropNavigationLink } from '@docusaurus/plugin-content-docs';
import { visibleModules } from '@site/src/config/clinic';
import { isModuleComplete } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { PLAN_BAR } from '@locale/planBar';
import { planNextStep, planPosition } from './PlanBar';

interface Props {
  readonly moduleId: string;
  /** Docusaurus' own "Next" (the next chapter in the sidebar), if any. */
  readonly next: PropNavigationLink | undefined;
  readonly children: (next: PropNavigationLink | undefined) => React.ReactNode;
}

/**
 * The pagination's "Next" at the end of a module chapter: the plan's next step (the same one as
 * "Next in your plan") when the reader's saved plan includes this module; otherwise Docusaurus'
 * own. Loaded on its own by src/theme/DocPaginator once the page has settled; mounted after
 * hydration, it reads the saved progress in its first render.
 */
export default function PlanPaginator({ moduleId, next, children }: Props): React.ReactNode {
  const { progress, ready } = useProgress();
  const available = visibleModules(useClinicConfig()).map((m) => m.id);
  const position = ready ? planPosition(progress, available, (id) => isModuleComplete(progress, id), moduleId) : null;
  const step = position ? planNextStep(position) : null;
  if (!step) return children(next);
  // At the plan's end, the same words as the button above: "Last step: send your summary to …".
  return children({ permalink: step.path, title: step.summary ? PLAN_BAR.lastStepButton(step.title) : step.title });
}
