import React from 'react';
import Link from '@docusaurus/Link';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { mainCrisisLines } from '@site/src/course/crisisGroups';
import { CRISIS_TEXT } from '@locale/crisisText';
import styles from './styles.module.css';

/**
 * A short crisis box for pages that discuss suicide, self-harm or crisis: the main crisis lines
 * (never a referral or support line) as tap-to-call links, a link to all lines, and a plain note
 * that the course is not emergency care.
 */
export default function HelpNow(): React.ReactElement {
  const { crisisLines } = useClinicConfig();
  const shown = mainCrisisLines(crisisLines);
  return (
    <aside className={`${styles.box} search-ignore`} aria-label={CRISIS_TEXT.boxLabel}>
      <p className={styles.lead}>
        <strong>{CRISIS_TEXT.boxLeadStrong}</strong> {CRISIS_TEXT.boxLead}
      </p>
      <ul className={styles.lines}>
        {shown.map((line) => (
          <li key={line.id}>
            {line.region}, {line.name}:{' '}
            {line.contacts.map((c, i) => (
              <React.Fragment key={c.href}>
                {i > 0 && ', '}
                <a href={c.href}>{c.label}</a>
              </React.Fragment>
            ))}
          </li>
        ))}
      </ul>
      <p className={styles.more}>
        <Link to="/help">{CRISIS_TEXT.allLines}</Link>
      </p>
    </aside>
  );
}
