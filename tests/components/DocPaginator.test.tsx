/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import DocPaginator, { moduleAtPath } from '@site/src/theme/DocPaginator';
import { afterLoadAndIdle, resetAfterLoadForTests } from '@site/src/client/afterLoad';
import { progressStore } from '@site/src/course/storage';
import { setPlan, setQuizRecord, setRead, type Progress } from '@site/src/course/progress';
import type { Plan } from '@site/src/course/plan';

// The page is /learn/safety (tests/mocks/router.ts). In the sidebar, "Safety and side effects" is
// followed by "KAP compared with other ketamine care".
const SIDEBAR = {
  previous: { permalink: '/learn/integration', title: 'Integration' },
  next: { permalink: '/learn/kap-compared', title: 'KAP compared with other ketamine care' },
};

const plan = (modules: string[], clinicName = ''): Plan => ({ modules, clinicName, message: '', targetDate: '' });
const save = (change: (p: Progress) => Progress) => progressStore.replace(change(progressStore.getSnapshot().progress));
const done = (p: Progress, id: string) =>
  setQuizRecord(setRead(p, id, true, new Date()), id, { score: 5, total: 5, passed: true, attempts: 1 });
/** Resolves once the page has settled (loaded, hydrated, idle), and pending imports have run. */
const settle = async () => {
  await act(() => new Promise<void>((resolve) => afterLoadAndIdle(resolve)));
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
};
const nextLink = () => screen.getByTestId('pagination-next');

beforeEach(() => {
  resetAfterLoadForTests();
  localStorage.clear();
  progressStore.reload();
});

afterEach(() => {
  delete document.documentElement.dataset.hasHydrated;
});

describe('the pagination "Next" at the end of a module chapter', () => {
  it('with a saved plan: the server and hydration show the sidebar’s Next, then the plan’s next module', async () => {
    const html = renderToString(<DocPaginator {...SIDEBAR} />);
    expect(html).toContain('/learn/kap-compared');

    save((p) => setPlan(p, plan(['preparation', 'safety', 'integration'], 'Sample Clinic (example only)')));
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const errors: unknown[] = [];
    const consoleError = jest.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    document.documentElement.dataset.hasHydrated = 'false';
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <DocPaginator {...SIDEBAR} />, { onRecoverableError: (e) => errors.push(e) });
    });
    // Hydrated, not yet settled: still Docusaurus' Next.
    const before = container.querySelector('[data-testid="pagination-next"]');
    expect(before).toHaveAttribute('href', '/learn/kap-compared');
    document.documentElement.dataset.hasHydrated = 'true';
    await waitFor(
      () =>
        expect(container.querySelector('[data-testid="pagination-next"]')).toHaveAttribute(
          'href',
          '/learn/integration',
        ),
      { timeout: 4000 },
    );
    expect(container.querySelector('[data-testid="pagination-next"]')).toHaveTextContent('Next Integration');
    // The same link, changed in place: a tap on it while the page settles is not lost.
    expect(container.querySelector('[data-testid="pagination-next"]')).toBe(before);
    // "Previous" is the sidebar's, as before.
    expect(container.querySelector('a[href="/learn/integration"]:not([data-testid])')).toHaveTextContent(
      'Previous Integration',
    );
    consoleError.mockRestore();
    expect(errors).toEqual([]);
    act(() => root?.unmount());
    container.remove();
  });

  it('skips modules already done, and at the plan’s end leads to sending the summary', async () => {
    save((p) =>
      done(setPlan(p, plan(['safety', 'integration', 'preparation'], 'Sample Clinic (example only)')), 'integration'),
    );
    const { unmount } = render(<DocPaginator {...SIDEBAR} />);
    await settle();
    expect(nextLink()).toHaveAttribute('href', '/learn/preparation');
    expect(nextLink()).toHaveTextContent('Next Preparation');
    unmount();

    save((p) => done(p, 'preparation'));
    render(<DocPaginator {...SIDEBAR} />);
    await settle();
    expect(nextLink()).toHaveAttribute('href', '/summary');
    expect(nextLink()).toHaveTextContent('Last step: send your summary to your clinic');
  });

  it('without a saved plan, or with one that does not include this module, keeps the sidebar’s Next', async () => {
    const first = render(<DocPaginator {...SIDEBAR} />);
    await settle();
    expect(nextLink()).toHaveAttribute('href', '/learn/kap-compared');
    expect(nextLink()).toHaveTextContent('Next KAP compared with other ketamine care');
    first.unmount();

    save((p) => setPlan(p, plan(['preparation', 'integration'])));
    render(<DocPaginator {...SIDEBAR} />);
    await settle();
    expect(nextLink()).toHaveAttribute('href', '/learn/kap-compared');
  });

  it('finds the module from the address, with or without the base path and a trailing slash', () => {
    expect(moduleAtPath('/learn/safety', '/')?.id).toBe('safety');
    expect(moduleAtPath('/learn/safety/', '/')?.id).toBe('safety');
    expect(moduleAtPath('/kap/learn/safety', '/kap/')?.id).toBe('safety');
    expect(moduleAtPath('/learn/safety/extra', '/')).toBeUndefined();
    expect(moduleAtPath('/learn', '/')).toBeUndefined();
  });
});
