/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MarkAsRead from '@site/src/components/MarkAsRead';
import DocSidebarItemLink from '@site/src/theme/DocSidebarItem/Link';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { parseProgressJson, setPlan, setQuizRecord, setRead } from '@site/src/course/progress';

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

function sidebarLink(moduleId: string, label: string) {
  return (
    <ul>
      <DocSidebarItemLink
        item={{ type: 'link', href: `/learn/${moduleId}`, label, customProps: { moduleId } }}
        activePath="/"
        level={1}
        index={0}
      />
    </ul>
  );
}

describe('Mark as read', () => {
  it('marks as read; a second tap does not un-mark it; a separate Undo does; and it is kept', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<MarkAsRead moduleId="safety" />);
    const button = screen.getByRole('button', { name: 'Mark as read' });
    expect(screen.getByText('Not marked as read yet.')).toBeInTheDocument();

    await user.click(button);
    // The button has become a status: tapping where it was does nothing.
    expect(screen.queryByRole('button', { name: 'Mark as read' })).not.toBeInTheDocument();
    const state = screen.getByTestId('read-state');
    expect(state).toHaveTextContent('✓ Read');
    expect(state).toHaveFocus();
    await user.click(state);
    await user.keyboard('{Enter}');
    expect(screen.getByText(/You marked this module as read/)).toBeInTheDocument();
    const saved = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
    expect(saved.ok && saved.value.modules.safety.read).toBe(true);

    unmount();
    progressStore.reload();
    render(<MarkAsRead moduleId="safety" />);
    expect(screen.getByTestId('read-state')).toHaveTextContent('✓ Read');
    await user.click(screen.getByRole('button', { name: 'Undo: mark this module as not read' }));
    expect(screen.getByRole('button', { name: 'Mark as read' })).toHaveFocus();
    expect(screen.getByText('Not marked as read yet.')).toBeInTheDocument();
    const after = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
    expect(after.ok && after.value.modules.safety.read).toBe(false);
  });

  it('with a saved plan: shows the plan bar, and "Next in your plan" leads to the plan’s next module', async () => {
    const user = userEvent.setup();
    const plan = {
      modules: ['preparation', 'safety', 'integration'],
      clinicName: 'Sample Clinic (example only)',
      message: '',
      targetDate: '',
    };
    progressStore.replace(setPlan(progressStore.getSnapshot().progress, plan));
    render(<MarkAsRead moduleId="preparation" />);
    // Once the page has settled.
    expect(await screen.findByTestId('plan-status', {}, { timeout: 4000 })).toHaveTextContent(
      'Your plan from Sample Clinic (example only): 0 of 3 done — next: Preparation',
    );
    expect(screen.getByRole('link', { name: 'Next in your plan: Safety and side effects' })).toHaveAttribute(
      'href',
      '/learn/safety',
    );
    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(screen.getByRole('link', { name: 'Your plan from Sample Clinic (example only)' })).toHaveAttribute(
      'href',
      '/plan',
    );
  });

  it('at the plan’s last module, the next step is sending the summary; without a plan, no plan bar', async () => {
    const plan = { modules: ['preparation', 'safety'], clinicName: '', message: '', targetDate: '' };
    progressStore.replace(setPlan(progressStore.getSnapshot().progress, plan));
    const { unmount } = render(<MarkAsRead moduleId="safety" />);
    expect(
      await screen.findByRole('link', { name: 'Next in your plan: Preparation' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    unmount();
    let p = progressStore.getSnapshot().progress;
    p = setQuizRecord(setRead(p, 'preparation', true, new Date()), 'preparation', {
      score: 5,
      total: 5,
      passed: true,
      attempts: 1,
    });
    progressStore.replace(p);
    const second = render(<MarkAsRead moduleId="safety" />);
    expect(await screen.findByRole('link', { name: 'Last step: send your summary to your care team' })).toHaveAttribute(
      'href',
      '/summary',
    );
    second.unmount();
    progressStore.replace(setPlan(progressStore.getSnapshot().progress, undefined));
    render(<MarkAsRead moduleId="safety" />);
    expect(screen.queryByTestId('plan-status')).not.toBeInTheDocument();
    expect(screen.queryByTestId('plan-next-module')).not.toBeInTheDocument();
  });

  it('puts an accessible tick beside a module in the sidebar once it is read and its check is done', async () => {
    const user = userEvent.setup();
    render(
      <>
        {sidebarLink('safety', '9. Safety and side effects')}
        <MarkAsRead moduleId="safety" />
      </>,
    );
    const link = () => screen.getByRole('link', { name: /Safety and side effects/ });
    expect(link()).toHaveAccessibleName('9. Safety and side effects');
    expect(link().closest('li')).not.toHaveClass('done');

    await user.click(screen.getByRole('button', { name: 'Mark as read' }));
    // Read, check not done: no tick yet.
    expect(link()).toHaveAccessibleName('9. Safety and side effects');

    act(() =>
      progressStore.update((p) => setQuizRecord(p, 'safety', { score: 5, total: 5, passed: true, attempts: 1 })),
    );
    expect(await screen.findByRole('link', { name: '9. Safety and side effects, completed' })).toBeInTheDocument();
    expect(link().closest('li')).toHaveClass('done');
    expect(screen.getByText(/Done: you have read this module and finished its knowledge check/)).toBeInTheDocument();
  });

  it('adds the tick to the same link, so a reader focused on it keeps their place', async () => {
    render(sidebarLink('safety', '9. Safety and side effects'));
    const before = screen.getByRole('link', { name: '9. Safety and side effects' });
    act(() => before.focus());
    act(() =>
      progressStore.update((p) =>
        setQuizRecord(setRead(p, 'safety', true, new Date('2026-01-01T00:00:00Z')), 'safety', {
          score: 5,
          total: 5,
          passed: true,
          attempts: 1,
        }),
      ),
    );
    const after = await screen.findByRole('link', { name: '9. Safety and side effects, completed' });
    expect(after).toBe(before);
    expect(after).toHaveFocus();
  });

  it('leaves links that are not modules alone', () => {
    render(
      <ul>
        <DocSidebarItemLink
          item={{ type: 'link', href: '/learn/faq', label: 'FAQ' }}
          activePath="/"
          level={1}
          index={0}
        />
      </ul>,
    );
    expect(screen.getByRole('link', { name: 'FAQ' })).toBeInTheDocument();
  });
});
