/** @jest-environment jsdom */
import React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Root from '@site/src/theme/Root';
import { SHOWN_CLASS } from '@site/src/components/StorageNotice';
import { progressStore, STORAGE_KEY, UNREADABLE_PREFIX } from '@site/src/course/storage';

afterEach(() => {
  jest.restoreAllMocks();
  localStorage.clear();
  progressStore.reload();
});

function page() {
  return (
    <Root>
      <main id="__docusaurus_skipToContent_fallback" tabIndex={-1}>
        <p>Chapter text</p>
      </main>
    </Root>
  );
}

describe('site-wide storage notice', () => {
  it('shows nothing when progress is kept normally', () => {
    localStorage.clear();
    progressStore.reload();
    render(page());
    expect(screen.getByText('Chapter text')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'About your saved progress' })).toBeNull();
  });

  it('explains unreadable saved progress, links to My progress, and can be dismissed', async () => {
    const user = userEvent.setup();
    localStorage.setItem(STORAGE_KEY, '{"version": 2, "modules": ');
    progressStore.reload();
    render(page());
    // The notice waits until the page has loaded and the browser is idle.
    const notice = await screen.findByRole('region', { name: 'About your saved progress' });
    expect(notice).toHaveTextContent('could not be read, so you are starting fresh');
    expect(notice).toHaveTextContent('set aside, not deleted');
    expect(screen.getByRole('link', { name: 'About your progress' })).toHaveAttribute('href', '/progress');
    // The data was kept aside, not destroyed.
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(UNREADABLE_PREFIX));
    expect(aside.map((k) => localStorage.getItem(k))).toEqual(['{"version": 2, "modules": ']);

    // While it shows, the page keeps its end clear of it (styles.module.css keys on this class).
    expect(document.documentElement).toHaveClass(SHOWN_CLASS);

    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('region', { name: 'About your saved progress' })).toBeNull();
    expect(document.documentElement).not.toHaveClass(SHOWN_CLASS);
    expect(screen.getByRole('main')).toHaveFocus();
    expect(screen.getByText('Chapter text')).toBeInTheDocument();
  });

  it('says progress will not be kept when storage is blocked', async () => {
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    progressStore.reload();
    render(page());
    expect(await screen.findByRole('region', { name: 'About your saved progress' })).toHaveTextContent(
      'your progress will not be kept on this device',
    );
  });
});

describe('on the My progress page', () => {
  it('explains the problem in the page instead of in the site-wide notice', async () => {
    const { default: ProgressPage } = await import('@site/src/components/ProgressPage');
    localStorage.setItem(STORAGE_KEY, 'not json');
    progressStore.reload();
    render(
      <Root>
        <ProgressPage />
      </Root>,
    );
    expect(
      screen.getByText(/could not be read, so you are starting fresh/, { selector: '[data-progress-warning]' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'About your saved progress' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Saved data that could not be read' })).toBeInTheDocument();
  });
});
