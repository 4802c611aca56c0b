import React from 'react';
import Link from '@docusaurus/Link';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { mainCrisisLines } from '@site/src/course/crisisGroups';
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
    <aside className={`${styles.box} search-ignore`} aria-label="If you need help now">
      <p className={styles.lead}>
        <strong>If you are struggling or thinking about suicide, you do not have to wait.</strong> This course is not
        emergency care. Help is there now:
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
        <Link to="/help">See all crisis lines</Link>
      </p>
    </aside>
  );
}
