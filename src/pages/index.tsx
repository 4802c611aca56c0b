import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import ModuleList from '@site/src/components/ModuleList';
import CourseLength from '@site/src/components/CourseLength';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { visibleModules } from '@locale/modules';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useLanguageHome } from '@site/src/hooks/useLanguageHome';
import { HOME_TEXT as T } from '@locale/home';
import styles from './index.module.css';

export default function Home(): React.ReactElement {
  const config = useClinicConfig();
  // A reader who chose the other language in the top bar is taken to its home page.
  useLanguageHome();
  const modules = visibleModules(config);
  const first = modules[0];
  return (
    <Layout title={T.title} description={T.description}>
      <main className={styles.main}>
        <header className={styles.hero}>
          <Heading as="h1" className={styles.title}>
            {T.heading}
          </Heading>
          <p className={styles.lead}>{T.lead}</p>
          {config.clinic && (
            <p className={styles.clinic}>
              {T.sharedBy(config.clinic.name)}
              {(config.clinic.phone || config.clinic.afterHoursPhone || config.clinic.email) && ' · '}
              <ClinicContactLinks clinic={config.clinic} />
            </p>
          )}
          <ul className={styles.facts}>
            <li>{T.modules(modules.length, <CourseLength />)}</li>
            <li>{T.free}</li>
            <li>{T.private}</li>
          </ul>
          <p className={styles.actions}>
            <Link className="button button--primary button--lg" to={first.path}>
              {T.startWith(first.title)}
            </Link>
            <Link className="button button--secondary button--lg" to="/learn/faq">
              {T.faq}
            </Link>
          </p>
          <p className={styles.notice}>{T.notice}</p>
        </header>

        <section aria-labelledby="modules-heading" className={styles.section}>
          <Heading as="h2" id="modules-heading">
            {T.modulesHeading}
          </Heading>
          <p>{T.modulesIntro}</p>
          <ModuleList modules={modules} />
        </section>

        <section aria-labelledby="who-heading" className={styles.section}>
          <Heading as="h2" id="who-heading">
            {T.whoHeading}
          </Heading>
          <ul>
            {T.who.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
