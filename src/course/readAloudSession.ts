/**
 * Plays a list of sentences through the Web Speech API, one utterance per sentence, so that
 * the current sentence can be highlighted, and pausing or a cut-off resumes at its start.
 * No React here; the speech engine is passed in (the browser's, or a fake in tests).
 *
 * "Pause" cancels the utterance and remembers the sentence: speechSynthesis.pause() is not
 * reliable on phones, and some browsers drop long utterances. Events from a cancelled
 * utterance are ignored (each utterance belongs to one "turn").
 */

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
}

export type PlayState = 'playing' | 'paused' | 'stopped' | 'finished' | 'error';

export interface SessionOptions<V> {
  readonly synth: SynthLike;
  readonly makeUtterance: (text: string) => UtteranceLike;
  readonly texts: readonly string[];
  readonly voice: V & { readonly lang: string };
  readonly rate: number;
  /** Called after every change of state or sentence. */
  readonly onChange: (state: PlayState, index: number) => void;
}

export interface Session {
  readonly state: () => PlayState;
  readonly index: () => number;
  /** Starts, or resumes at the current sentence (from the start after "finished"). */
  play(): void;
  pause(): void;
  /** Stops and goes back to the first sentence. */
  stop(): void;
  /** Moves to a sentence; keeps playing if it was. */
  goTo(index: number): void;
  setRate(rate: number): void;
}

export function createSession<V>(options: SessionOptions<V>): Session {
  const { synth, texts, voice } = options;
  let state: PlayState = 'stopped';
  let index = 0;
  let rate = options.rate;
  let turn = 0;

  const emit = (): void => options.onChange(state, index);

  function speakCurrent(): void {
    turn += 1;
    const mine = turn;
    const text = texts[index];
    if (text === undefined) {
      state = 'finished';
      index = 0;
      emit();
      return;
    }
    const u = options.makeUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = rate;
    u.onend = () => {
      if (mine !== turn || state !== 'playing') return;
      index += 1;
      if (index >= texts.length) {
        state = 'finished';
        index = 0;
        turn += 1;
        emit();
        return;
      }
      emit();
      speakCurrent();
    };
    u.onerror = (e) => {
      if (mine !== turn || state !== 'playing') return;
      // "interrupted"/"canceled" come from our own cancel(); anything else stops reading.
      if (e.error === 'interrupted' || e.error === 'canceled') return;
      turn += 1;
      state = 'error';
      emit();
    };
    synth.speak(u);
  }

  function silence(): void {
    turn += 1;
    synth.cancel();
  }

  return {
    state: () => state,
    index: () => index,
    play() {
      if (texts.length === 0) return;
      silence();
      state = 'playing';
      emit();
      speakCurrent();
    },
    pause() {
      if (state !== 'playing') return;
      silence();
      state = 'paused';
      emit();
    },
    stop() {
      silence();
      state = 'stopped';
      index = 0;
      emit();
    },
    goTo(next) {
      if (next < 0 || next >= texts.length) return;
      index = next;
      if (state === 'playing') {
        silence();
        emit();
        speakCurrent();
      } else {
        if (state === 'finished' || state === 'error') state = 'paused';
        emit();
      }
    },
    setRate(next) {
      rate = next;
      if (state === 'playing') {
        silence();
        speakCurrent();
      }
    },
  };
}
