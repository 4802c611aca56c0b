import { runSearch } from '/work/wt/search/src/search/engine';
import { loadBuiltIndex } from '/work/wt/search/tests/search/support/builtIndex';
(async () => {
  const index = await loadBuiltIndex('/work/wt/search/build');
  for (const q of process.argv.slice(2)) {
    const o = await runSearch(index, q);
    console.log(q, o.crisis);
    for (const h of o.hits) console.log('  ', h.url, '|', h.title, '|', h.excerpt.map((p) => (p.mark ? `[${p.text}]` : p.text)).join(''));
  }
})();
