import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CrisisLines from '@site/src/components/CrisisLines';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { groupLines } from '@site/src/course/crisisGroups';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { HELP_TEXT as T } from '@locale/help';
import styles from './page.module.css';

/**
 * The crisis page. The crisis lines come first, so that on a small phone the emergency number and
 * the first crisis line (call and text) are on the first screen; everything else follows them.
 * The lines are the clinic's, or the edition's default list (the Spanish one starts with the 988
 * Lifeline in Spanish: src/i18n/es/crisisLines.ts).
 */
export default function HelpPage(): React.ReactElement {
  const { crisisLines, clinic } = useClinicConfig();
  const { crisis, other } = groupLines(crisisLines);
  return (
    <Layout title={T.title} description={T.description}>
      <main className={`${styles.main} ${styles.helpMain}`}>
        <Heading as="h1" className={styles.helpTitle}>
          {T.title}
        </Heading>
        <section aria-labelledby="crisis-lines">
          <Heading as="h2" id="crisis-lines" className={styles.helpGroup}>
            {T.crisisHeading}
          </Heading>
          <p className={styles.helpNote}>{T.crisisNote}</p>
          <CrisisLines lines={crisis} />
        </section>
        <p>{T.danger}</p>
        <p>{T.notCare}</p>
        {clinic && (clinic.phone || clinic.afterHoursPhone || clinic.email) && (
          <p data-testid="clinic-contact-help">
            {T.clinicContact(clinic.name, <ClinicContactLinks clinic={clinic} />)}
          </p>
        )}
        {other.length > 0 && (
          <section aria-labelledby="other-support">
            <Heading as="h2" id="other-support">
              {T.otherHeading}
            </Heading>
            <p>{T.otherNote}</p>
            <CrisisLines lines={other} />
          </section>
        )}
        <Heading as="h2" id="after-a-session">
          {T.afterHeading}
        </Heading>
        <p>{T.after}</p>
      </main>
    </Layout>
  );
}
