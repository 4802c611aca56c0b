import React from 'react';
import Heading from '@theme/Heading';
import { getModule } from '@site/src/course/modules';
import { moduleTimeText } from '@site/src/course/moduleTime';
import { formatLongDate } from '@site/src/course/reviewDates';
import type { Plan } from '@site/src/course/plan';
import styles from './styles.module.css';
import PrintFooter from '@site/src/components/PrintFooter';

interface Props {
  readonly plan: Plan;
  readonly link: string;
  /** The QR code for the link. */
  readonly qr: React.ReactNode;
  /**
   * A short address that opens the same modules (a suggested plan's page, without "https://"),
   * shown as the address to type; null when the plan is not a suggested one.
   */
  readonly shortAddress?: string | null;
}

/**
 * A one-page printable handout: the plan, its link written out, and a QR code. On screen it is a
 * preview; printing the builder page prints only this.
 */
export default function PlanHandout({ plan, link, qr, shortAddress }: Props): React.ReactElement {
  const minutes = plan.modules.reduce((sum, id) => sum + (getModule(id)?.minutes ?? 0), 0);
  const date = formatLongDate(plan.targetDate);
  return (
    <article className={styles.handout} aria-label="Printable handout" data-testid="plan-handout">
      <Heading as="h2" className={styles.title}>
        Your preparation plan
      </Heading>
      {plan.clinicName && <p className={styles.from}>From {plan.clinicName}</p>}
      {plan.message && <p className={styles.message}>{plan.message}</p>}
      <p>
        Please read these {plan.modules.length === 1 ? 'module' : `${plan.modules.length} modules`}, in this order
        (about {minutes} minutes in all){date ? `, by ${date}` : ''}. Each ends with a short check.
      </p>
      <ol className={styles.modules}>
        {plan.modules.map((id) => {
          const m = getModule(id);
          return m ? (
            <li key={id}>
              {m.title} <span className={styles.minutes}>(about {moduleTimeText(m)})</span>
            </li>
          ) : null;
        })}
      </ol>
      <div className={styles.open}>
        <div className={styles.qr}>{qr}</div>
        <div>
          <p className={styles.how}>To open your plan, scan the code with your phone’s camera, or type this address:</p>
          {shortAddress ? (
            <>
              <p className={styles.short} data-testid="plan-short-address">
                {shortAddress}
              </p>
              {(plan.message || plan.targetDate) && (
                <p className={styles.small}>
                  The short address opens the same modules, without the message and date. The code and the full link
                  below have everything.
                </p>
              )}
              <p className={styles.small}>Full link:</p>
              <p className={styles.link}>{link}</p>
            </>
          ) : (
            <p className={styles.link}>{link}</p>
          )}
          <p className={styles.small}>
            The course is free and needs no account. Your progress stays on your own device. Follow your own care team’s
            instructions.
          </p>
        </div>
      </div>
      <PrintFooter />
    </article>
  );
}
