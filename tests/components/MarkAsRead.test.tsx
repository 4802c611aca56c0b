/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MarkAsRead from '@site/src/components/MarkAsRead';
import DocSidebarItemLink from '@site/src/theme/DocSidebarItem/Link';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { parseProgressJson, setQuizRecord, setRead } from '@site/src/course/progress';

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
  it('toggles, shows its state, and is kept', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<MarkAsRead moduleId="safety" />);
    const button = screen.getByRole('button', { name: 'Mark as read' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Not marked as read yet.')).toBeInTheDocument();

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/You marked this module as read/)).toBeInTheDocument();
    const saved = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
    expect(saved.ok && saved.value.modules.safety.read).toBe(true);

    unmount();
    progressStore.reload();
    render(<MarkAsRead moduleId="safety" />);
    expect(screen.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Tab}{Enter}');
    expect(screen.getByRole('button', { name: 'Mark as read' })).toHaveAttribute('aria-pressed', 'false');
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

    act(() => progressStore.update((p) => setQuizRecord(p, 'safety', { score: 5, total: 5, passed: true, attempts: 1 })));
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
        setQuizRecord(setRead(p, 'safety', true, new Date('2026-01-01T00:00:00Z')), 'safety', { score: 5, total: 5, passed: true, attempts: 1 }),
      ),
    );
    const after = await screen.findByRole('link', { name: '9. Safety and side effects, completed' });
    expect(after).toBe(before);
    expect(after).toHaveFocus();
  });

  it('leaves links that are not modules alone', () => {
    render(
      <ul>
        <DocSidebarItemLink item={{ type: 'link', href: '/learn/faq', label: 'FAQ' }} activePath="/" level={1} index={0} />
      </ul>,
    );
    expect(screen.getByRole('link', { name: 'FAQ' })).toBeInTheDocument();
  });
});
