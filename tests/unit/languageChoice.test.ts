import { LANGUAGE_KEY, homeRedirect, readLanguageChoice, saveLanguageChoice } from '../../src/course/languageChoice';
import { deviceStorage } from '../../src/course/deviceStorage';

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}
const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

const baseUrls = { en: '/', es: '/es/' };
const visit = (pathname: string, locale = 'en') => ({ pathname, locale, baseUrl: baseUrls[locale as 'en'], baseUrls });

describe('the remembered language', () => {
  it('is saved and read back on this device', () => {
    const storage = memory();
    expect(readLanguageChoice(storage)).toBeNull();
    expect(saveLanguageChoice(storage, 'es')).toBe(true);
    expect(storage.getItem(LANGUAGE_KEY)).toBe('es');
    expect(readLanguageChoice(storage)).toBe('es');
  });

  it('is ignored when storage is missing, throws, or holds something else, and never throws', () => {
    expect(readLanguageChoice(null)).toBeNull();
    expect(readLanguageChoice(throwing)).toBeNull();
    expect(saveLanguageChoice(null, 'es')).toBe(false);
    expect(saveLanguageChoice(throwing, 'es')).toBe(false);
    const storage = memory();
    for (const junk of ['fr', '', 'ES', '{"es":1}', 'es ']) {
      storage.setItem(LANGUAGE_KEY, junk);
      expect(readLanguageChoice(storage)).toBeNull();
    }
    expect(saveLanguageChoice(storage, 'xx')).toBe(false);
  });

  it('is unavailable on the server', () => {
    expect(deviceStorage()).toBeNull();
  });
});

describe('opening a home page', () => {
  it('takes a reader who chose Spanish from the English home to the Spanish home', () => {
    expect(homeRedirect(visit('/'), 'es')).toBe('/es/');
    expect(homeRedirect(visit('/index.html'), 'es')).toBe('/es/');
    expect(homeRedirect(visit('/es/', 'es'), 'en')).toBe('/');
    expect(homeRedirect(visit('/es', 'es'), 'en')).toBe('/');
  });

  it('stays when nothing was chosen, the choice is this language, or the language is not built', () => {
    expect(homeRedirect(visit('/'), null)).toBeNull();
    expect(homeRedirect(visit('/'), 'en')).toBeNull();
    expect(homeRedirect(visit('/es/', 'es'), 'es')).toBeNull();
    expect(homeRedirect({ ...visit('/'), baseUrls: { en: '/' } }, 'es')).toBeNull();
  });

  it('never moves a reader away from any other page', () => {
    expect(homeRedirect(visit('/learn/safety'), 'es')).toBeNull();
    expect(homeRedirect(visit('/help'), 'es')).toBeNull();
    expect(homeRedirect(visit('/es/learn/faq', 'es'), 'en')).toBeNull();
  });
});
