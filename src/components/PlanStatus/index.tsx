import React from 'react';
import { visibleModules } from '@site/src/config/clinic';
import { isModuleComplete } from '@site/src/course/progress';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useProgress } from '@site/src/hooks/useProgress';
import { PlanBar, planPosition } from './PlanBar';

/**
 * The reader's plan bar, connected to their progress (for pages that already load it, such as
 * My progress). Shows nothing without a saved plan, and nothing during the server render and
 * hydration (progress is read on the device only).
 */
export default function PlanStatus(): React.ReactElement | null {
  const { progress, ready } = useProgress();
  const available = visibleModules(useClinicConfig()).map((m) => m.id);
  if (!ready) return null;
  const position = planPosition(progress, available, (id) => isModuleComplete(progress, id));
  return position ? <PlanBar position={position} /> : null;
}
