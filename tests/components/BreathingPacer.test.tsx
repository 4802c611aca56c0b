/** @jest-environment jsdom */
import React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import BreathingPacer from '@site/src/components/BreathingPacer';

afterEach(() => {
  jest.useRealTimers();
  delete (navigator as { vibrate?: unknown }).vibrate;
});

test('starts with 5 minutes, a count, and no tone or vibration; offers only what the device can do', () => {
  render(<BreathingPacer />);
  expect(screen.getByRole('radio', { name: '5 minutes' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Show a count' })).toBeChecked();
  // jsdom has neither Web Audio nor vibration.
  expect(screen.queryByRole('checkbox', { name: /tone/ })).toBeNull();
  expect(screen.queryByRole('checkbox', { name: /Vibrate/ })).toBeNull();
  expect(screen.getByText('If you feel dizzy or light-headed, stop and breathe normally.')).toBeInTheDocument();
});

test('vibration is offered where the device has it, off by default, and used only when chosen', async () => {
  const vibrate = jest.fn(() => true);
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
  jest.useFakeTimers();
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  render(<BreathingPacer />);
  const box = screen.getByRole('checkbox', { name: 'Vibrate when it is time to change' });
  expect(box).not.toBeChecked();
  await user.click(screen.getByRole('button', { name: 'Start' }));
  act(() => jest.advanceTimersByTime(4_000));
  expect(vibrate).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Stop' }));
  await user.click(box);
  await user.click(screen.getByRole('button', { name: 'Start' }));
  expect(vibrate).toHaveBeenCalledTimes(1);
  act(() => jest.advanceTimersByTime(4_000));
  expect(vibrate).toHaveBeenCalledTimes(2);
  expect(screen.getByText('Breathe out… 6')).toHaveAttribute('aria-live', 'polite');
});
