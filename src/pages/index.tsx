import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ModuleList from '@site/src/components/ModuleList';
import CourseLength from '@site/src/components/CourseLength';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { visibleModules } from '@site/src/config/clinic';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import styles from './index.module.css';

export default function Home(): React.ReactElement {
  const config = useClinicConfig();
  const modules = visibleModules(config);
  const first = modules[0];
  return (
    <Layout
      title="A free course on ketamine-assisted psychotherapy"
      description="Plain-language lessons on ketamine-assisted psychotherapy (KAP): what it is, the evidence, safety, and what happens before, during and after a session."
    >
      <main className={styles.main}>
        <header className={styles.hero}>
          <Heading as="h1" className={styles.title}>
            Understanding ketamine-assisted psychotherapy
          </Heading>
          <p className={styles.lead}>
            A free, plain-language course for people who are thinking about ketamine-assisted psychotherapy (KAP), and
            for the people who support them. It explains what KAP is, how strong the evidence is, how to stay safe, and
            what happens before, during and after a session.
          </p>
          {config.clinic && (
            <p className={styles.clinic}>
              Shared with you by <strong>{config.clinic.name}</strong>
              {(config.clinic.phone || config.clinic.afterHoursPhone || config.clinic.email) && ' · '}
              <ClinicContactLinks clinic={config.clinic} />
            </p>
          )}
          <ul className={styles.facts}>
            <li>
              <strong>{modules.length} short modules</strong>, <CourseLength /> in all
            </li>
            <li>
              <strong>Free</strong>, with no account and nothing to sign up for
            </li>
            <li>
              <strong>Private</strong>: your progress stays on this device
            </li>
          </ul>
          <p className={styles.actions}>
            <Link className="button button--primary button--lg" to={first.path}>
              Start with “{first.title}”
            </Link>
            <Link className="button button--secondary button--lg" to="/learn/faq">
              Common questions (FAQ)
            </Link>
          </p>
          <p className={styles.notice}>
            This course is education. It is not medical advice and not emergency care. If you are in danger now,{' '}
            <Link to="/help">get help now</Link>.
          </p>
        </header>

        <section aria-labelledby="modules-heading" className={styles.section}>
          <Heading as="h2" id="modules-heading">
            The modules
          </Heading>
          <p>Read them in order, or go straight to what you need. Each ends with a short check.</p>
          <ModuleList modules={modules} />
        </section>

        <section aria-labelledby="who-heading" className={styles.section}>
          <Heading as="h2" id="who-heading">
            Who it is for
          </Heading>
          <ul>
            <li>People who are considering KAP, or have been offered it.</li>
            <li>Family and friends who want to understand it.</li>
            <li>
              Clinicians and clinics who want to give clients trustworthy preparation:{' '}
              <Link to="/learn/for-clinicians">see the section for clinicians</Link>.
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
