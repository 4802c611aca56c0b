/** @jest-environment jsdom */
import React, { Profiler } from 'react';
import { act, render, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import Checklist from '@site/src/components/Checklist';
import MarkAsRead from '@site/src/components/MarkAsRead';
import ProgressPage from '@site/src/components/ProgressPage';
import Root from '@site/src/theme/Root';
import DocSidebarItemLink from '@site/src/theme/DocSidebarItem/Link';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { emptyProgress, setChecklistItem, setNotes, setQuizRecord, setRead } from '@site/src/course/progress';
import { CHECKLIST } from '@site/src/data/checklist';
import { resetAfterLoadForTests } from '@site/src/client/afterLoad';

const SAVED = setNotes(
  setChecklistItem(
    setQuizRecord(setRead(emptyProgress(3), 'safety', true, new Date('2026-01-01T00:00:00Z')), 'safety', {
      score: 5,
      total: 5,
      passed: true,
      attempts: 1,
    }),
    CHECKLIST[0].items[0].id,
    true,
  ),
  'My note',
);

function Everything(): React.ReactElement {
  return (
    <Root>
      <ul>
        <DocSidebarItemLink
          item={{ type: 'link', href: '/learn/safety', label: '9. Safety', customProps: { moduleId: 'safety' } }}
          activePath="/"
          level={1}
          index={0}
        />
      </ul>
      <MarkAsRead moduleId="safety" />
      <Checklist />
      <ProgressPage />
    </Root>
  );
}

afterEach(() => {
  // Each test is a new page load: the server render knows nothing of an earlier page settling.
  resetAfterLoadForTests();
  delete document.documentElement.dataset.hasHydrated;
  localStorage.clear();
  progressStore.reload();
});

type View = ReturnType<typeof within>;

it.each<[string, string, (view: View) => void]>([
  [
    'saved progress',
    JSON.stringify(SAVED),
    (view) => {
      expect(view.getByRole('link', { name: '9. Safety, completed' })).toBeInTheDocument();
      expect(view.getByRole('textbox', { name: 'My questions for my care team' })).toHaveValue('My note');
      expect(view.getByTestId('read-state')).toHaveTextContent('✓ Read');
    },
  ],
  [
    'unreadable saved progress',
    'not json',
    // The progress page on screen explains it, so the site-wide notice steps aside.
    (view) =>
      expect(
        view.getByText(/could not be read/, { selector: '[data-progress-warning="recovered"]' }),
      ).toBeInTheDocument(),
  ],
])('server HTML hydrates without a mismatch, then shows %s', async (_name, stored, expectShown) => {
  // The server knows nothing about the reader.
  const html = renderToString(<Everything />);
  expect(html).toContain('Mark as read');
  expect(html).not.toContain('My note');

  localStorage.setItem(STORAGE_KEY, stored);
  progressStore.reload();
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  const errors: unknown[] = [];
  const consoleError = jest.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  let root: ReturnType<typeof hydrateRoot> | undefined;
  // As on the site: Docusaurus marks the page as not hydrated until React has hydrated it.
  document.documentElement.dataset.hasHydrated = 'false';
  await act(async () => {
    root = hydrateRoot(container, <Everything />, { onRecoverableError: (e) => errors.push(e) });
  });
  document.documentElement.dataset.hasHydrated = 'true';
  // Progress ticks and notices come once the page has loaded and gone idle.
  await waitFor(() => expectShown(within(container)), { timeout: 4000 });
  consoleError.mockRestore();
  expect(errors).toEqual([]);
  act(() => root?.unmount());
  container.remove();
});

it('a part mounted after hydration (moving to another page) shows saved progress in its first render', () => {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(SAVED));
  progressStore.reload();
  document.documentElement.dataset.hasHydrated = 'true';
  const phases: string[] = [];
  const view = render(
    <Profiler id="mark" onRender={(_id, phase) => phases.push(phase)}>
      <MarkAsRead moduleId="safety" />
    </Profiler>,
  );
  expect(view.getByTestId('read-state')).toHaveTextContent('✓ Read');
  expect(phases).toEqual(['mount']);
  view.unmount();
});
