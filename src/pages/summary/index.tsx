import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MySummary from '@site/src/components/MySummary';
import styles from '../page.module.css';
import printStyles from './print.module.css';

export default function SummaryPage(): React.ReactElement {
  return (
    <Layout
      title="My preparation summary"
      description="One printable page with what you have read, your knowledge checks, your checklist and your questions, for your appointment."
    >
      <main className={`${styles.main} ${printStyles.page}`}>
        <Heading as="h1" className={printStyles.title}>
          My preparation summary
        </Heading>
        <p className={`${styles.lead} no-print`}>
          What you have done in this course, on one page, to bring to your appointment.
        </p>
        <p data-testid="self-report" className={printStyles.selfReport}>
          <strong>This is a self-report.</strong> It shows what you marked in this browser. It is not a certificate, a
          test result or a medical record, and it does not replace talking with your care team.
        </p>
        <MySummary />
      </main>
    </Layout>
  );
}
