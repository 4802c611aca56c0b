/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OfflineSaveControls from '@site/src/components/OfflineSave/Controls';
import * as offline from '@site/src/pwa/offlineCopy';
import type { OfflineList, SaveProgress } from '@site/src/pwa/offlineCopy';

jest.mock('@site/src/pwa/offlineCopy', () => {
  const actual = jest.requireActual('@site/src/pwa/offlineCopy');
  return {
    ...actual,
    offlineStorageAvailable: jest.fn(),
    saveDataOn: jest.fn(),
    loadOfflineList: jest.fn(),
    countSaved: jest.fn(),
    countKept: jest.fn(),
    saveWholeCourse: jest.fn(),
    removeOfflineCopy: jest.fn(),
  };
});

const mocked = jest.mocked(offline);
const LIST: OfflineList = {
  files: ['/', '/learn/safety', '/assets/js/main.1.js'],
  bytes: 4_700_000,
  downloadBytes: 1_366_000,
};
const SAVE_LABEL = 'Save the whole course for offline reading (about 1.4 MB)';

beforeEach(() => {
  jest.resetAllMocks();
  mocked.offlineStorageAvailable.mockReturnValue(true);
  mocked.saveDataOn.mockReturnValue(false);
  mocked.loadOfflineList.mockResolvedValue(LIST);
  mocked.countSaved.mockResolvedValue(0);
  mocked.countKept.mockResolvedValue(0);
  mocked.removeOfflineCopy.mockResolvedValue();
});

const status = () => screen.getByRole('status');

describe('<OfflineSaveControls>', () => {
  it('offers to save the whole course with its size from the build, and saves nothing by itself', async () => {
    render(<OfflineSaveControls />);
    expect(await screen.findByRole('button', { name: SAVE_LABEL })).toBeVisible();
    expect(screen.getByText(/about 1\.4 MB of data and about 4\.7 MB of space/)).toBeVisible();
    expect(mocked.saveWholeCourse).not.toHaveBeenCalled();
    expect(screen.queryByText(/set to save data/)).toBeNull();
    // Nothing kept yet: nothing to remove.
    expect(screen.queryByRole('button', { name: /Remove the offline copy/ })).toBeNull();
  });

  it('shows progress while saving, then says calmly that the course is saved', async () => {
    const user = userEvent.setup();
    let report: (p: SaveProgress) => void = () => undefined;
    let finish: () => void = () => undefined;
    mocked.saveWholeCourse.mockImplementation((_list, _baseUrl, onProgress) => {
      report = onProgress;
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    render(<OfflineSaveControls />);
    await user.click(await screen.findByRole('button', { name: SAVE_LABEL }));
    expect(mocked.saveWholeCourse).toHaveBeenCalledWith(LIST, '/', expect.any(Function));
    act(() => report({ done: 2, total: 3 }));
    expect(status()).toHaveTextContent('Saving the course on this device');
    const bar = screen.getByRole('progressbar', { name: '2 of 3 files saved' });
    expect(bar).toHaveAttribute('value', '2');
    expect(bar).toHaveAttribute('max', '3');
    expect(screen.queryByRole('button', { name: SAVE_LABEL })).toBeNull();

    await act(async () => finish());
    expect(status()).toHaveTextContent(
      'The whole course is saved on this device. You can read every chapter without a connection.',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove the offline copy from this device' })).toBeVisible();
  });

  it('says the course is saved when every file is already on this device', async () => {
    mocked.countSaved.mockResolvedValue(LIST.files.length);
    mocked.countKept.mockResolvedValue(LIST.files.length + 2);
    render(<OfflineSaveControls />);
    expect(await screen.findByText(/The whole course is saved on this device/)).toBeVisible();
    expect(screen.queryByRole('button', { name: SAVE_LABEL })).toBeNull();
  });

  it('explains a failed save, keeps what was saved, and lets the reader try again', async () => {
    const user = userEvent.setup();
    mocked.saveWholeCourse.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    render(<OfflineSaveControls />);
    await user.click(await screen.findByRole('button', { name: SAVE_LABEL }));
    expect(status()).toHaveTextContent(
      'Saving stopped. There is not enough free space on this device. What was saved so far stays on this device.',
    );
    mocked.saveWholeCourse.mockResolvedValueOnce();
    await user.click(screen.getByRole('button', { name: SAVE_LABEL }));
    expect(status()).toHaveTextContent('The whole course is saved on this device');
    expect(mocked.saveWholeCourse).toHaveBeenCalledTimes(2);
  });

  it('with Save-Data on, says why nothing is saved by itself, next to the button, and still lets the reader save', async () => {
    const user = userEvent.setup();
    mocked.saveDataOn.mockReturnValue(true);
    mocked.saveWholeCourse.mockResolvedValue();
    render(<OfflineSaveControls />);
    const button = await screen.findByRole('button', { name: SAVE_LABEL });
    const note = screen.getByText(/Your browser is set to save data, so the course is never saved by itself/);
    expect(note.nextElementSibling).toBe(button);
    expect(mocked.saveWholeCourse).not.toHaveBeenCalled();
    await user.click(button);
    expect(mocked.saveWholeCourse).toHaveBeenCalledTimes(1);
  });

  it('says plainly when this browser cannot keep a copy, and offers no button', async () => {
    mocked.offlineStorageAvailable.mockReturnValue(false);
    render(<OfflineSaveControls />);
    expect(await screen.findByText(/This browser cannot keep a copy of the course on this device/)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(mocked.loadOfflineList).not.toHaveBeenCalled();
  });

  it('treats storage that refuses to open (a private window) as unavailable', async () => {
    mocked.countSaved.mockRejectedValue(new DOMException('denied', 'SecurityError'));
    render(<OfflineSaveControls />);
    expect(await screen.findByText(/This browser cannot keep a copy/)).toBeVisible();
  });

  it('when the list of files cannot be loaded, says so and can try again', async () => {
    const user = userEvent.setup();
    mocked.loadOfflineList.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<OfflineSaveControls />);
    expect(await screen.findByText(/The course cannot be saved right now/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: SAVE_LABEL })).toBeVisible();
  });

  it('removes the offline copy (pages kept while reading) when the reader asks', async () => {
    const user = userEvent.setup();
    mocked.countKept.mockResolvedValue(5);
    render(<OfflineSaveControls />);
    await user.click(await screen.findByRole('button', { name: 'Remove the offline copy from this device' }));
    expect(mocked.removeOfflineCopy).toHaveBeenCalledTimes(1);
    expect(status()).toHaveTextContent('The offline copy was removed from this device.');
    expect(screen.getByRole('button', { name: SAVE_LABEL })).toBeVisible();
  });
});
