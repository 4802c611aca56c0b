/**
 * Timing for the slow-breathing exercise (docs/preparation, <BreathingPacer />): about 6
 * breaths a minute, 4 seconds in and 6 out, for 1, 3 or 5 minutes. No React here.
 * Only slow, even breathing: no fast breathing and no holding the breath (EVIDENCE.md §13).
 */

export type BreathPhase = 'in' | 'out';

export const PHASES: readonly { readonly phase: BreathPhase; readonly seconds: number }[] = [
  { phase: 'in', seconds: 4 },
  { phase: 'out', seconds: 6 },
];

/** Seconds for one breath (in and out). */
export const BREATH_SECONDS = PHASES.reduce((sum, p) => sum + p.seconds, 0);
export const MINUTE_CHOICES = [1, 3, 5] as const;
export type Minutes = (typeof MINUTE_CHOICES)[number];
export const DEFAULT_MINUTES: Minutes = 5;

export interface BreathMoment {
  readonly phase: BreathPhase;
  /** Whole seconds left in this phase, counting down: 4, 3, 2, 1 (in) or 6 … 1 (out). */
  readonly count: number;
  /** The phase's full length in seconds. */
  readonly phaseSeconds: number;
  /** Which breath this is, from 0. */
  readonly breath: number;
}

/** Where the rhythm is after `elapsedMs` of practice. */
export function momentAt(elapsedMs: number): BreathMoment {
  const t = Math.max(0, elapsedMs) / 1000;
  const breath = Math.floor(t / BREATH_SECONDS);
  let within = t - breath * BREATH_SECONDS;
  for (const p of PHASES) {
    if (within < p.seconds) {
      return { phase: p.phase, count: p.seconds - Math.floor(within), phaseSeconds: p.seconds, breath };
    }
    within -= p.seconds;
  }
  const last = PHASES[PHASES.length - 1] as (typeof PHASES)[number];
  return { phase: last.phase, count: 1, phaseSeconds: last.seconds, breath };
}

/** "4:05" for 245 seconds. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export interface PacerTick {
  readonly moment: BreathMoment;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  /** True on the first tick of a phase (time for the text cue, tone or vibration). */
  readonly phaseStarted: boolean;
}

export interface Clock {
  readonly now: () => number;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (id: unknown) => void;
}

export interface PacerOptions {
  readonly minutes: number;
  readonly onTick: (tick: PacerTick) => void;
  /** The full time has passed. */
  readonly onDone: (elapsedMs: number) => void;
  readonly clock?: Clock;
}

export interface Pacer {
  start(): void;
  /** Stops early; returns how long was practiced (ms). */
  stop(): number;
  readonly running: () => boolean;
}

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/**
 * Ticks once a second, on the second counted from start (the next tick is scheduled from the
 * clock, so a late timer does not make the rhythm drift), and ends after `minutes`.
 */
export function createPacer(options: PacerOptions): Pacer {
  const c = options.clock ?? realClock;
  const totalMs = options.minutes * 60_000;
  let startedAt = 0;
  let timer: unknown = null;
  let lastPhaseKey = '';

  function tick(): void {
    timer = null;
    const elapsedMs = Math.min(c.now() - startedAt, totalMs);
    if (elapsedMs >= totalMs) {
      options.onDone(totalMs);
      return;
    }
    const moment = momentAt(elapsedMs);
    const key = `${moment.breath}:${moment.phase}`;
    const phaseStarted = key !== lastPhaseKey;
    lastPhaseKey = key;
    options.onTick({ moment, elapsedMs, remainingMs: totalMs - elapsedMs, phaseStarted });
    const next = (Math.floor(elapsedMs / 1000) + 1) * 1000;
    timer = c.setTimeout(tick, Math.max(0, startedAt + next - c.now()));
  }

  return {
    start() {
      if (timer !== null) c.clearTimeout(timer);
      startedAt = c.now();
      lastPhaseKey = '';
      tick();
    },
    stop() {
      if (timer === null) return 0;
      c.clearTimeout(timer);
      timer = null;
      return Math.min(c.now() - startedAt, totalMs);
    },
    running: () => timer !== null,
  };
}
