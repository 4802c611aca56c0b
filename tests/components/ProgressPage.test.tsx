/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ProgressPage from '@site/src/components/ProgressPage';
import { progressStore, STORAGE_KEY } from '@site/src/course/storage';
import {
  EXPORT_KIND,
  emptyProgress,
  encodeExportFile,
  parseImportFile,
  parseProgressJson,
  setChecklistItem,
  setNotes,
  setPlan,
  setQuizRecord,
  setRead,
  type Progress,
} from '@site/src/course/progress';
import { CHECKLIST } from '@site/src/data/checklist';
import { readFileText } from '@site/src/components/ProgressPage/download';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const ITEM = CHECKLIST[0].items[0].id;

function stored(): Progress {
  const result = parseProgressJson(localStorage.getItem(STORAGE_KEY) ?? '');
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

function seed(progress: Progress): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
  progressStore.reload();
}

function file(text: string, name = 'progress.json'): File {
  return new File([text], name, { type: 'application/json' });
}

const BUSY = setNotes(
  setChecklistItem(
    setQuizRecord(setRead(emptyProgress(5), 'safety', true, NOW), 'safety', {
      score: 5,
      total: 6,
      passed: true,
      attempts: 1,
    }),
    ITEM,
    true,
  ),
  'Ask about driving',
);

beforeEach(() => {
  localStorage.clear();
  progressStore.reload();
});

describe('My progress page', () => {
  it('shows each module’s reading status and check result, and the checklist state', () => {
    seed(BUSY);
    render(<ProgressPage />);
    const safety = screen.getByRole('link', { name: '9. Safety and side effects' }).closest('li') as HTMLElement;
    expect(safety).toHaveTextContent('Reading: marked as read');
    expect(safety).toHaveTextContent('Knowledge check: done');
    expect(safety).toHaveTextContent('Done');
    const start = screen.getByRole('link', { name: '1. Start here' }).closest('li') as HTMLElement;
    expect(start).toHaveTextContent('not marked as read');
    expect(start).toHaveTextContent('Knowledge check: not taken');
    expect(screen.getByText(/1 of 12 modules done/)).toBeInTheDocument();
    expect(screen.getByText(/1 of \d+ items ticked/)).toBeInTheDocument();
  });

  it('resets one module only after confirmation', async () => {
    const user = userEvent.setup();
    seed(setRead(BUSY, 'integration', true, NOW));
    render(<ProgressPage />);
    await user.click(screen.getByRole('button', { name: 'Reset module 9' }));
    expect(screen.getByText(/Forget that you read “Safety and side effects”/)).toBeInTheDocument();
    expect(stored().modules.safety).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Yes, reset this module' }));
    expect(stored().modules.safety).toBeUndefined();
    expect(stored().modules.integration.read).toBe(true);
  });

  it('erases everything only after confirmation', async () => {
    const user = userEvent.setup();
    seed(BUSY);
    render(<ProgressPage />);
    await user.click(screen.getByRole('button', { name: 'Erase all my progress' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(stored().notes).toBe('Ask about driving');
    await user.click(screen.getByRole('button', { name: 'Erase all my progress' }));
    await user.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect(stored()).toEqual(emptyProgress(5));
    expect(await screen.findByText('Everything was erased from this browser.')).toBeInTheDocument();
  });

  it('downloads a file that can be imported again', async () => {
    const user = userEvent.setup();
    seed(BUSY);
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<ProgressPage />);
    await user.click(screen.getByRole('button', { name: 'Download my progress' }));
    expect(click).toHaveBeenCalled();
    expect(parseImportFile(await readFileText(blobs[0]))).toEqual({ ok: true, value: BUSY });
    click.mockRestore();
  });

  it('imports a file only after saying what it holds and what it replaces', async () => {
    const user = userEvent.setup();
    seed(setChecklistItem(emptyProgress(1), ITEM, true));
    render(<ProgressPage />);
    await user.upload(screen.getByLabelText('Choose a progress file (.json)'), file(encodeExportFile(BUSY, NOW)));
    const confirm = await screen.findByRole('group', { name: 'Confirm loading the file' });
    expect(confirm).toHaveTextContent(
      'progress.json holds: 1 module read, 1 check done, 1 checklist item ticked, your notes',
    );
    expect(confirm).toHaveTextContent('It will replace what is saved in this browser now: 0 modules read');
    // Nothing changed yet.
    expect(stored().notes).toBe('');
    await user.click(within(confirm).getByRole('button', { name: 'Replace my progress with this file' }));
    expect(stored()).toEqual(BUSY);
    expect(await screen.findByText('Your progress was loaded from the file.')).toBeInTheDocument();
  });

  it.each([
    ['a file that is not JSON', 'hello there', /not a progress file from this course \(it is not JSON\)/],
    ['a foreign JSON file', '{"name":"something else"}', /This file is not a progress file from this course\./],
    [
      'a damaged progress file',
      JSON.stringify({ kind: EXPORT_KIND, progress: { version: 2, modules: 'x' } }),
      /cannot be used: modules is not an object/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, text, message) => {
    const user = userEvent.setup();
    seed(BUSY);
    render(<ProgressPage />);
    await user.upload(screen.getByLabelText('Choose a progress file (.json)'), file(text));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(alert).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Replace my progress with this file' })).toBeNull();
    expect(stored()).toEqual(BUSY);
  });

  it('shows the saved plan first, before the module list', () => {
    const plan = {
      modules: ['safety', 'integration'],
      clinicName: 'Sample Clinic (example only)',
      message: '',
      targetDate: '',
    };
    seed(setPlan(BUSY, plan));
    render(<ProgressPage />);
    const bar = screen.getByTestId('plan-status');
    expect(bar).toHaveTextContent('Your plan from Sample Clinic (example only): 1 of 2 done — next: Integration');
    const modulesHeading = screen.getByRole('heading', { name: 'Modules' });
    expect(bar.compareDocumentPosition(modulesHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
