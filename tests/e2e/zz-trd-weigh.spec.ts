import { test } from '@playwright/test';
import { formatKb } from '../support/budgets';
import { weighPage } from './support/weigh';
for (const path of ['/learn/faq', '/es/learn/faq', '/learn/glossary', '/es/learn/glossary', '/es/learn/references', '/learn/references']) {
  test(`weigh ${path}`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const { weight, scripts } = await weighPage(await context.newPage(), path);
    console.log(path, 'JS', formatKb(weight.js), weight.js, 'CSS', formatKb(weight.css), 'HTML', formatKb(weight.html), scripts.length);
    await context.close();
  });
}
