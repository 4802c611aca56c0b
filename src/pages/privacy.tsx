import React from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './page.module.css';

export default function PrivacyPage(): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const localSearch = siteConfig.customFields?.searchKind !== 'algolia';
  return (
    <Layout title="Privacy" description="This site collects nothing. Your progress stays in your own browser.">
      <main className={styles.main}>
        <Heading as="h1">Privacy: we collect nothing</Heading>
        <p className={styles.lead}>
          This site does not collect, send or sell anything about you. There are no accounts, no
          analytics, no cookies for tracking, and no fonts, images or scripts from other websites.
        </p>
        <Heading as="h2" id="progress">
          Where your progress is kept
        </Heading>
        <p>
          When you mark a chapter as read, answer a knowledge check, tick the checklist or write
          your own questions, the site saves that in your browser’s storage on this device (called
          “local storage”). It never leaves your device. The people who run this site cannot see it.
        </p>
        <ul>
          <li>
            On the <Link to="/progress">My progress</Link> page you can see everything that is
            saved, download it as a file, load it on another device, or erase it.
          </li>
          <li>
            Anyone who uses this browser on this device could see your progress. On a shared
            device, you may want to erase it when you finish, or use a private window.
          </li>
          <li>Clearing your browser’s site data also erases it.</li>
        </ul>
        <Heading as="h2" id="links">
          Links you choose to share
        </Heading>
        <p>
          A clinician may send you a preparation plan as a link, and you may choose to make a
          summary link for your clinician. The details sit after the “#” in the link. Browsers do
          not send that part to any website, so it never reaches a server. Only people you give the
          link to can see it.
        </p>
        <Heading as="h2" id="search">
          Search
        </Heading>
        {localSearch ? (
          <p>The search box works inside your browser. What you type is not sent anywhere.</p>
        ) : (
          <p>
            This copy of the course uses Algolia DocSearch for its search box. What you type in
            the search box is sent to Algolia to find results. Nothing else is sent.
          </p>
        )}
        <Heading as="h2" id="listen">
          Listening to a page
        </Heading>
        <p>
          The “Listen” button reads a page aloud with a voice that is on your device. Some browsers
          also offer voices that send the text to a company’s server to turn it into speech. This
          site never uses those voices. If your device has no voice of its own for the page’s
          language, the button tells you so and reads nothing.
        </p>
        <Heading as="h2" id="other-sites">
          Links to other websites
        </Heading>
        <p>
          Sources and crisis services link to other websites. If you follow one, that website’s own
          privacy policy applies.
        </p>
      </main>
    </Layout>
  );
}
