/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import HelpNow from '../../src/components/HelpNow';

describe('<HelpNow>', () => {
  it('offers 911 and 988 (call and text) as one-tap links, and no referral or support line', () => {
    render(<HelpNow />);
    const box = screen.getByRole('complementary', { name: 'If you need help now' });
    expect(within(box).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(within(box).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(box).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(box).not.toHaveTextContent(/SAMHSA|1-800-662-4357|Fireside/);
    expect(within(box).getByRole('link', { name: 'See all crisis lines' })).toHaveAttribute('href', '/help');
  });
});
