/** @jest-environment jsdom */
import React, { Profiler } from 'react';
import { startTransition } from 'react';
import { act, render, screen } from '@testing-library/react';
import DocSidebarItemLink from '@site/src/theme/DocSidebarItem/Link';
import { useAfterLoad } from '@site/src/hooks/useAfterLoad';
import { afterLoadAndIdle, resetAfterLoadForTests } from '@site/src/client/afterLoad';
import { progressStore } from '@site/src/course/storage';
import { setQuizRecord, setRead } from '@site/src/course/progress';

// Parts that only enhance a page wait for it to settle (loaded, hydrated, then idle). These
// tests check that waiting costs no extra renders: on a phone every render of the sidebar or the
// menu after hydration is work in the busiest seconds of a page load.

// Every transition in this file is recorded (and still run by React).
jest.mock('react', () => {
  const actual = jest.requireActual('react');
  return { ...actual, startTransition: jest.fn((scope: () => void) => actual.startTransition(scope)) };
});

beforeEach(() => {
  jest.mocked(startTransition).mockClear();
  resetAfterLoadForTests();
  localStorage.clear();
  progressStore.reload();
});

/** Resolves once the page has settled (in jsdom: loaded, no hydration mark, a short timer for idle). */
const settle = () => act(() => new Promise<void>((resolve) => afterLoadAndIdle(resolve)));
/** Lets pending imports and timers run. */
const pause = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));

function Links({ onRender }: { onRender: (phase: string) => void }): React.ReactElement {
  return (
    <Profiler id="sidebar" onRender={(_id, phase) => onRender(phase)}>
      <ul>
        {['what-is-kap', 'safety', 'costs'].map((moduleId, index) => (
          <DocSidebarItemLink
            key={moduleId}
            item={{ type: 'link', href: `/learn/${moduleId}`, label: moduleId, customProps: { moduleId } }}
            activePath="/"
            level={1}
            index={index}
          />
        ))}
      </ul>
    </Profiler>
  );
}

function Settled(): React.ReactElement {
  return <p>{useAfterLoad() ? 'settled' : 'waiting'}</p>;
}

describe('waiting for the page to settle', () => {
  it('reports false until the page settles, then true', async () => {
    render(<Settled />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await settle();
    expect(screen.getByText('settled')).toBeInTheDocument();
  });

  it('renders what settling brings in as a transition, in slices a tap can interrupt', async () => {
    render(<Settled />);
    expect(startTransition).not.toHaveBeenCalled();
    await settle();
    expect(startTransition).toHaveBeenCalledTimes(1);
    expect(screen.getByText('settled')).toBeInTheDocument();
  });

  it('a part mounted after the page settled knows it in its first render', async () => {
    await settle();
    const phases: string[] = [];
    render(
      <Profiler id="late" onRender={(_id, phase) => phases.push(phase)}>
        <Settled />
      </Profiler>,
    );
    expect(screen.getByText('settled')).toBeInTheDocument();
    await pause();
    expect(phases).toEqual(['mount']);
  });

  it('sidebar links do not re-render when the page settles and nothing is completed', async () => {
    const phases: string[] = [];
    render(<Links onRender={(phase) => phases.push(phase)} />);
    await settle();
    await pause();
    expect(phases).toEqual(['mount']);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['what-is-kap', 'safety', 'costs']);
  });

  it('sidebar links mounted after the page settled render once, and a completed module still gets its tick', async () => {
    await settle();
    const phases: string[] = [];
    render(<Links onRender={(phase) => phases.push(phase)} />);
    await pause();
    expect(phases).toEqual(['mount']);
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
    expect(await screen.findByRole('link', { name: 'safety, completed' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'costs' })).toBeInTheDocument();
  });
});
