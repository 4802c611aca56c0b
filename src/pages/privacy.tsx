import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { PRIVACY_TEXT as T } from '@locale/privacy';
import styles from './page.module.css';

export default function PrivacyPage(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const localSearch = siteConfig.customFields?.searchKind !== 'algolia';
  const { clinic } = useClinicConfig();
  return (
    <Layout title={T.title} description={T.description}>
      <main className={styles.main}>
        <Heading as="h1">{T.heading}</Heading>
        <p className={styles.lead}>{T.lead}</p>
        <T.Body clinicName={clinic?.name} localSearch={localSearch} />
      </main>
    </Layout>
  );
}
