import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import SharedSummary from '@site/src/components/SharedSummary';
import { SHARED_PAGE as W } from '@locale/summary';
import styles from '../page.module.css';
import printStyles from './print.module.css';

export default function SharedSummaryPage(): React.ReactElement {
  return (
    <Layout title={W.title} description={W.description}>
      <main className={`${styles.main} ${printStyles.page}`}>
        <Heading as="h1" className={printStyles.title}>
          {W.heading}
        </Heading>
        <p className={styles.lead}>{W.lead}</p>
        <p data-testid="self-report" className={printStyles.selfReport}>
          <strong>{W.selfReport}</strong> {W.selfReportText}
        </p>
        <SharedSummary />
      </main>
    </Layout>
  );
}
