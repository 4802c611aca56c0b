import { createSession, type PlayState, type UtteranceLike } from '@site/src/course/readAloudSession';

/** A speech engine that records what it was asked to say and lets the test finish utterances. */
function fakeSynth() {
  const spoken: UtteranceLike[] = [];
  let current: UtteranceLike | null = null;
  return {
    spoken,
    synth: {
      speak(u: UtteranceLike) {
        spoken.push(u);
        current = u;
      },
      cancel() {
        const u = current;
        current = null;
        u?.onerror?.({ error: 'interrupted' });
      },
    },
    /** The engine finishes the utterance it is on. */
    finish() {
      const u = current;
      current = null;
      u?.onend?.({});
    },
    fail(error: string) {
      const u = current;
      current = null;
      u?.onerror?.({ error });
    },
  };
}

const VOICE = { name: 'Device', lang: 'en-US' };

function setup(texts = ['One.', 'Two.', 'Three.']) {
  const engine = fakeSynth();
  const changes: Array<[PlayState, number]> = [];
  const session = createSession({
    synth: engine.synth,
    makeUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    texts,
    voice: VOICE,
    rate: 1.25,
    onChange: (s, i) => changes.push([s, i]),
  });
  return { engine, session, changes };
}

test('reads each sentence in turn with the chosen voice and speed, then finishes', () => {
  const { engine, session } = setup();
  session.play();
  engine.finish();
  engine.finish();
  expect(session.index()).toBe(2);
  engine.finish();
  expect(engine.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Three.']);
  expect(engine.spoken.every((u) => u.voice === VOICE && u.rate === 1.25 && u.lang === 'en-US')).toBe(true);
  expect(session.state()).toBe('finished');
});

test('pause and resume start again at the sentence that was being read', () => {
  const { engine, session } = setup();
  session.play();
  engine.finish();
  session.pause();
  expect(session.state()).toBe('paused');
  engine.finish(); // a late end event from the cancelled utterance changes nothing
  expect(session.index()).toBe(1);
  session.play();
  expect(engine.spoken.map((u) => u.text)).toEqual(['One.', 'Two.', 'Two.']);
});

test('stop silences and goes back to the start', () => {
  const { engine, session } = setup();
  session.play();
  engine.finish();
  session.stop();
  expect(session.state()).toBe('stopped');
  expect(session.index()).toBe(0);
  expect(engine.spoken).toHaveLength(2);
});

test('moving to another sentence while playing reads from there', () => {
  const { engine, session } = setup();
  session.play();
  session.goTo(2);
  expect(engine.spoken.map((u) => u.text)).toEqual(['One.', 'Three.']);
  session.goTo(7);
  expect(session.index()).toBe(2);
});

test('a new speed applies from the current sentence', () => {
  const { engine, session } = setup();
  session.play();
  session.setRate(0.75);
  expect(engine.spoken.map((u) => [u.text, u.rate])).toEqual([
    ['One.', 1.25],
    ['One.', 0.75],
  ]);
});

test('an engine error stops reading and says so; play tries the same sentence again', () => {
  const { engine, session, changes } = setup();
  session.play();
  engine.finish();
  engine.fail('synthesis-failed');
  expect(session.state()).toBe('error');
  expect(changes.at(-1)).toEqual(['error', 1]);
  session.play();
  expect(engine.spoken.at(-1)?.text).toBe('Two.');
});

test('nothing to read: play does nothing', () => {
  const { engine, session } = setup([]);
  session.play();
  expect(engine.spoken).toHaveLength(0);
  expect(session.state()).toBe('stopped');
});
