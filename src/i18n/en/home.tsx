/** Words of the home page (src/pages/index.tsx). Module titles and counts come from the catalog. */
import React from 'react';
import Link from '@docusaurus/Link';

export const HOME_TEXT = {
  title: 'A free course on ketamine-assisted psychotherapy',
  description:
    'Plain-language lessons on ketamine-assisted psychotherapy (KAP): what it is, the evidence, safety, and what happens before, during and after a session.',
  heading: 'Understanding ketamine-assisted psychotherapy',
  lead: 'A free, plain-language course for people who are thinking about ketamine-assisted psychotherapy (KAP), and for the people who support them. It explains what KAP is, how strong the evidence is, how to stay safe, and what happens before, during and after a session.',
  sharedBy: (name: string) => (
    <>
      Shared with you by <strong>{name}</strong>
    </>
  ),
  modules: (count: number, length: React.ReactNode) => (
    <>
      <strong>{count} short modules</strong>, {length} in all
    </>
  ),
  free: (
    <>
      <strong>Free</strong>, with no account and nothing to sign up for
    </>
  ),
  private: (
    <>
      <strong>Private</strong>: your progress stays on this device
    </>
  ),
  startWith: (title: string) => `Start with “${title}”`,
  faq: 'Common questions (FAQ)',
  notice: (
    <>
      This course is education. It is not medical advice and not emergency care. If you are in danger now,{' '}
      <Link to="/help">get help now</Link>.
    </>
  ),
  modulesHeading: 'The modules',
  modulesIntro: 'Read them in order, or go straight to what you need. Each ends with a short check.',
  whoHeading: 'Who it is for',
  who: [
    'People who are considering KAP, or have been offered it.',
    'Family and friends who want to understand it.',
    <>
      Clinicians and clinics who want to give clients trustworthy preparation:{' '}
      <Link to="/learn/for-clinicians">see the section for clinicians</Link>.
    </>,
  ] as React.ReactNode[],
};
