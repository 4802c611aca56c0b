import type { Page, Response } from '@playwright/test';
import { emptyWeight, weightBucket, type Weight } from '../../../src/config/budgets';

export interface PageWeight {
  /** Compressed bytes on the wire before the load event, by kind. */
  readonly weight: Weight;
  /** Every JavaScript address fetched before load. */
  readonly scripts: readonly string[];
  /** Every address fetched before load. */
  readonly urls: readonly string[];
}

/** Loads a page and adds up what crossed the wire (gzip) before its load event. */
export async function weighPage(page: Page, path: string): Promise<PageWeight> {
  const weight = emptyWeight();
  const scripts: string[] = [];
  const urls: string[] = [];
  const pending: Promise<void>[] = [];
  let loaded = false;
  const onResponse = (response: Response) => {
    if (loaded) return;
    const url = response.url();
    urls.push(url);
    const bucket = weightBucket(response.headers()['content-type'] ?? '', url);
    if (bucket === 'js') scripts.push(url);
    pending.push(
      response
        .request()
        .sizes()
        .then((sizes) => {
          weight[bucket] += sizes.responseBodySize;
        })
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  await page.goto(path, { waitUntil: 'load' });
  loaded = true;
  page.off('response', onResponse);
  await Promise.all(pending);
  return { weight, scripts, urls };
}
