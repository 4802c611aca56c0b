import React, { Suspense, lazy } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';
import styles from './styles.module.css';

// The saving code loads only here, once the page has settled: no other page carries it.
const OfflineSaveControls = lazy(() => import('./Controls'));

/** Anchor of this section on My progress (the footer links to it). */
export const OFFLINE_SECTION_ID = 'offline';

/**
 * "Read without a connection" on My progress: the pages a reader opens are kept as they go;
 * the whole course is saved only when the reader presses the button, and can be removed.
 */
export default function OfflineSave(): React.ReactElement {
  const loaded = useAfterLoad();
  const checking = <p>Checking what is kept on this device…</p>;
  return (
    <section aria-labelledby={OFFLINE_SECTION_ID} className={styles.section}>
      <Heading as="h2" id={OFFLINE_SECTION_ID}>
        Read without a connection
      </Heading>
      <p>
        The pages you open are kept in this browser, so they open again without a connection. You can also save the
        whole course at once. Nothing is sent anywhere.{' '}
        <Link to="/privacy#offline">What is kept and how to remove it</Link>
      </p>
      {loaded ? (
        <Suspense fallback={checking}>
          <OfflineSaveControls />
        </Suspense>
      ) : (
        checking
      )}
    </section>
  );
}
