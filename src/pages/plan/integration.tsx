import React from 'react';
import PresetPlanPage from '@site/src/components/PresetPlanPage';

/** A short address for a suggested plan (src/data/suggestedPlans.ts). */
export default function Page(): React.ReactElement {
  return <PresetPlanPage path="/plan/integration" />;
}
