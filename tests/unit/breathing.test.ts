import { BREATH_SECONDS, clock, createPacer, momentAt, type PacerTick } from '@site/src/course/breathing';

describe('momentAt', () => {
  test('4 seconds in, then 6 out: about 6 breaths a minute', () => {
    expect(BREATH_SECONDS).toBe(10);
    expect(60 / BREATH_SECONDS).toBe(6);
    expect(momentAt(0)).toEqual({ phase: 'in', count: 4, phaseSeconds: 4, breath: 0 });
    expect(momentAt(3_999)).toMatchObject({ phase: 'in', count: 1 });
    expect(momentAt(4_000)).toEqual({ phase: 'out', count: 6, phaseSeconds: 6, breath: 0 });
    expect(momentAt(9_500)).toMatchObject({ phase: 'out', count: 1 });
    expect(momentAt(10_000)).toEqual({ phase: 'in', count: 4, phaseSeconds: 4, breath: 1 });
    expect(momentAt(-5)).toMatchObject({ phase: 'in', count: 4, breath: 0 });
  });

  test('clock shows minutes and seconds', () => {
    expect(clock(300)).toBe('5:00');
    expect(clock(65)).toBe('1:05');
    expect(clock(-1)).toBe('0:00');
  });
});

describe('createPacer', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  function run(minutes: number) {
    const ticks: PacerTick[] = [];
    const done = jest.fn();
    const pacer = createPacer({ minutes, onTick: (t) => ticks.push(t), onDone: done });
    return { pacer, ticks, done };
  }

  test('ticks every second and marks when each phase starts', () => {
    const { pacer, ticks } = run(1);
    pacer.start();
    jest.advanceTimersByTime(10_000);
    expect(ticks.map((t) => t.moment.count)).toEqual([4, 3, 2, 1, 6, 5, 4, 3, 2, 1, 4]);
    expect(ticks.filter((t) => t.phaseStarted).map((t) => [t.elapsedMs, t.moment.phase])).toEqual([
      [0, 'in'],
      [4_000, 'out'],
      [10_000, 'in'],
    ]);
    expect(ticks.at(-1)?.remainingMs).toBe(50_000);
  });

  test('ends after the chosen time, with 6 full breaths a minute', () => {
    const { pacer, ticks, done } = run(3);
    pacer.start();
    jest.advanceTimersByTime(3 * 60_000 - 1);
    expect(done).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledWith(180_000);
    expect(pacer.running()).toBe(false);
    expect(ticks.filter((t) => t.phaseStarted && t.moment.phase === 'in')).toHaveLength(18);
    jest.advanceTimersByTime(60_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  test('a late timer does not make the rhythm drift', () => {
    const ticks: PacerTick[] = [];
    let now = 0;
    const timers: Array<{ at: number; fn: () => void }> = [];
    const pacer = createPacer({
      minutes: 1,
      onTick: (t) => ticks.push(t),
      onDone: () => undefined,
      clock: {
        now: () => now,
        setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }),
        clearTimeout: () => undefined,
      },
    });
    pacer.start();
    // Every timer fires 300 ms late.
    for (let i = 0; i < 5; i += 1) {
      const t = timers.shift() as { at: number; fn: () => void };
      now = t.at + 300;
      t.fn();
    }
    expect(ticks.map((t) => Math.floor(t.elapsedMs / 1000))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(timers[0]?.at).toBe(6_000);
  });

  test('stopping early returns the time practised and stops the ticks', () => {
    const { pacer, ticks, done } = run(5);
    pacer.start();
    jest.advanceTimersByTime(65_000);
    expect(pacer.stop()).toBe(65_000);
    const count = ticks.length;
    jest.advanceTimersByTime(10_000);
    expect(ticks).toHaveLength(count);
    expect(done).not.toHaveBeenCalled();
    expect(pacer.stop()).toBe(0);
  });
});
