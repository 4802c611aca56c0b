import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SharedSummary from '@site/src/components/SharedSummary';
import styles from '../page.module.css';
import printStyles from './print.module.css';

export default function SharedSummaryPage(): React.ReactElement {
  return (
    <Layout
      title="Preparation summary (shared)"
      description="A read-only preparation summary that a reader chose to share from their own browser."
    >
      <main className={`${styles.main} ${printStyles.page}`}>
        <Heading as="h1" className={printStyles.title}>
          Preparation summary
        </Heading>
        <p className={styles.lead}>A summary that a reader of this course chose to share with you.</p>
        <p data-testid="self-report" className={printStyles.selfReport}>
          <strong>This is a self-report.</strong> The reader made it from the progress kept in their own browser. It is
          not a certificate, a test result or a medical record, and this site cannot check it. Nothing on this page is
          saved or sent anywhere.
        </p>
        <SharedSummary />
      </main>
    </Layout>
  );
}
