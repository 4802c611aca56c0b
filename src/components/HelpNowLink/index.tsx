import React from 'react';
import Link from '@docusaurus/Link';
import { CRISIS_TEXT } from '@locale/crisisText';
import styles from './styles.module.css';

interface Props {
  /** True when Docusaurus renders the item inside the mobile menu drawer. */
  readonly mobile?: boolean;
}

/**
 * The "Get help now" link in the navbar. Unlike ordinary navbar items it stays in the top bar
 * on small screens, so the crisis page is always one tap away. In the mobile drawer it is not
 * repeated, because the bar above the drawer already shows it.
 */
export default function HelpNowLink({ mobile }: Props): React.ReactElement | null {
  if (mobile) return null;
  return (
    <Link to="/help" className={styles.helpNow}>
      {CRISIS_TEXT.helpNow}
    </Link>
  );
}
