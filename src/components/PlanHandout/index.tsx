import React from 'react';
import Heading from '@theme/Heading';
import type { Plan } from '@site/src/course/plan';
import type * as HandoutModule from '@locale/handout';
import { LOCALE_INFO, type CourseLocale } from '@site/src/i18n/locales';
import styles from './styles.module.css';
import PrintFooter from '@site/src/components/PrintFooter';

/** The handout's words in one language (src/i18n/<locale>/handout.ts): texts, module titles, dates. */
export type HandoutWords = typeof HandoutModule;

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
  /** The words of the reader's language (the one the clinician chose for the link). */
  readonly words: HandoutWords;
  /** That language, so a screen reader reads the handout in it. */
  readonly lang: CourseLocale;
}

/**
 * A one-page printable handout: the plan, its link written out, and a QR code, in the reader's
 * language. On screen it is a preview; printing the builder page prints only this.
 */
export default function PlanHandout({ plan, link, qr, shortAddress, words, lang }: Props): React.ReactElement {
  // Titles and minutes from the reader's language's catalog (Spanish chapters have their own minutes).
  const { PLAN_HANDOUT: W, getModule, moduleTitle, moduleTimeText, formatLongDate } = words;
  const minutes = plan.modules.reduce((sum, id) => sum + (getModule(id)?.minutes ?? 0), 0);
  const date = formatLongDate(plan.targetDate);
  return (
    <article
      className={styles.handout}
      aria-label={W.label}
      data-testid="plan-handout"
      lang={LOCALE_INFO[lang].htmlLang}
    >
      <Heading as="h2" className={styles.title}>
        {W.title}
      </Heading>
      {plan.clinicName && <p className={styles.from}>{W.from(plan.clinicName)}</p>}
      {plan.message && <p className={styles.message}>{plan.message}</p>}
      <p>{W.intro(plan.modules.length, minutes, date)}</p>
      <ol className={styles.modules}>
        {plan.modules.map((id) => {
          const m = getModule(id);
          return m ? (
            <li key={id}>
              {moduleTitle(id)} <span className={styles.minutes}>{W.about(moduleTimeText(m))}</span>
            </li>
          ) : null;
        })}
      </ol>
      <div className={styles.open}>
        <div className={styles.qr}>{qr}</div>
        <div>
          <p className={styles.how}>{W.how}</p>
          {shortAddress ? (
            <>
              <p className={styles.short} data-testid="plan-short-address">
                {shortAddress}
              </p>
              {(plan.message || plan.targetDate) && <p className={styles.small}>{W.shortNote}</p>}
              <p className={styles.small}>{W.fullLink}</p>
              <p className={styles.link}>{link}</p>
            </>
          ) : (
            <p className={styles.link}>{link}</p>
          )}
          <p className={styles.small}>{W.free}</p>
        </div>
      </div>
      <PrintFooter />
    </article>
  );
}
