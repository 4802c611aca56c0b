/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Checklist from '@site/src/components/Checklist';
import { CHECKLIST } from '@site/src/data/checklist';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import { parseProgressJson } from '@site/src/course/progress';

const TOTAL = CHECKLIST.reduce((n, g) => n + g.items.length, 0);
const FIRST = CHECKLIST[0].items[0];
const SECOND = CHECKLIST[1].items[0];

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

function saved() {
  const result = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe('Checklist', () => {
  it('says the clinic’s own instructions come first, and groups items under their stage', () => {
    render(<Checklist />);
    expect(screen.getByText(/Your clinic’s own instructions come first/)).toBeInTheDocument();
    for (const group of CHECKLIST) {
      const region = screen.getByRole('group', { name: group.title });
      expect(within(region).getAllByRole('checkbox')).toHaveLength(group.items.length);
    }
    expect(screen.getByText(`0 of ${TOTAL} done`, { selector: 'p' })).toBeInTheDocument();
  });

  it('ticks with the keyboard, announces the count politely, and keeps ticks after a reload', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Checklist />);
    const box = screen.getByRole('checkbox', { name: FIRST.text });
    for (let i = 0; i < 10 && document.activeElement !== box; i += 1) await user.tab();
    expect(box).toHaveFocus();
    await user.keyboard(' ');
    expect(box).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: SECOND.text }));

    expect(screen.getByText(`2 of ${TOTAL} done`, { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`2 of ${TOTAL} done`);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(saved().checklist).toEqual([FIRST.id, SECOND.id]);

    unmount();
    progressStore.reload();
    render(<Checklist />);
    expect(screen.getByRole('checkbox', { name: FIRST.text })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: SECOND.text })).toBeChecked();
    expect(screen.getByText(`2 of ${TOTAL} done`, { selector: 'p' })).toBeInTheDocument();
  });

  it('explains why each item matters, with a link to the chapter, when opened', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    const summary = screen.getAllByText('Why this matters')[0].closest('summary') as HTMLElement;
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(FIRST.why, { exact: false })).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Read more in the chapter' })).toHaveAttribute('href', FIRST.link);
  });

  it('keeps private notes on the device and prints them with the list', async () => {
    const user = userEvent.setup();
    const print = jest.fn();
    window.print = print;
    const { container } = render(<Checklist />);
    const notes = screen.getByRole('textbox', { name: 'My questions for my care team' });
    expect(notes).toHaveAccessibleDescription(/kept only in this browser/);
    await user.type(notes, 'Can I drive the next day?');
    expect(saved().notes).toBe('Can I drive the next day?');
    // A print-only copy of the notes, since a textarea prints cut off.
    expect(container.querySelector('.printNotes')).toHaveTextContent('Can I drive the next day?');
    await user.click(screen.getByRole('button', { name: 'Print / save as PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('asks before unticking everything, and keeps notes', async () => {
    const user = userEvent.setup();
    render(<Checklist />);
    await user.click(screen.getByRole('checkbox', { name: FIRST.text }));
    await user.type(screen.getByRole('textbox'), 'note');

    await user.click(screen.getByRole('button', { name: 'Untick everything' }));
    expect(screen.getByText(`Untick all ${TOTAL} items? Your notes are kept.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('checkbox', { name: FIRST.text })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Untick everything' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Untick everything' }));
    await user.click(screen.getByRole('button', { name: 'Yes, untick all' }));
    expect(screen.getByRole('checkbox', { name: FIRST.text })).not.toBeChecked();
    expect(screen.getByText(`0 of ${TOTAL} done`, { selector: 'p' })).toBeInTheDocument();
    expect(saved()).toMatchObject({ checklist: [], notes: 'note' });
  });
});
