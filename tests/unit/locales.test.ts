import { pathInEdition } from '../../src/i18n/locales';

describe('the same page in the other edition', () => {
  it('swaps the edition base and keeps the rest of the path', () => {
    expect(pathInEdition('/es/learn/safety', '/es/', '/')).toBe('/learn/safety');
    expect(pathInEdition('/learn/safety', '/', '/es/')).toBe('/es/learn/safety');
    expect(pathInEdition('/kap/es/learn/faq', '/kap/es/', '/kap/')).toBe('/kap/learn/faq');
  });

  it('leads from one home page to the other, with or without the last slash', () => {
    expect(pathInEdition('/es/', '/es/', '/')).toBe('/');
    expect(pathInEdition('/es', '/es/', '/')).toBe('/');
    expect(pathInEdition('/', '/', '/es/')).toBe('/es/');
  });
});
