/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import PrintFooter, { printedCrisisLines } from '../../src/components/PrintFooter';
import { DEFAULT_CLINIC_CONFIG, resolveClinicConfig } from '../../src/config/clinic';
import { CRISIS_LINES } from '../../src/data/crisisLines';
import exampleConfig from '../../src/clinic.config.example';

let config = DEFAULT_CLINIC_CONFIG;
jest.mock('@site/src/hooks/useClinicConfig', () => ({ useClinicConfig: () => config }));

describe('the footer of every printed handout and summary', () => {
  afterEach(() => {
    config = DEFAULT_CLINIC_CONFIG;
  });

  it('names the site and its address, 988 and 911, and says it is not emergency care', () => {
    render(<PrintFooter />);
    const footer = screen.getByTestId('print-footer');
    expect(footer).toHaveTextContent('Understanding KAP');
    // In the browser: the address the reader is using (jsdom's origin here).
    expect(footer).toHaveTextContent(`${window.location.origin}/`);
    expect(screen.getByTestId('print-footer-crisis')).toHaveTextContent(
      'In a crisis, now: Emergency services: Call 911 · 988 Suicide & Crisis Lifeline: Call 988, Text 988, Chat at 988lifeline.org',
    );
    expect(footer).toHaveTextContent('not medical advice and not emergency care');
    expect(screen.queryByTestId('print-footer-clinic')).toBeNull();
  });

  it('shows the clinic’s phone and after-hours line, as text', () => {
    config = resolveClinicConfig(exampleConfig);
    render(<PrintFooter />);
    expect(screen.getByTestId('print-footer-clinic')).toHaveTextContent(
      'Sample Clinic (example only) · Phone +1 555 0100 · After hours +1 555 0199',
    );
  });

  it('names a clinic’s own country’s lines when the clinic replaces them', () => {
    const uk = CRISIS_LINES.filter((l) => l.region.startsWith('United Kingdom'));
    expect(printedCrisisLines(uk).map((l) => l.name)).toEqual(['Samaritans']);
    const notPrimary = [{ ...uk[1], primary: false }];
    expect(printedCrisisLines(notPrimary).map((l) => l.name)).toEqual(['Shout']);
  });

  it('never prints a referral or support line as a crisis line, even one open 24 hours', () => {
    const us = CRISIS_LINES.filter((l) => l.region === 'United States');
    const printed = printedCrisisLines(us);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.every((l) => l.kind === 'crisis')).toBe(true);
    const referralFirst = [
      ...us.filter((l) => l.kind !== 'crisis').map((l) => ({ ...l, alwaysOpen: true, primary: true })),
      ...us,
    ];
    expect(printedCrisisLines(referralFirst).every((l) => l.kind === 'crisis')).toBe(true);
  });

  it('can stay off the screen and appear on paper only', () => {
    render(<PrintFooter printOnly />);
    expect(screen.getByTestId('print-footer').className).toMatch(/printOnly/);
  });
});
