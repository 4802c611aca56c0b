/** @jest-environment jsdom */
import React from 'react';
import { render, screen, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PlanBuilder from '../../src/components/PlanBuilder';
import { readFileText } from '../../src/components/ProgressPage/download';
import { MODULES } from '../../src/course/modules';
import { decodePlan, readPlanHash } from '../../src/course/planLink';
import { SUGGESTED_PLANS, suggestedPlansFor } from '../../src/data/suggestedPlans';

const ROOT = 'https://course.example/';

// jsdom lacks TextEncoder, which every browser (and the qrcode library) has.
beforeAll(() => {
  if (typeof globalThis.TextEncoder === 'undefined') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Object.assign(globalThis, { TextEncoder: require('node:util').TextEncoder });
  }
});

function renderBuilder(props: Partial<React.ComponentProps<typeof PlanBuilder>> = {}) {
  return render(<PlanBuilder modules={MODULES} suggestions={SUGGESTED_PLANS} siteRoot={ROOT} {...props} />);
}

function linkField(): HTMLInputElement {
  return screen.getByRole('textbox', { name: 'Plan link' }) as HTMLInputElement;
}

function planInLink() {
  const url = new URL(linkField().value);
  expect(url.origin + url.pathname).toBe('https://course.example/plan');
  return readPlanHash(url.hash)!;
}

describe('<PlanBuilder>', () => {
  it('fills in a suggested plan in one click and makes a link, a QR code and a handout', async () => {
    const user = userEvent.setup();
    renderBuilder();
    expect(screen.getByText('Choose at least one module to make a link.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use “Before the first dosing session”' }));

    const order = screen.getByRole('list', { name: 'Plan order' });
    const expected = SUGGESTED_PLANS.find((p) => p.id === 'first-dosing')!.modules;
    const titles = expected.map((id) => MODULES.find((m) => m.id === id)!.title);
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('span')!.textContent),
    ).toEqual(titles);
    // Announced to screen readers through a live region.
    expect(screen.getByText(/Plan filled in from “Before the first dosing session”/)).toHaveAttribute('role', 'status');

    expect(planInLink()).toEqual({
      plan: { modules: expected, clinicName: '', message: '', targetDate: '' },
      problems: [],
    });
    const handout = screen.getByTestId('plan-handout');
    expect(within(handout).getByText(linkField().value)).toBeInTheDocument();
    expect(within(handout).getAllByRole('listitem')).toHaveLength(expected.length);
    const qr = await screen.findByRole('img', { name: 'QR code that opens the plan' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('shows each module with its minutes and learning objectives, and builds the order from the ticks', async () => {
    const user = userEvent.setup();
    renderBuilder();
    const minutes = MODULES.find((m) => m.id === 'safety')!.minutes;
    const safety = screen.getByRole('checkbox', {
      name: new RegExp(`Safety and side effects \\(about ${minutes - 2} min read \\+ 2 min check\\)`),
    });
    expect(safety).toHaveAccessibleDescription(/Name common short-term side effects/);
    await user.click(safety);
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    expect(planInLink().plan?.modules).toEqual(['safety', 'start-here']);
    const total = minutes + MODULES.find((m) => m.id === 'start-here')!.minutes;
    expect(screen.getByText(new RegExp(`2 modules, about ${total} minutes in all`))).toBeInTheDocument();

    await user.click(safety);
    expect(planInLink().plan?.modules).toEqual(['start-here']);
    expect(screen.getByText('Safety and side effects removed from the plan.')).toBeInTheDocument();
  });

  it('reorders by keyboard, keeps focus on the moved module and announces the move', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Use “After a session: integration”' }));
    const down = screen.getByRole('button', { name: 'Move Integration down' });
    down.focus();
    await user.keyboard('{Enter}');
    expect(planInLink().plan?.modules).toEqual(['safety', 'integration']);
    expect(screen.getByText('Integration moved to step 2 of 2.')).toBeInTheDocument();
    // At the bottom now: "down" is disabled, so focus moves to its "up" button.
    expect(screen.getByRole('button', { name: 'Move Integration down' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Integration up' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove Safety and side effects' }));
    expect(planInLink().plan?.modules).toEqual(['integration']);
  });

  it('explains bad input beside the field, keeps what was typed, and makes no link until it is fixed', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    const name = screen.getByRole('textbox', { name: 'Clinic name' });
    const longName = 'N'.repeat(81);
    fireEvent.change(name, { target: { value: longName } });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Use 80 characters or fewer\. It has 81 now\./);
    expect(name).toHaveValue(longName);
    expect(screen.queryByRole('textbox', { name: 'Plan link' })).not.toBeInTheDocument();
    expect(screen.getByTestId('plan-not-ready')).toHaveTextContent('Nothing you typed has been lost');

    await user.type(name, '{Backspace}');
    expect(name).not.toHaveAttribute('aria-invalid');

    const message = screen.getByRole('textbox', { name: 'Short message to the reader' });
    await user.type(message, 'See you soon <b>friend</b>');
    expect(message).toHaveAccessibleDescription(/code or HTML is not allowed/);
    expect(screen.queryByRole('textbox', { name: 'Plan link' })).not.toBeInTheDocument();
    await user.clear(message);
    await user.type(message, 'See you on Tuesday.');
    expect(planInLink().plan).toMatchObject({ clinicName: 'N'.repeat(80), message: 'See you on Tuesday.' });
  });

  it('refuses a target date in the past and carries a future one', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    const date = screen.getByLabelText('Target date');
    fireEvent.change(date, { target: { value: '2001-01-01' } });
    expect(date).toHaveAccessibleDescription(/This date has passed/);
    fireEvent.change(date, { target: { value: '2199-01-31' } });
    expect(planInLink().plan?.targetDate).toBe('2199-01-31');
    // The link's QR code is drawn once its library has loaded: wait for it, as a reader would,
    // so that its update happens while the test is still watching (inside act).
    expect(await screen.findByRole('img', { name: 'QR code that opens the plan' })).toBeInTheDocument();
  });

  it('copies the link and says so', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(linkField().value);
    expect(await screen.findByText(/Link copied/)).toBeInTheDocument();
  });

  it('falls back when the clipboard is refused, and selects the link for copying by hand', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: jest.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    const execCommand = jest.fn().mockReturnValue(false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(await screen.findByText(/Copying did not work in this browser/)).toBeInTheDocument();
    const field = linkField();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it('prints the handout', async () => {
    const user = userEvent.setup();
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderBuilder();
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    await user.click(screen.getByRole('button', { name: 'Print the handout' }));
    expect(print).toHaveBeenCalled();
  });

  it('in a clinic copy, offers only the modules shown there and pre-fills the clinic name', async () => {
    const user = userEvent.setup();
    const visible = MODULES.filter((m) => m.id !== 'safety' && m.id !== 'kap-compared');
    renderBuilder({
      modules: visible,
      suggestions: suggestedPlansFor(visible),
      defaultClinicName: 'Sample Clinic (example only)',
    });
    expect(screen.queryByRole('checkbox', { name: /Safety and side effects/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('checkbox')).toHaveLength(visible.length);
    expect(screen.getByRole('textbox', { name: 'Clinic name' })).toHaveValue('Sample Clinic (example only)');
    await user.click(screen.getByRole('button', { name: 'Use “Before the first consultation”' }));
    const plan = planInLink().plan!;
    expect(plan.modules).not.toContain('safety');
    expect(plan.modules).not.toContain('kap-compared');
    expect(plan.clinicName).toBe('Sample Clinic (example only)');
  });

  it('shows a suggested plan’s short address on the handout, and offers the QR code as SVG and PNG', async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole('button', { name: 'Use “Before the first dosing session”' }));
    const handout = screen.getByTestId('plan-handout');
    expect(within(handout).getByTestId('plan-short-address')).toHaveTextContent(/^course\.example\/plan\/first-dose$/);
    // Printed so that each QR module is at least 0.75 mm.
    const qr = await screen.findByRole('img', { name: 'QR code that opens the plan' });
    const modules = Number(qr.getAttribute('data-modules'));
    const printed = parseFloat(qr.style.getPropertyValue('--qr-print-size'));
    expect(printed / (modules + 8)).toBeGreaterThanOrEqual(0.75);

    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return 'blob:qr';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Download QR code (SVG)' }));
    expect(click).toHaveBeenCalled();
    click.mockRestore();
    expect(created[0].type).toBe('image/svg+xml');
    expect(await readFileText(created[0])).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*><title>QR code that opens the plan<\/title>/,
    );
    expect(screen.getByRole('button', { name: 'Download QR code (PNG)' })).toBeInTheDocument();

    // A plan of its own has no short address: the full link is the one to type.
    await user.click(screen.getByRole('button', { name: 'Remove Safety and side effects' }));
    expect(within(screen.getByTestId('plan-handout')).queryByTestId('plan-short-address')).not.toBeInTheDocument();
  });

  it('says so when the link is too long for a QR code, and keeps the link', async () => {
    const user = userEvent.setup();
    renderBuilder({ siteRoot: `https://course.example/${'x'.repeat(3000)}/` });
    await user.click(screen.getByRole('checkbox', { name: /Start here/ }));
    expect(decodePlan(linkField().value.split('#p=')[1]).plan?.modules).toEqual(['start-here']);
    expect(await screen.findByText(/This link is too long for a QR code/)).toBeInTheDocument();
  });

  it('shows no link before the page knows its own address (server render)', () => {
    renderBuilder({ siteRoot: null });
    expect(screen.queryByRole('textbox', { name: 'Plan link' })).not.toBeInTheDocument();
  });
});
