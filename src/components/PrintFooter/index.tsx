import React from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useClinicConfig } from '@site/src/hooks/useClinicConfig';
import { useSiteRoot } from '@site/src/hooks/useSiteRoot';
import type { CrisisLine } from '@site/src/data/crisisLines';
import { CRISIS_TEXT } from '@locale/crisisText';
import styles from './styles.module.css';

interface Props {
  /** Shown only on paper (for pages whose screen view already has the site footer). */
  readonly printOnly?: boolean;
}

/** The crisis lines a printout names: the main 24-hour crisis lines of the first country listed. */
export function printedCrisisLines(lines: readonly CrisisLine[]): CrisisLine[] {
  const open = lines.filter((l) => l.kind === 'crisis' && l.alwaysOpen);
  const region = open[0]?.region;
  const main = open.filter((l) => l.region === region && l.primary);
  return main.length > 0 ? main : open.slice(0, 1);
}

/**
 * The lines every printed handout and summary ends with: the site's name and address, the
 * clinic's phone numbers, the crisis lines, and that the course is not emergency care. Everything
 * comes from the clinic configuration and the crisis-line data, shown as text.
 */
export default function PrintFooter({ printOnly = false }: Props): React.ReactElement {
  const { siteConfig } = useDocusaurusContext();
  const { clinic, crisisLines } = useClinicConfig();
  // The address the reader is using; before the page runs, the address the site was built for.
  const address = useSiteRoot() ?? `${siteConfig.url}${siteConfig.baseUrl}`;
  return (
    <footer className={clsx(styles.footer, printOnly && styles.printOnly)} data-testid="print-footer">
      <p>
        <strong>{siteConfig.title}</strong> · {address}
      </p>
      {clinic && (clinic.phone || clinic.afterHoursPhone) && (
        <p data-testid="print-footer-clinic">
          {clinic.name}
          {clinic.phone && (
            <>
              {' '}
              · {CRISIS_TEXT.printPhone} {clinic.phone}
            </>
          )}
          {clinic.afterHoursPhone && (
            <>
              {' '}
              · {CRISIS_TEXT.printAfterHours} {clinic.afterHoursPhone}
            </>
          )}
        </p>
      )}
      <p data-testid="print-footer-crisis">
        {CRISIS_TEXT.printCrisis}{' '}
        {printedCrisisLines(crisisLines).map((line, i) => (
          <React.Fragment key={line.id}>
            {i > 0 && ' · '}
            {line.name}: {line.contacts.map((c) => c.label).join(', ')}
          </React.Fragment>
        ))}
      </p>
      <p>{CRISIS_TEXT.printNotCare}</p>
    </footer>
  );
}
