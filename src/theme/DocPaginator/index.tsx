import React, { Suspense, lazy, useState } from 'react';
import DocPaginator from '@theme-original/DocPaginator';
import type DocPaginatorType from '@theme/DocPaginator';
import type { PropNavigationLink } from '@docusaurus/plugin-content-docs';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { MODULES, type CourseModule } from '@site/src/course/modules';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';

type Props = WrapperProps<typeof DocPaginatorType>;

// The plan-aware "Next" (with the progress store) loads only on module chapters, once the page has
// settled, so no page's first chunk grows (page budgets).
const PlanPaginator = lazy(() => import('@site/src/components/PlanStatus/PlanPaginator'));

/** The course module at this address (with or without the site's base path and a trailing slash). */
export function moduleAtPath(pathname: string, baseUrl: string): CourseModule | undefined {
  const path = pathname.startsWith(baseUrl) ? `/${pathname.slice(baseUrl.length)}` : pathname;
  const clean = path.replace(/\/+$/, '');
  return MODULES.find((m) => m.path === clean);
}

// At the end of a module chapter in the reader's saved plan, "Next" leads to the plan's next step
// instead of the next chapter in the sidebar. The server render and hydration show Docusaurus'
// own "Next"; the plan's comes once the page has settled (see PlanPaginator), changing the same
// link in place: the paginator is never swapped for another, so a tap on "Next" at that moment
// still counts.
export default function DocPaginatorWrapper(props: Props): React.ReactElement {
  const { pathname } = useLocation();
  const { siteConfig } = useDocusaurusContext();
  const courseModule = moduleAtPath(pathname, siteConfig.baseUrl);
  const settled = useAfterLoad();
  const [planNext, setPlanNext] = useState<PropNavigationLink | null>(null);
  return (
    <>
      <DocPaginator {...props} next={(courseModule && planNext) || props.next} />
      {courseModule && settled && (
        <Suspense fallback={null}>
          <PlanPaginator key={courseModule.id} moduleId={courseModule.id} onNext={setPlanNext} />
        </Suspense>
      )}
    </>
  );
}
