import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import PlanBuilder from '@site/src/components/PlanBuilder';
import { visibleModules } from '@locale/modules';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useSiteRoot } from '@site/src/hooks/useSiteRoot';
import { BUILD_PAGE } from '@locale/planBuilder';
import styles from '../page.module.css';

export default function BuildPlanPage(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const siteRoot = useSiteRoot();
  return (
    <Layout title={BUILD_PAGE.title} description={BUILD_PAGE.description}>
      <main className={styles.main}>
        <div className="no-print">
          <Heading as="h1">{BUILD_PAGE.title}</Heading>
          <p className={styles.lead}>{BUILD_PAGE.lead}</p>
          <p>
            {BUILD_PAGE.privacy[0]} <Link to="/learn/for-clinicians#plans">{BUILD_PAGE.privacy[1]}</Link>{' '}
            {BUILD_PAGE.privacy[2]}
          </p>
        </div>
        <PlanBuilder
          modules={modules}
          suggestions={suggestedPlansFor(modules)}
          defaultClinicName={config.clinic?.name ?? ''}
          siteRoot={siteRoot}
        />
      </main>
    </Layout>
  );
}
