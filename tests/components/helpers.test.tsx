/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Term from '../../src/components/Term';
import Cite from '../../src/components/Cite';
import HelpNow from '../../src/components/HelpNow';
import ReviewDates from '../../src/components/ReviewDates';
import { GLOSSARY_BY_ID } from '../../src/data/glossary';

const glutamate = GLOSSARY_BY_ID.get('glutamate')!;

describe('<Term>', () => {
  it('shows the plain definition by keyboard and hides it with Escape', async () => {
    const user = userEvent.setup();
    render(
      <p>
        Ketamine acts on{' '}
        <Term id="glutamate" term={glutamate.term} definition={glutamate.definition}>
          glutamate
        </Term>{' '}
        in the brain.
      </p>,
    );
    const button = screen.getByRole('button', { name: 'glutamate' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/main “go” chemical messenger/)).not.toBeVisible();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/main “go” chemical messenger/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'More in the glossary' })).toHaveAttribute(
      'href',
      '/learn/glossary#glutamate',
    );

    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('refuses to render a term the build did not fill in', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Term id="no-such-term">x</Term>)).toThrow(/no-such-term/);
  });
});

describe('<Cite>', () => {
  it('renders the source number as a link to the References page with a spoken name', () => {
    render(<Cite id="berman2000" number="7" label="Berman 2000" />);
    const link = screen.getByRole('link', { name: 'Source 7: Berman 2000' });
    expect(link).toHaveTextContent('[7]');
    expect(link).toHaveAttribute('href', '/learn/references#berman2000');
  });

  it('refuses to render a citation the build did not fill in', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Cite id="nobody1999" />)).toThrow(/nobody1999/);
  });
});

describe('<HelpNow>', () => {
  it('offers the 24-hour crisis lines as tap-to-call links and says it is not emergency care', () => {
    render(<HelpNow />);
    expect(screen.getByRole('complementary', { name: 'If you need help now' })).toHaveTextContent(/not emergency care/);
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByRole('link', { name: 'See all crisis lines' })).toHaveAttribute('href', '/help');
    expect(screen.queryByText(/Fireside|SAMHSA/)).toBeNull();
  });
});

describe('<ReviewDates>', () => {
  it('shows both dates in words', () => {
    render(<ReviewDates lastReviewed="2026-11-22" reviewDue="2027-11-22" />);
    expect(screen.getByText('Page last reviewed:')).toBeInTheDocument();
    expect(screen.getByText('22 November 2026')).toBeInTheDocument();
    expect(screen.getByText('22 November 2027')).toBeInTheDocument();
  });
});
