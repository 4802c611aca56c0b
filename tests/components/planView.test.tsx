/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanView from '../../src/components/PlanView';
import { type Plan } from '../../src/course/plan';
import { encodePlan, planHash } from '../../src/course/planLink';
import { checksum, toBase64Url } from '../../src/course/linkCodec';
import {
  emptyProgress,
  encodeProgress,
  parseProgressJson,
  setPlan,
  setQuizRecord,
  setRead,
} from '../../src/course/progress';
import { STORAGE_KEY, progressStore } from '../../src/course/storage';

const planA: Plan = {
  modules: ['start-here', 'preparation', 'safety'],
  clinicName: 'Sample Clinic (example only)',
  message: 'Please read these before we meet.',
  targetDate: '2199-01-31',
};
const planB: Plan = { modules: ['integration'], clinicName: 'Another clinic', message: '', targetDate: '' };

function saved(): Plan | undefined {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (!raw) return undefined;
  const decoded = parseProgressJson(raw);
  return decoded.ok ? (decoded.value.plan as Plan | undefined) : undefined;
}

function openWith(hash: string, stored?: (p: ReturnType<typeof emptyProgress>) => ReturnType<typeof emptyProgress>) {
  window.localStorage.clear();
  if (stored) window.localStorage.setItem(STORAGE_KEY, encodeProgress(stored(emptyProgress(7))));
  window.history.replaceState(null, '', `/plan${hash}`);
  progressStore.reload();
  return render(<PlanView />);
}

/** A v1 link with raw (possibly hostile) fields and a correct checksum. */
function hostileHash(fields: string[]): string {
  const body = ['1', ...fields].join('.');
  return `#p=${body}.${checksum(body)}`;
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('<PlanView>', () => {
  it('shows the plan from a link, saves it on this device, and shows progress and the next step', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    openWith(planHash(planA), (p) =>
      setQuizRecord(setRead(p, 'start-here', true, now), 'start-here', {
        score: 5,
        total: 5,
        passed: true,
        attempts: 1,
      }),
    );
    const details = await screen.findByTestId('plan-details');
    expect(within(details).getByTestId('plan-clinic')).toHaveTextContent('Sample Clinic (example only)');
    expect(within(details).getByTestId('plan-message')).toHaveTextContent('Please read these before we meet.');
    expect(within(details).getByTestId('plan-target')).toHaveTextContent(/Aim to finish by 31 January 2199/);
    expect(within(details).getByText('1 of 3 modules done.', { exact: false })).toBeInTheDocument();
    const all = within(details).getAllByRole('listitem');
    const items = all.filter((li) => li.hasAttribute('data-module'));
    // The last step after the modules: send the summary to the clinic.
    expect(all[all.length - 1]).toHaveTextContent('Send your summary to your clinic');
    expect(within(all[all.length - 1]).getByRole('link')).toHaveAttribute('href', '/summary');
    expect(items.map((li) => li.getAttribute('data-module'))).toEqual(planA.modules);
    expect(items[0]).toHaveAttribute('data-done', 'true');
    expect(items[0]).toHaveTextContent('Done: read, and knowledge check finished');
    expect(items[1]).toHaveTextContent('Not started');
    expect(within(screen.getByTestId('plan-next')).getByRole('link', { name: 'Read “Preparation”' })).toHaveAttribute(
      'href',
      '/learn/preparation',
    );
    expect(saved()).toEqual(planA);
    expect(screen.getByText('This plan is now saved on this device.')).toBeInTheDocument();
  });

  it('shows the saved plan when opened without a link, and removes it only after confirming', async () => {
    const user = userEvent.setup();
    openWith('', (p) => setPlan(p, planA));
    expect(await screen.findByTestId('plan-details')).toHaveTextContent('Sample Clinic (example only)');
    await user.click(screen.getByRole('button', { name: 'Remove this plan from this device' }));
    expect(saved()).toEqual(planA);
    await user.click(screen.getByRole('button', { name: 'Yes, remove the plan' }));
    expect(saved()).toBeUndefined();
    expect(screen.getByTestId('plan-empty')).toHaveTextContent('You have no saved plan');
  });

  it('asks before a different link replaces a saved plan; "keep" keeps it', async () => {
    const user = userEvent.setup();
    openWith(planHash(planB), (p) => setPlan(p, planA));
    const ask = await screen.findByRole('group', { name: 'Replace your saved plan?' });
    expect(ask).toHaveTextContent('(from Sample Clinic (example only))');
    expect(screen.getByRole('heading', { name: 'The plan in this link' })).toBeInTheDocument();
    expect(saved()).toEqual(planA);

    await user.click(within(ask).getByRole('button', { name: 'Keep my saved plan' }));
    expect(saved()).toEqual(planA);
    expect(screen.queryByRole('group', { name: 'Replace your saved plan?' })).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-clinic')).toHaveTextContent('Sample Clinic (example only)');
    expect(screen.getByRole('heading', { name: 'The plan' })).toHaveFocus();
    expect(window.location.hash).toBe('');
  });

  it('replaces the saved plan when the reader confirms', async () => {
    const user = userEvent.setup();
    openWith(planHash(planB), (p) => setPlan(p, planA));
    await user.click(await screen.findByRole('button', { name: 'Replace my saved plan' }));
    expect(saved()).toEqual(planB);
    expect(screen.getByTestId('plan-clinic')).toHaveTextContent('Another clinic');
    expect(screen.getByText('Your saved plan was replaced by the plan in this link.')).toBeInTheDocument();
  });

  it('does not ask again for the same plan', async () => {
    openWith(planHash(planA), (p) => setPlan(p, planA));
    await screen.findByTestId('plan-details');
    expect(screen.queryByRole('group', { name: 'Replace your saved plan?' })).not.toBeInTheDocument();
  });

  it('shows markup in a message as an explanation, never as markup, and keeps the rest of the plan', async () => {
    const user = userEvent.setup();
    const { container } = openWith(
      hostileHash([
        'safety',
        '',
        toBase64Url('<b>Evil</b> clinic'),
        toBase64Url('<img src=x onerror="window.pwned=1">Hi'),
      ]),
    );
    const problems = await screen.findByTestId('link-problems');
    expect(problems).toHaveTextContent('Some of this link could not be used');
    expect(problems).toHaveTextContent(
      'The message in this link contains web code (HTML), so it is not shown. Nothing in it was run.',
    );
    expect(problems).toHaveTextContent('The clinic name in this link contains web code (HTML)');
    expect(container.querySelector('img, b, script')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(screen.getByTestId('plan-details')).toHaveTextContent('Safety and side effects');
    // A plan with problems is saved only when the reader says so.
    expect(saved()).toBeUndefined();
    await user.click(
      within(screen.getByRole('group', { name: 'Save this plan?' })).getByRole('button', { name: 'Save this plan' }),
    );
    expect(saved()).toEqual({ modules: ['safety'], clinicName: '', message: '', targetDate: '' });
    expect(screen.getByText('This plan is now saved on this device.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^The plan$/ })).toHaveFocus();
  });

  it('renders a clinic name that merely looks like code as plain text', async () => {
    openWith(
      hostileHash(['safety', '', toBase64Url('Clinic & "Partners" {{x}} ${y}'), toBase64Url('Line one\nLine two')]),
    );
    expect(await screen.findByTestId('plan-clinic')).toHaveTextContent('Clinic & "Partners" {{x}} ${y}');
    expect(screen.getByTestId('plan-message').textContent).toBe('Line one\nLine two');
  });

  it('explains a damaged link, keeps a saved plan, and saves nothing new', async () => {
    openWith('#p=1.@@@', (p) => setPlan(p, planA));
    const problems = await screen.findByTestId('link-problems');
    expect(problems).toHaveTextContent('This link could not be used');
    expect(problems).toHaveTextContent('Your saved plan is shown below instead.');
    expect(screen.getByTestId('plan-clinic')).toHaveTextContent('Sample Clinic (example only)');
    expect(saved()).toEqual(planA);
  });

  it('explains a link from a newer version with nothing saved, and points to the course', async () => {
    openWith(`#p=${encodePlan(planA).replace(/^2\./, '9.')}`);
    const problems = await screen.findByTestId('link-problems');
    expect(problems).toHaveTextContent('newer version of the course');
    expect(within(problems).getByRole('link', { name: 'start the course' })).toHaveAttribute(
      'href',
      '/learn/start-here',
    );
    expect(saved()).toBeUndefined();
  });

  it('shows the readable start of a cut-off link, and saves it only if the reader confirms', async () => {
    const user = userEvent.setup();
    // A link cut at 76 characters, where plain-text mail may wrap it.
    const link = `https://kap-course.example.org/plan${planHash(planA)}`;
    openWith(link.slice(0, 76).slice(link.indexOf('#')));
    expect(await screen.findByTestId('link-problems')).toHaveTextContent('This link looks cut off');
    const details = screen.getByTestId('plan-details');
    expect(details).toHaveTextContent('What could be read from this link');
    expect(details).toHaveTextContent('Preparation');
    expect(saved()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Do not save it' }));
    expect(saved()).toBeUndefined();
    expect(screen.getByTestId('plan-empty')).toBeInTheDocument();
    expect(screen.getByText('The plan in the link was not saved.')).toBeInTheDocument();
  });

  it('repairs a link whose "=" after "#p" was percent-encoded', async () => {
    openWith(planHash(planB).replace('#p=', '#p%3D'));
    expect(await screen.findByTestId('plan-clinic')).toHaveTextContent('Another clinic');
    expect(saved()).toEqual(planB);
  });

  it('opens a suggested plan named by a short address (#preset=...) like a link, and saves it', async () => {
    openWith('#preset=integration');
    const details = await screen.findByTestId('plan-details');
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-module')),
    ).toEqual(['integration', 'safety', null]);
    expect(screen.queryByTestId('link-problems')).not.toBeInTheDocument();
    expect(saved()?.modules).toEqual(['integration', 'safety']);
  });

  it('says so when a short address names no plan this site offers', async () => {
    openWith('#preset=nope');
    expect(await screen.findByTestId('link-problems')).toHaveTextContent(
      'This address does not name a plan this site offers.',
    );
    expect(saved()).toBeUndefined();
  });

  it('picks up a new link opened in the same tab', async () => {
    openWith('');
    expect(await screen.findByTestId('plan-empty')).toBeInTheDocument();
    await act(async () => {
      window.location.hash = planHash(planB).slice(1);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByTestId('plan-clinic')).toHaveTextContent('Another clinic');
    expect(saved()).toEqual(planB);
  });
});
