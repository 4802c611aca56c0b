/**
 * Crisis lines and other support lines, shown on the help page ("Get help now") and in <HelpNow />.
 * Source: shared/content/EVIDENCE.md §10 (each checked against the service's own page).
 * A clinic's copy can replace this list in src/clinic.config.ts.
 *
 * Every line says what kind it is. Only `crisis` lines are listed as crisis lines; referral and
 * support lines are shown apart, under a heading that says they are not crisis lines
 * (src/course/crisisGroups.ts does the grouping and its checks).
 */

/**
 * - `crisis`: answers around the clock and helps a person in crisis or danger now (911, 988).
 * - `referral`: finds treatment or services; not crisis counseling (SAMHSA's Helpline).
 * - `support`: talk or peer support that is not a crisis service (Fireside Project).
 */
export type LineKind = 'crisis' | 'referral' | 'support';

export interface CrisisContact {
  /** How to reach it, as a person would say it: "Call or text 988". */
  readonly label: string;
  /** A tel:, sms: or https: address, so the line is one tap away on a phone. */
  readonly href: string;
}

export interface CrisisLine {
  readonly id: string;
  readonly kind: LineKind;
  readonly name: string;
  readonly region: string;
  readonly contacts: readonly CrisisContact[];
  readonly description: string;
  /** Answers 24 hours a day, every day. A `crisis` line must. */
  readonly alwaysOpen: boolean;
  /** Crisis lines shown in short lists (the <HelpNow /> box). */
  readonly primary?: boolean;
}

export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'us-emergency',
    kind: 'crisis',
    name: 'Emergency services',
    region: 'United States',
    contacts: [{ label: 'Call 911', href: 'tel:911' }],
    description: 'If you or someone else is in immediate danger.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'us-988',
    kind: 'crisis',
    name: '988 Suicide & Crisis Lifeline',
    region: 'United States',
    contacts: [
      { label: 'Call 988', href: 'tel:988' },
      { label: 'Text 988', href: 'sms:988' },
      { label: 'Chat at 988lifeline.org', href: 'https://988lifeline.org/' },
    ],
    description: 'Free, confidential support, 24 hours a day. Press 1 for the Veterans Crisis Line, 2 for Spanish.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'us-crisis-text-line',
    kind: 'crisis',
    name: 'Crisis Text Line',
    region: 'United States',
    contacts: [{ label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' }],
    description: 'Text with a trained crisis counselor, 24 hours a day.',
    alwaysOpen: true,
  },
  {
    id: 'ca-988',
    kind: 'crisis',
    name: '9-8-8 Suicide Crisis Helpline',
    region: 'Canada',
    contacts: [
      { label: 'Call 9-8-8', href: 'tel:988' },
      { label: 'Text 9-8-8', href: 'sms:988' },
    ],
    description: 'In English and French, 24 hours a day.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'uk-samaritans',
    kind: 'crisis',
    name: 'Samaritans',
    region: 'United Kingdom and Ireland',
    contacts: [{ label: 'Call 116 123', href: 'tel:116123' }],
    description: 'Free to call, 24 hours a day, every day.',
    alwaysOpen: true,
    primary: true,
  },
  {
    id: 'uk-shout',
    kind: 'crisis',
    name: 'Shout',
    region: 'United Kingdom',
    contacts: [{ label: 'Text SHOUT to 85258', href: 'sms:85258?&body=SHOUT' }],
    description: 'Free text support, 24 hours a day.',
    alwaysOpen: true,
  },
  {
    id: 'us-samhsa',
    kind: 'referral',
    name: 'SAMHSA National Helpline',
    region: 'United States',
    contacts: [{ label: 'Call 1-800-662-4357', href: 'tel:18006624357' }],
    description: 'Free referral to treatment and support for mental health and substance use. Not crisis counseling.',
    alwaysOpen: true,
  },
  {
    id: 'fireside',
    kind: 'support',
    name: 'Fireside Project (psychedelic peer support)',
    region: 'United States',
    contacts: [{ label: 'Call or text 62-FIRESIDE (623-473-7433)', href: 'tel:6234737433' }],
    description:
      'Peer support during or after a psychedelic experience. It is not open 24 hours and is not a crisis line: in a crisis, use 988 or 911.',
    alwaysOpen: false,
  },
];
