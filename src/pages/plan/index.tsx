import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PlanView from '@site/src/components/PlanView';
import styles from '../page.module.css';

export default function PlanPage(): React.ReactElement {
  return (
    <Layout
      title="Your preparation plan"
      description="The modules your clinician suggested, in order, with your own progress. Kept only on this device."
    >
      <main className={styles.main}>
        <Heading as="h1">Your preparation plan</Heading>
        <p className={styles.lead}>
          The modules to read, in order, and how far you have got. You can read at your own pace and stop at any time.
        </p>
        <PlanView />
      </main>
    </Layout>
  );
}
