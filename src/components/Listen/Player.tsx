import React, { useEffect, useRef, useState } from 'react';
import {
  collectGroupSentences,
  collectSentences,
  nextSection,
  previousSection,
  sectionPosition,
  type Sentence,
} from '@site/src/course/readAloud';
import { createSession, type PlayState, type Session, type UtteranceLike } from '@site/src/course/readAloudSession';
import { loadRate, pickVoice, RATES, saveRate } from '@site/src/course/voices';
import { uiText } from '@site/src/data/uiText';
import styles from './player.module.css';

type Setup = 'loading' | 'no-speech' | 'no-voice' | 'nothing' | 'ready';

interface Props {
  /** The element whose text is read. */
  readonly target: () => Element | null;
  /** "group": the target is a heading; read it and its group (see collectGroupSentences). */
  readonly scope?: 'all' | 'group';
}

const HIGHLIGHT = 'listen-sentence';
/** How long to wait for the browser's voice list (it often arrives a moment later). */
const VOICE_WAIT_MS = 2000;

/** Only one reader speaks at a time: starting one stops any other. */
let active: Session | null = null;

function claim(session: Session): void {
  if (active && active !== session) active.stop();
  active = session;
}

function storage(): Storage | null {
  return window.localStorage;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): void;
}

let marked: Element | null = null;

/** Shows which sentence is being read: a CSS highlight where supported, else a class on its block. */
function highlight(sentence: Sentence | null): void {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const HighlightType = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightType) {
    if (sentence?.range) registry.set(HIGHLIGHT, new HighlightType(sentence.range));
    else registry.delete(HIGHLIGHT);
  }
  marked?.classList.remove(styles.reading as string);
  marked = null;
  if ((!registry || !HighlightType || !sentence?.range) && sentence) {
    marked = sentence.block;
    marked.classList.add(styles.reading as string);
  }
}

/** Scrolls the sentence into view when it is not, without smooth scrolling under reduced motion. */
function keepInView(sentence: Sentence): void {
  const rect = (sentence.range ?? sentence.block).getBoundingClientRect();
  // Below the top bar and the controls, which stay at the top while reading.
  const bars = [document.querySelector('.navbar'), document.querySelector('[data-listen-skip][role="group"]')];
  const top = Math.max(0, ...bars.map((el) => el?.getBoundingClientRect().bottom ?? 0)) + 8;
  if (rect.top >= top && rect.bottom <= window.innerHeight - 8) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
}

/** The browser's voices, waiting for `voiceschanged` when the list is still empty. */
function voicesReady(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICE_WAIT_MS);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The read-aloud controls, loaded when the reader presses Listen. Starts reading at once. */
export default function Player({ target, scope = 'all' }: Props): React.ReactElement {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en';
  const text = uiText(lang).listen;
  const [setup, setSetup] = useState<Setup>('loading');
  const [view, setView] = useState<{ state: PlayState; index: number }>({ state: 'stopped', index: 0 });
  const [rate, setRate] = useState(1);
  const [leftPage, setLeftPage] = useState(false);
  const session = useRef<Session | null>(null);
  const sentences = useRef<Sentence[]>([]);
  const playButton = useRef<HTMLButtonElement>(null);

  // Find a voice, collect the text and start reading (the press on Listen started this).
  useEffect(() => {
    let canceled = false;
    const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
    const Utterance = typeof window !== 'undefined' ? window.SpeechSynthesisUtterance : undefined;
    if (!synth || !Utterance) {
      setSetup('no-speech');
      return undefined;
    }
    const startRate = loadRate(storage);
    setRate(startRate);
    const begin = (voices: SpeechSynthesisVoice[]): void => {
      if (canceled || session.current) return;
      const voice = pickVoice(voices, lang);
      if (!voice) {
        setSetup('no-voice');
        return;
      }
      const root = target();
      const collect = scope === 'group' ? collectGroupSentences : collectSentences;
      const found = root
        ? collect(root, {
            isVisible: (el) => typeof el.checkVisibility !== 'function' || el.checkVisibility(),
          })
        : [];
      if (found.length === 0) {
        setSetup('nothing');
        return;
      }
      sentences.current = found;
      const s = createSession({
        synth: synth as unknown as { speak(u: UtteranceLike): void; cancel(): void },
        makeUtterance: (t) => new Utterance(t) as unknown as UtteranceLike,
        texts: found.map((x) => x.text),
        voice,
        rate: startRate,
        onChange: (state, index) => setView({ state, index }),
      });
      session.current = s;
      claim(s);
      setSetup('ready');
      s.play();
    };
    // Decided once, for this press: a voice that appears later never starts reading by itself.
    void voicesReady(synth).then(begin);
    return () => {
      canceled = true;
      const s = session.current;
      if (s) {
        s.stop();
        if (active === s) active = null;
      }
      session.current = null;
      highlight(null);
    };
    // Runs once per press of Listen; `target` and `lang` do not change meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Highlight the sentence being read and keep it in view.
  useEffect(() => {
    const sentence = sentences.current[view.index];
    if (setup !== 'ready' || !sentence || (view.state !== 'playing' && view.state !== 'paused')) {
      highlight(null);
      return;
    }
    highlight(sentence);
    if (view.state === 'playing') keepInView(sentence);
  }, [setup, view]);

  // Escape stops; leaving the tab pauses at the current sentence (phones cut speech off mid-word).
  useEffect(() => {
    if (setup !== 'ready') return undefined;
    const onKey = (e: KeyboardEvent): void => {
      const s = session.current;
      if (e.key === 'Escape' && s && (s.state() === 'playing' || s.state() === 'paused')) s.stop();
    };
    const onHidden = (): void => {
      const s = session.current;
      if (document.visibilityState === 'hidden' && s?.state() === 'playing') {
        s.pause();
        setLeftPage(true);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [setup]);

  // Once ready, the main button takes the focus the Listen button had.
  useEffect(() => {
    if (setup === 'ready') playButton.current?.focus();
  }, [setup]);

  if (setup !== 'ready') {
    return (
      <div role="status" className={styles.message}>
        {setup === 'loading' && <p>{text.loading}</p>}
        {setup === 'no-speech' && <p>{text.noSpeech}</p>}
        {setup === 'nothing' && <p>{text.nothingToRead}</p>}
        {setup === 'no-voice' && (
          <>
            <p>{text.noVoice}</p>
            <p>{text.addVoiceIntro}</p>
            <ul>
              {text.addVoiceSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }

  const s = session.current as Session;
  const list = sentences.current;
  const { state, index } = view;
  const playing = state === 'playing';
  const mainLabel = playing
    ? text.pause
    : state === 'paused' || state === 'error'
      ? text.resume
      : state === 'finished'
        ? text.playAgain
        : text.play;
  const position = sectionPosition(list, index);
  // The position is not announced (it would talk over the reading); changes of state are.
  const where = state === 'playing' || state === 'paused' ? text.section(position.n, position.of) : '';
  const news =
    state === 'paused'
      ? leftPage
        ? text.pausedHidden
        : text.paused
      : state === 'error'
        ? text.error
        : state === 'finished'
          ? text.finished
          : state === 'stopped'
            ? text.stopped
            : '';
  const next = nextSection(list, index);
  const button = `button button--sm ${styles.control}`;
  // Buttons that do not apply are marked, not disabled, so the focus stays where it was.
  const off = (isOff: boolean) => ({
    'aria-disabled': isOff || undefined,
    className: `${button} button--secondary${isOff ? ` ${styles.off}` : ''}`,
  });
  return (
    <div className={styles.player}>
      <div className={styles.buttons}>
        <button
          ref={playButton}
          type="button"
          className={`${button} button--primary`}
          onClick={() => {
            setLeftPage(false);
            if (playing) s.pause();
            else {
              claim(s);
              s.play();
            }
          }}
        >
          {mainLabel}
        </button>
        <button type="button" {...off(state === 'stopped')} onClick={() => state !== 'stopped' && s.stop()}>
          {text.stop}
        </button>
        <button type="button" {...off(index === 0)} onClick={() => index > 0 && s.goTo(previousSection(list, index))}>
          {text.previous}
        </button>
        <button type="button" {...off(next === null)} onClick={() => next !== null && s.goTo(next)}>
          {text.next}
        </button>
        <label className={styles.speed}>
          {text.speed}{' '}
          <select
            value={rate}
            onChange={(e) => {
              const r = Number(e.target.value);
              setRate(r);
              saveRate(storage, r);
              s.setRate(r);
            }}
          >
            {RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className={styles.status}>
        <span role="status">{news}</span> {where}
      </p>
    </div>
  );
}
