import React, { useEffect, useId, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import clsx from 'clsx';
import {
  clock,
  createPacer,
  DEFAULT_MINUTES,
  MINUTE_CHOICES,
  type BreathPhase,
  type Minutes,
  type Pacer,
} from '@site/src/course/breathing';
import { isChecklistItemTicked, setChecklistItem } from '@site/src/course/progress';
import { useProgress } from '@site/src/hooks/useProgress';
import { uiText } from '@site/src/data/uiText';
import { BREATHING_ITEM_ID } from '@site/src/data/checklist';
import styles from './styles.module.css';

type Ending = { kind: 'done'; ms: number } | { kind: 'stopped'; ms: number } | null;

interface Cue {
  readonly phase: BreathPhase;
  /** Seconds in this phase, for the spoken cue ("Breathe in… 4"). */
  readonly seconds: number;
  /** Seconds left, for the count. */
  readonly count: number;
  readonly remainingMs: number;
}

/** A soft tone: a sine wave that swells and fades over about a second. */
function softTone(context: AudioContext, phase: BreathPhase): void {
  const osc = context.createOscillator();
  const gain = context.createGain();
  const t = context.currentTime;
  osc.type = 'sine';
  osc.frequency.value = phase === 'in' ? 392 : 294;
  gain.gain.setValueAtTime(0, t);
  gain.gain.linearRampToValueAtTime(0.06, t + 0.25);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + 1.2);
  osc.connect(gain).connect(context.destination);
  osc.start(t);
  osc.stop(t + 1.3);
}

/**
 * A guided slow-breathing exercise: 4 seconds in, 6 out, for 1, 3 or 5 minutes. A growing and
 * shrinking circle (still under reduced motion), a text cue for each phase in a live region,
 * an optional count, and an optional soft tone or vibration. Nothing leaves the device; when
 * the time is up the reader can tick the checklist item.
 */
export default function BreathingPacer(): React.ReactElement {
  const { i18n } = useDocusaurusContext();
  const text = uiText(i18n?.currentLocale).breathing;
  const id = useId();
  const [minutes, setMinutes] = useState<Minutes>(DEFAULT_MINUTES);
  const [showCount, setShowCount] = useState(true);
  const [tone, setTone] = useState(false);
  const [vibrate, setVibrate] = useState(false);
  const [can, setCan] = useState({ tone: false, vibrate: false });
  const [cue, setCue] = useState<Cue | null>(null);
  const [ending, setEnding] = useState<Ending>(null);
  const pacer = useRef<Pacer | null>(null);
  const audio = useRef<AudioContext | null>(null);
  const { progress, ready, update } = useProgress();
  const ticked = ready && isChecklistItemTicked(progress, BREATHING_ITEM_ID);

  // What the device allows is known only in the browser (the server render offers neither).
  useEffect(() => {
    setCan({
      tone: typeof window.AudioContext === 'function',
      vibrate: typeof navigator.vibrate === 'function',
    });
    return () => {
      pacer.current?.stop();
      void audio.current?.close();
    };
  }, []);

  const running = cue !== null;

  function start(): void {
    setEnding(null);
    if (tone && can.tone && !audio.current) audio.current = new AudioContext();
    const p = createPacer({
      minutes,
      onTick: ({ moment, remainingMs, phaseStarted }) => {
        setCue({ phase: moment.phase, seconds: moment.phaseSeconds, count: moment.count, remainingMs });
        if (!phaseStarted) return;
        if (tone && audio.current) softTone(audio.current, moment.phase);
        if (vibrate && can.vibrate) navigator.vibrate(moment.phase === 'in' ? 60 : [30, 60, 30]);
      },
      onDone: (ms) => {
        pacer.current = null;
        setCue(null);
        setEnding({ kind: 'done', ms });
      },
    });
    pacer.current = p;
    p.start();
  }

  function stop(): void {
    const ms = pacer.current?.stop() ?? 0;
    pacer.current = null;
    setCue(null);
    setEnding({ kind: 'stopped', ms });
  }

  const cueText = cue
    ? cue.phase === 'in'
      ? text.breatheIn(cue.seconds)
      : text.breatheOut(cue.seconds)
    : ending
      ? ''
      : text.ready;
  const practicedMinutes = ending ? Math.floor(ending.ms / 60_000) : 0;

  return (
    <section className={styles.pacer} aria-label={text.group} data-breathing="">
      <p className={styles.dizzy}>
        <strong>{text.dizzy}</strong>
      </p>
      <fieldset className={styles.choices} disabled={running}>
        <legend>{text.howLong}</legend>
        {MINUTE_CHOICES.map((m) => (
          <label key={m} className={styles.choice}>
            <input
              type="radio"
              name={`${id}-minutes`}
              value={m}
              checked={minutes === m}
              onChange={() => setMinutes(m)}
            />{' '}
            {text.minutes(m)}
          </label>
        ))}
      </fieldset>
      <div className={styles.options}>
        <label className={styles.choice}>
          <input type="checkbox" checked={showCount} onChange={(e) => setShowCount(e.target.checked)} />{' '}
          {text.showCount}
        </label>
        {can.tone && (
          <label className={styles.choice}>
            <input type="checkbox" checked={tone} disabled={running} onChange={(e) => setTone(e.target.checked)} />{' '}
            {text.tone}
          </label>
        )}
        {can.vibrate && (
          <label className={styles.choice}>
            <input
              type="checkbox"
              checked={vibrate}
              disabled={running}
              onChange={(e) => setVibrate(e.target.checked)}
            />{' '}
            {text.vibrate}
          </label>
        )}
      </div>
      <div className={styles.stage}>
        <div
          aria-hidden="true"
          data-breathing-circle=""
          className={clsx(styles.circle, cue?.phase === 'in' && styles.in, cue?.phase === 'out' && styles.out)}
        />
        <div className={styles.words}>
          <p className={styles.cue} aria-live="polite" data-breathing-cue="">
            {cueText}
          </p>
          {cue && showCount && (
            <p className={styles.count} aria-hidden="true" data-breathing-count="">
              {cue.count}
            </p>
          )}
        </div>
      </div>
      {cue && <p className={styles.left}>{text.left(clock(cue.remainingMs / 1000))}</p>}
      <button
        type="button"
        className={clsx('button', running ? 'button--secondary' : 'button--primary', styles.start)}
        onClick={running ? stop : start}
      >
        {running ? text.stop : text.start}
      </button>
      <div role="status" className={styles.end}>
        {ending && (
          <p>
            {ending.kind === 'done'
              ? text.done(Math.round(ending.ms / 60_000))
              : text.stoppedAfter(clock(ending.ms / 1000))}
          </p>
        )}
      </div>
      {ending && (ending.kind === 'done' || practicedMinutes >= 1) && (
        <p>
          {ticked ? (
            <>
              {text.ticked} <Link to="/learn/what-to-expect#checklist">{text.checklistLink}</Link>
            </>
          ) : (
            <button
              type="button"
              className="button button--outline button--primary"
              onClick={() => update((p) => setChecklistItem(p, BREATHING_ITEM_ID, true))}
            >
              {text.tick}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
