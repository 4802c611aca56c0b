import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PlanView from '@site/src/components/PlanView';
import { PLAN_PAGE } from '@locale/plan';
import styles from '../page.module.css';

export default function PlanPage(): React.ReactElement {
  return (
    <Layout title={PLAN_PAGE.title} description={PLAN_PAGE.description}>
      <main className={styles.main}>
        <Heading as="h1">{PLAN_PAGE.title}</Heading>
        <p className={styles.lead}>{PLAN_PAGE.lead}</p>
        <PlanView />
      </main>
    </Layout>
  );
}
