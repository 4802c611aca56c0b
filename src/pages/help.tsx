import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import CrisisLines from '@site/src/components/CrisisLines';
import ClinicContactLinks from '@site/src/components/ClinicContactLinks';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import styles from './page.module.css';

export default function HelpPage(): React.ReactElement {
  const { crisisLines, clinic } = useClinicConfig();
  const open = crisisLines.filter((l) => l.alwaysOpen);
  const other = crisisLines.filter((l) => !l.alwaysOpen);
  return (
    <Layout title="Get help now" description="Crisis lines you can call or text right now, day or night.">
      <main className={styles.main}>
        <Heading as="h1">Get help now</Heading>
        <p className={styles.lead}>
          <strong>If you or someone else is in immediate danger, call your local emergency number now.</strong>{' '}
          If you are thinking about suicide or are in crisis, you can talk to someone right now,
          day or night. It is free and you do not have to give your name.
        </p>
        <p>
          This course is education. It is not medical advice and not emergency care. Nobody
          watches this site or reads what you do here.
        </p>
        {clinic && (clinic.phone || clinic.afterHoursPhone || clinic.email) && (
          <p data-testid="clinic-contact-help">
            For questions about your care, contact <strong>{clinic.name}</strong>:{' '}
            <ClinicContactLinks clinic={clinic} />. For a crisis, use the lines below.
          </p>
        )}
        <Heading as="h2" id="crisis-lines">
          Crisis lines, open 24 hours
        </Heading>
        <CrisisLines lines={open} />
        {other.length > 0 && (
          <>
            <Heading as="h2" id="other-support">
              Other support (not crisis lines)
            </Heading>
            <CrisisLines lines={other} />
          </>
        )}
        <Heading as="h2" id="after-a-session">
          After a ketamine session
        </Heading>
        <p>
          If something worries you after a session, call the clinic that treated you. For chest
          pain, trouble breathing, or confusion that does not clear, call your emergency number.
        </p>
      </main>
    </Layout>
  );
}
