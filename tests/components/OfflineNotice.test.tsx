/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OfflineNotice from '../../src/components/OfflineNotice';
import { Profiler } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { OFFLINE_IDLE, createOfflineStatusStore, offlineStatus } from '../../src/pwa/offlineStatus';

afterEach(() => act(() => offlineStatus.set(OFFLINE_IDLE)));

describe('<OfflineNotice>', () => {
  it('says nothing until there is something to say, inside a polite live region', () => {
    render(<OfflineNotice />);
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
  });

  it('offers a new version and reloads only when the reader chooses', async () => {
    const user = userEvent.setup();
    const reload = jest.fn();
    render(<OfflineNotice />);
    act(() => offlineStatus.set({ kind: 'update-available', reload }));
    expect(screen.getByRole('status')).toHaveTextContent('A newer version of the course is ready');
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    act(() => offlineStatus.set({ kind: 'update-available', reload }));
    await user.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('<OfflineNotice> on every page', () => {
  it('hydrates without a second render while there is nothing to say', async () => {
    // A second render right after hydration is a forced, blocking one (React re-renders when a
    // store's browser value differs from its server value): a long pause on a slow phone.
    const container = document.createElement('div');
    container.innerHTML = renderToString(<OfflineNotice />);
    document.body.append(container);
    const phases: string[] = [];
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(
        container,
        <Profiler id="notice" onRender={(_id, phase) => phases.push(phase)}>
          <OfflineNotice />
        </Profiler>,
        { onRecoverableError: (error) => errors.push(error) },
      );
    });
    expect(errors).toEqual([]);
    expect(phases).toEqual(['mount']);
    // It still speaks up when there is something to say.
    act(() => offlineStatus.set({ kind: 'update-available', reload: () => undefined }));
    expect(screen.getByRole('status')).toHaveTextContent('A newer version of the course is ready');
    expect(phases).toEqual(['mount', 'update']);
    container.remove();
  });
});

describe('offline status store', () => {
  it('notifies subscribers until they unsubscribe', () => {
    const store = createOfflineStatusStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get().kind));
    store.set({ kind: 'update-available', reload: () => undefined });
    expect(store.get().kind).toBe('update-available');
    unsubscribe();
    store.set({ kind: 'idle' });
    expect(seen).toEqual(['update-available']);
  });
});
