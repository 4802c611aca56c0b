import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CrisisLines from '@site/src/components/CrisisLines';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { groupLines } from '@site/src/course/crisisGroups';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import styles from './page.module.css';

/**
 * The crisis page. The crisis lines come first, so that on a small phone the emergency number and
 * the first crisis line (call and text) are on the first screen; everything else follows them.
 */
export default function HelpPage(): React.ReactElement {
  const { crisisLines, clinic } = useClinicConfig();
  const { crisis, other } = groupLines(crisisLines);
  return (
    <Layout title="Get help now" description="Crisis lines you can call or text right now, day or night.">
      <main className={`${styles.main} ${styles.helpMain}`}>
        <Heading as="h1" className={styles.helpTitle}>
          Get help now
        </Heading>
        <section aria-labelledby="crisis-lines">
          <Heading as="h2" id="crisis-lines" className={styles.helpGroup}>
            Crisis lines, open 24 hours
          </Heading>
          <p className={styles.helpNote}>Free, day or night. You do not have to give your name.</p>
          <CrisisLines lines={crisis} />
        </section>
        <p>
          <strong>If you or someone else is in immediate danger, call your local emergency number now.</strong> If you
          are thinking about suicide or are in crisis, you can talk to someone right now.
        </p>
        <p>
          This course is education. It is not medical advice and not emergency care. Nobody watches this site or reads
          what you do here.
        </p>
        {clinic && (clinic.phone || clinic.afterHoursPhone || clinic.email) && (
          <p data-testid="clinic-contact-help">
            For questions about your care, contact <strong>{clinic.name}</strong>:{' '}
            <ClinicContactLinks clinic={clinic} />. For a crisis, use the crisis lines above.
          </p>
        )}
        {other.length > 0 && (
          <section aria-labelledby="other-support">
            <Heading as="h2" id="other-support">
              Other support (not crisis lines)
            </Heading>
            <p>These lines can help, but they are not for a crisis. In a crisis, use the crisis lines above.</p>
            <CrisisLines lines={other} />
          </section>
        )}
        <Heading as="h2" id="after-a-session">
          After a ketamine session
        </Heading>
        <p>
          If something worries you after a session, call the clinic that treated you. For chest pain, trouble breathing,
          or confusion that does not clear, call your emergency number.
        </p>
      </main>
    </Layout>
  );
}
