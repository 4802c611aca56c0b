import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REACT_UTILS } from '../../src/plugins/noCollatorAtStart';

// The loader is plain JavaScript, because the bundler runs it with Node directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { plainKeyOrder } = require('../../src/plugins/plainKeyOrderLoader.js') as {
  plainKeyOrder: (source: string) => string;
};

const themeCommonLib = dirname(require.resolve('@docusaurus/theme-common'));
const installed = join(themeCommonLib, 'utils', 'reactUtils.js');

/** The key sort of `useShallowMemoObject`, taken from the transformed module and run. */
function keySortOf(source: string): (keys: string[]) => string[] {
  const line = source.split('\n').find((l) => l.includes('deps.sort('));
  if (!line) throw new Error('no key sort in the module');
  return new Function('deps', `${line.trim()} return deps;`) as (keys: string[]) => string[];
}

describe('plain key order for Docusaurus useShallowMemoObject', () => {
  const source = readFileSync(installed, 'utf8');

  it('applies to the installed theme-common file, and only to it', () => {
    expect(REACT_UTILS.test(installed)).toBe(true);
    expect(REACT_UTILS.test(join(themeCommonLib, 'hooks', 'useWindowSize.js'))).toBe(false);
  });

  it('removes the collation call and keeps the rest of the module as it was', () => {
    const out = plainKeyOrder(source);
    expect(source).toContain('localeCompare');
    expect(out).not.toContain('localeCompare');
    expect(out.split('\n').length).toBe(source.split('\n').length);
    expect(out.replace(/deps\.sort\(.*\);/, '')).toBe(source.replace(/deps\.sort\(.*\);/, ''));
  });

  it('still gives a stable order, whatever order the keys come in', () => {
    const sort = keySortOf(plainKeyOrder(source));
    const entries = (keys: string[]) => keys.map((k) => [k, 1]) as unknown as string[];
    const a = sort(entries(['sidebar', 'path', 'onCollapse', 'isHidden'])).map((e) => e[0]);
    const b = sort(entries(['isHidden', 'onCollapse', 'sidebar', 'path'])).map((e) => e[0]);
    expect(a).toEqual(['isHidden', 'onCollapse', 'path', 'sidebar']);
    expect(b).toEqual(a);
  });

  it('stops the build if a Docusaurus update changes the line', () => {
    expect(() => plainKeyOrder('export function useShallowMemoObject(obj) { return obj; }')).toThrow(
      /no longer contains/,
    );
  });
});
