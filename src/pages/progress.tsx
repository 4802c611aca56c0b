import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import ProgressPage from '@site/src/components/ProgressPage';
import OfflineSave from '@site/src/components/OfflineSave';
import styles from './page.module.css';

export default function MyProgress(): React.ReactElement {
  return (
    <Layout title="My progress" description="What you have read and checked, kept only in your own browser.">
      <main className={styles.main}>
        <Heading as="h1">My progress</Heading>
        <ProgressPage />
        <OfflineSave />
      </main>
    </Layout>
  );
}
