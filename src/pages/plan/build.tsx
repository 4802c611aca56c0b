import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import PlanBuilder from '@site/src/components/PlanBuilder';
import { visibleModules } from '@site/src/config/clinic';
import { suggestedPlansFor } from '@site/src/data/suggestedPlans';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useSiteRoot } from '@site/src/hooks/useSiteRoot';
import styles from '../page.module.css';

export default function BuildPlanPage(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const siteRoot = useSiteRoot();
  return (
    <Layout
      title="Make a preparation plan"
      description="For clinicians: choose course modules for a client and send them as a link, a QR code or a printed handout."
    >
      <main className={styles.main}>
        <div className="no-print">
          <Heading as="h1">Make a preparation plan</Heading>
          <p className={styles.lead}>
            For clinicians. Choose the modules a client should read before their next appointment, then send the plan as
            a link, a QR code or a printed handout.
          </p>
          <p>
            Nothing you enter here leaves this browser. The plan is written into the link itself, so there is no account
            and no record on any server. See <Link to="/learn/for-clinicians#plans">using the course in care</Link> for
            the suggested plans and how clients see them.
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
