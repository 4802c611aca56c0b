import { test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { weighPage } from './support/weigh';
test('dbg', async ({ page }) => {
  const r = await weighPage(page, '/blog/how-to-read-a-ketamine-study');
  for (const u of r.urls.filter((u: string) => u.endsWith('.js'))) {
    const f = 'build' + new URL(u).pathname;
    const b = readFileSync(f);
    console.log(gzipSync(b).length, new URL(u).pathname);
  }
});
