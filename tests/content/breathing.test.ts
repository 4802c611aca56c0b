/**
 * The preparation chapter describes the breathing exercise in words; the pacer runs it from
 * src/course/breathing.ts. The words must say what the pacer does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BREATH_SECONDS, DEFAULT_MINUTES, MINUTE_CHOICES, PHASES } from '../../src/course/breathing';

const chapter = readFileSync(join(__dirname, '../../docs/preparation/index.mdx'), 'utf8');
const section = chapter.slice(chapter.indexOf('{#slow-breathing}'), chapter.indexOf('<BreathingPacer'));

it('states the same breathing pace as the pacer runs', () => {
  const seconds = (phase: string) => PHASES.find((p) => p.phase === phase)!.seconds;
  expect(section).toContain(`Breathe in gently for ${seconds('in')} seconds`);
  expect(section).toContain(`breathe out slowly for ${seconds('out')} seconds`);
  expect(section).toContain(`about ${60 / BREATH_SECONDS} breaths a minute`);
});

it('offers 1, 3 and 5 minutes with 5 by default, as the issue and the chapter describe', () => {
  expect([...MINUTE_CHOICES]).toEqual([1, 3, 5]);
  expect(DEFAULT_MINUTES).toBe(5);
});
