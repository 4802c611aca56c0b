import {
  DEFAULT_RATE,
  loadRate,
  parseRate,
  pickVoice,
  RATE_KEY,
  saveRate,
  type VoiceLike,
} from '@site/src/course/voices';

const voice = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('pickVoice', () => {
  test('never picks a network voice, even when it is the only one for the language', () => {
    expect(pickVoice([voice('Cloud English', 'en-US', false, true)], 'en')).toBeNull();
  });

  test('picks the on-device voice over a network one', () => {
    const local = voice('Device English', 'en-GB', true);
    expect(pickVoice([voice('Cloud English', 'en-US', false, true), local], 'en')).toBe(local);
  });

  test('matches the page language, preferring its region, then the default voice', () => {
    const gb = voice('GB', 'en-GB', true, true);
    const us = voice('US', 'en_US', true);
    const es = voice('ES', 'es-MX', true);
    expect(pickVoice([es, gb, us], 'en-US')).toBe(us);
    expect(pickVoice([es, us, gb], 'en')).toBe(gb);
    expect(pickVoice([gb, us, es], 'es')).toBe(es);
    expect(pickVoice([gb, us], 'es')).toBeNull();
  });
});

describe('speed', () => {
  function memoryStorage(): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, v),
    };
  }

  test('only the offered speeds are accepted', () => {
    expect(parseRate('1.25')).toBe(1.25);
    expect(parseRate('0.75')).toBe(0.75);
    expect(parseRate('9')).toBe(DEFAULT_RATE);
    expect(parseRate('fast')).toBe(DEFAULT_RATE);
    expect(parseRate(null)).toBe(DEFAULT_RATE);
  });

  test('is remembered on the device', () => {
    const storage = memoryStorage();
    expect(saveRate(() => storage, 1.5)).toBe(true);
    expect(storage.getItem(RATE_KEY)).toBe('1.5');
    expect(loadRate(() => storage)).toBe(1.5);
  });

  test('unavailable or broken storage gives the normal speed and never throws', () => {
    const throwing = (): Storage => {
      throw new Error('SecurityError');
    };
    expect(loadRate(throwing)).toBe(DEFAULT_RATE);
    expect(saveRate(throwing, 1.5)).toBe(false);
    expect(loadRate(() => null)).toBe(DEFAULT_RATE);
    expect(saveRate(() => null, 1.5)).toBe(false);
    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveRate(() => full, 1.25)).toBe(false);
    const corrupt = memoryStorage();
    corrupt.setItem(RATE_KEY, '{"x":1}');
    expect(loadRate(() => corrupt)).toBe(DEFAULT_RATE);
  });
});
