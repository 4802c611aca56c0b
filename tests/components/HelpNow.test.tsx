/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import HelpNow from '../../src/components/HelpNow';
import { CRISIS_LINES } from '../../src/data/crisisLines';
import { resolveClinicConfig } from '../../src/config/clinic';

// A clinic's copy whose list puts a referral line first and even marks it primary.
const samhsa = CRISIS_LINES.find((l) => l.id === 'us-samhsa')!;
const lifeline = CRISIS_LINES.find((l) => l.id === 'us-988')!;
const clinicConfig = resolveClinicConfig({ crisisLines: [{ ...samhsa, primary: true }, lifeline] });

jest.mock('@docusaurus/useDocusaurusContext', () => () => ({
  siteConfig: { baseUrl: '/', customFields: { clinic: clinicConfig } },
}));

describe("<HelpNow> with a clinic's own lines", () => {
  it('shows only crisis lines, even when a referral line comes first and is marked primary', () => {
    render(<HelpNow />);
    const box = screen.getByRole('complementary', { name: 'If you need help now' });
    expect(box).not.toHaveTextContent(/SAMHSA|1-800-662-4357/);
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  });
});
