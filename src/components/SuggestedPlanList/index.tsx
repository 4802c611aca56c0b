import React from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@site/src/config/clinic';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';

/** The suggested starting plans (src/data/suggestedPlans.ts), less any module this copy hides. */
export default function SuggestedPlanList(): React.ReactElement {
  const modules = visibleModules(useClinicConfig());
  const titleOf = (id: string) => modules.find((m) => m.id === id);
  return (
    <dl data-testid="suggested-plans">
      {suggestedPlansFor(modules).map((plan) => {
        const minutes = plan.modules.reduce((sum, id) => sum + (titleOf(id)?.minutes ?? 0), 0);
        return (
          <React.Fragment key={plan.id}>
            <dt>{plan.title}</dt>
            <dd>
              {plan.when} About {minutes} minutes:{' '}
              {plan.modules.map((id, i) => {
                const m = titleOf(id)!;
                return (
                  <React.Fragment key={id}>
                    {i > 0 && ', '}
                    <Link to={m.path}>{m.title}</Link>
                  </React.Fragment>
                );
              })}
              . Short address a client can type: <code>{plan.path}</code>.
            </dd>
          </React.Fragment>
        );
      })}
    </dl>
  );
}
