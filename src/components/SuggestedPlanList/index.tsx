import React from 'react';
import Link from '@docusaurus/Link';
import { visibleModules } from '@locale/modules';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { SUGGESTED_LIST } from '@locale/planBuilder';
import { SUGGESTED_PLAN_TEXT } from '@locale/suggestedPlans';
import { moduleTitle } from '@locale/modules';

/** The suggested starting plans (src/data/suggestedPlans.ts), less any module this copy hides. */
export default function SuggestedPlanList(): React.ReactElement {
  const modules = visibleModules(useClinicConfig());
  const moduleOf = (id: string) => modules.find((m) => m.id === id);
  return (
    <dl data-testid="suggested-plans">
      {suggestedPlansFor(modules).map((plan) => {
        const minutes = plan.modules.reduce((sum, id) => sum + (moduleOf(id)?.minutes ?? 0), 0);
        const text = SUGGESTED_PLAN_TEXT[plan.id] ?? plan;
        return (
          <React.Fragment key={plan.id}>
            <dt>{text.title}</dt>
            <dd>
              {text.when} {SUGGESTED_LIST.about(minutes)}{' '}
              {plan.modules.map((id, i) => {
                const m = moduleOf(id)!;
                return (
                  <React.Fragment key={id}>
                    {i > 0 && ', '}
                    <Link to={m.path}>{moduleTitle(m.id)}</Link>
                  </React.Fragment>
                );
              })}
              . {SUGGESTED_LIST.shortAddress} <code>{plan.path}</code>.
            </dd>
          </React.Fragment>
        );
      })}
    </dl>
  );
}
