import { chooseSearch } from '../../src/config/search';

describe('chooseSearch', () => {
  const all = { ALGOLIA_APP_ID: 'APP', ALGOLIA_SEARCH_API_KEY: 'key', ALGOLIA_INDEX_NAME: 'kap' };

  it('uses offline local search (Pagefind) when nothing is set', () => {
    expect(chooseSearch({})).toEqual({ kind: 'local', engine: 'pagefind' });
  });

  it('builds the old engine only when asked to, for the benchmark', () => {
    expect(chooseSearch({ SEARCH_ENGINE: 'lunr' })).toEqual({ kind: 'local', engine: 'lunr' });
    expect(chooseSearch({ SEARCH_ENGINE: 'other' })).toEqual({ kind: 'local', engine: 'pagefind' });
    expect(chooseSearch({ ...all, SEARCH_ENGINE: 'lunr' }).kind).toBe('algolia');
  });

  it('switches to Algolia only when all three variables are set and non-empty', () => {
    expect(chooseSearch(all)).toEqual({
      kind: 'algolia',
      algolia: { appId: 'APP', apiKey: 'key', indexName: 'kap' },
    });
  });

  it.each(Object.keys(all))('stays local when %s is missing or blank', (name) => {
    expect(chooseSearch({ ...all, [name]: undefined })).toEqual({ kind: 'local', engine: 'pagefind' });
    expect(chooseSearch({ ...all, [name]: '' })).toEqual({ kind: 'local', engine: 'pagefind' });
    expect(chooseSearch({ ...all, [name]: '   ' })).toEqual({ kind: 'local', engine: 'pagefind' });
  });

  it('trims values', () => {
    expect(
      chooseSearch({ ALGOLIA_APP_ID: ' APP ', ALGOLIA_SEARCH_API_KEY: 'key\n', ALGOLIA_INDEX_NAME: 'kap' }),
    ).toEqual({
      kind: 'algolia',
      algolia: { appId: 'APP', apiKey: 'key', indexName: 'kap' },
    });
  });
});
