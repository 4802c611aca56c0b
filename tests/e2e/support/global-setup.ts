import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertChromium } from './chromium';

export default function globalSetup(): void {
  assertChromium();
  const dir = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '..', '..', '..', 'build'));
  if (!existsSync(join(dir, 'sitemap.xml'))) {
    throw new Error(`No production build found in ${dir}. Run \`npm run build\` first (npm test does this).`);
  }
}
