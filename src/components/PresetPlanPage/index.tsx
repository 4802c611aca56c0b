import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PlanView from '@site/src/components/PlanView';
import { visibleModules } from '@site/src/config/clinic';
import { suggestedPlanAt } from '@site/src/data/suggestedPlans';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import styles from '@site/src/pages/page.module.css';

interface Props {
  /** The short address of the page, e.g. "/plan/first-dose" (see src/data/suggestedPlans.ts). */
  readonly path: string;
}

/**
 * A suggested plan at a short address a client can type from a handout (/plan/first-dose).
 * It opens like a plan link, with this copy's clinic name, and is saved on the reader's device.
 */
export default function PresetPlanPage({ path }: Props): React.ReactElement {
  const config = useClinicConfig();
  const suggested = suggestedPlanAt(path, visibleModules(config));
  const preset = suggested
    ? { modules: suggested.modules, clinicName: config.clinic?.name ?? '', message: '', targetDate: '' }
    : undefined;
  return (
    <Layout
      title={suggested ? `Your plan: ${suggested.title.toLowerCase()}` : 'Your preparation plan'}
      description="A preparation plan from your clinic: the modules to read, in order, kept only on this device.">
      <main className={styles.main}>
        <Heading as="h1">Your preparation plan</Heading>
        <p className={styles.lead}>
          {suggested ? `${suggested.title}. ` : ''}The modules to read, in order, and how far you have got.
          You can read at your own pace and stop at any time.
        </p>
        <PlanView preset={preset} />
      </main>
    </Layout>
  );
}
