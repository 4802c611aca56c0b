import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { AXE_TAGS, waitForHydration, watchProblems } from './support/site';

/**
 * "Listen" (read aloud) with a recorded fake speechSynthesis: the browser's own engine is
 * replaced before the page starts, offering a network voice and/or an on-device voice, and
 * every utterance is recorded with the voice it was given. Voices arrive late, through
 * `voiceschanged`, as in real browsers.
 */

interface FakeVoice {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

interface Spoken {
  readonly text: string;
  readonly voice: string | null;
  readonly localService: boolean | null;
  readonly rate: number;
}

const NETWORK: FakeVoice = { name: 'Cloud English', lang: 'en-US', localService: false, default: true };
const DEVICE: FakeVoice = { name: 'Device English', lang: 'en-US', localService: true, default: false };

async function fakeSpeech(page: Page, voices: readonly FakeVoice[], msPerSentence = 600): Promise<void> {
  await page.addInitScript(
    ({ voices, msPerSentence }) => {
      type U = {
        text: string;
        voice: { name: string; localService: boolean } | null;
        rate: number;
        onend: ((e: unknown) => void) | null;
        onerror: ((e: unknown) => void) | null;
      };
      const w = window as unknown as { __spoken: unknown[]; __cancels: number };
      w.__spoken = [];
      w.__cancels = 0;
      let ready = false;
      let current: U | null = null;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const synth = new EventTarget() as EventTarget & Record<string, unknown>;
      synth.getVoices = () => (ready ? voices.map((v) => ({ ...v, voiceURI: v.name })) : []);
      synth.speak = (u: U) => {
        w.__spoken.push({
          text: u.text,
          voice: u.voice?.name ?? null,
          localService: u.voice?.localService ?? null,
          rate: u.rate,
        });
        current = u;
        timer = setTimeout(() => {
          if (current !== u) return;
          current = null;
          u.onend?.({});
        }, msPerSentence);
      };
      synth.cancel = () => {
        w.__cancels += 1;
        clearTimeout(timer);
        const u = current;
        current = null;
        u?.onerror?.({ error: 'interrupted' });
      };
      synth.pause = () => undefined;
      synth.resume = () => undefined;
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        rate = 1;
        voice = null;
        onend = null;
        onerror = null;
        constructor(text: string) {
          this.text = text;
        }
      };
      setTimeout(() => {
        ready = true;
        synth.dispatchEvent(new Event('voiceschanged'));
      }, 300);
    },
    { voices, msPerSentence },
  );
}

async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

function listenGroup(page: Page) {
  return page.getByRole('group', { name: 'Read this page aloud' });
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

async function pressListen(page: Page): Promise<void> {
  await listenGroup(page).getByRole('button', { name: 'Listen' }).click();
}

async function highlighted(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('listen-sentence');
    return h ? ([...h][0]?.toString() ?? null) : null;
  });
}

test('reads the chapter with the on-device voice only, in order, skipping what is not reading matter', async ({
  page,
  context,
  baseURL,
}) => {
  const problems = await watchProblems(context, page, baseURL as string);
  await fakeSpeech(page, [NETWORK, DEVICE]);
  await open(page, '/learn/safety');
  // Nothing is said before the reader presses Listen.
  await page.waitForTimeout(500);
  expect(await spoken(page)).toEqual([]);
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThanOrEqual(3);
  const said = await spoken(page);
  expect(said.every((s) => s.voice === DEVICE.name && s.localService === true)).toBe(true);
  expect(said[0]?.text).toBe(`${(await page.locator('article h1').innerText()).trim()}.`);
  // The sentence being read is highlighted, and focus moved to the controls.
  await expect.poll(() => highlighted(page)).not.toBeNull();
  await expect(listenGroup(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(listenGroup(page)).toContainText(/Section 1 of \d+/);
  // Jump ahead to hear more of the page, then check what was never said.
  for (let i = 0; i < 4; i += 1) await listenGroup(page).getByRole('button', { name: 'Next section' }).click();
  await page.waitForTimeout(1500);
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts.some((t) => /\[\d+\]/.test(t))).toBe(false); // citation markers
  expect(texts.some((t) => /^(Listen|Pause|Next section)\.?$/.test(t))).toBe(false); // the control itself
  expect(texts.some((t) => /Skip to main content|On this page/.test(t))).toBe(false); // navigation
  expect(problems.offHostRequests).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test('the reading code loads only when Listen is pressed', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 60_000);
  const scripts: string[] = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.push(await res.text().catch(() => ''));
  });
  await open(page, '/learn/faq');
  await page.waitForLoadState('networkidle');
  // The player is the only code that asks whether a voice runs on the device.
  expect(scripts.some((js) => js.includes('localService'))).toBe(false);
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  expect(scripts.some((js) => js.includes('localService'))).toBe(true);
});

test('an open glossary pop-up is not read, and the word itself is', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 15);
  await open(page, '/learn/safety');
  const term = page.locator('article .theme-doc-markdown button[aria-expanded]').first();
  const word = (await term.innerText()).trim();
  await term.click();
  const panel = term.locator('xpath=following-sibling::span[1]');
  await expect(panel).toBeVisible();
  const definition = (await panel.innerText()).replace(/More in the glossary/, '').trim();
  await pressListen(page);
  await expect(listenGroup(page).getByRole('status')).toHaveText('Finished reading.', { timeout: 30_000 });
  const all = (await spoken(page)).map((s) => s.text).join(' ');
  expect(all.toLowerCase()).toContain(word.toLowerCase());
  expect(all).not.toContain('More in the glossary');
  expect(all).not.toContain(
    definition
      .slice(definition.indexOf(':') + 1)
      .trim()
      .slice(0, 30),
  );
  // A whole chapter, read to the end, in order: the last heading comes after the first.
  const headings = (await page.locator('article .theme-doc-markdown h2').allInnerTexts()).map((h) =>
    h.replace(/\u200b/g, '').trim(),
  );
  const first = all.indexOf(`${headings[0]}.`);
  const last = all.indexOf(`${headings.at(-1)}.`);
  expect(first).toBeGreaterThan(-1);
  expect(last).toBeGreaterThan(first);
});

test('with only a network voice, nothing is spoken and the reader is told why and how to add a voice', async ({
  page,
}) => {
  await fakeSpeech(page, [NETWORK]);
  await open(page, '/learn/faq');
  await pressListen(page);
  const status = listenGroup(page).getByRole('status');
  await expect(status).toContainText('no voice for this language that works without the internet');
  await expect(status).toContainText('Settings > Accessibility > Spoken Content > Voices');
  await expect(status).toContainText('Text-to-speech output');
  await page.waitForTimeout(2500);
  expect(await spoken(page)).toEqual([]);
});

test('Escape stops; pause resumes from the current sentence; speed is remembered', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 60_000); // each sentence "takes" a minute: the test moves on
  await open(page, '/learn/faq');
  await pressListen(page);
  const group = listenGroup(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await group.getByRole('button', { name: 'Next section' }).click();
  const current = (await spoken(page)).at(-1)?.text;
  await group.getByRole('button', { name: 'Pause' }).click();
  await expect(group.getByRole('status')).toHaveText('Paused.');
  await group.getByRole('button', { name: 'Resume' }).click();
  expect((await spoken(page)).at(-1)?.text).toBe(current);

  await group.getByLabel('Speed').selectOption('1.5');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
  expect(await page.evaluate(() => localStorage.getItem('kap-course:listen-rate'))).toBe('1.5');

  const before = await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels);
  await page.keyboard.press('Escape');
  await expect(group.getByRole('status')).toHaveText('Stopped.');
  expect(await page.evaluate(() => (window as unknown as { __cancels: number }).__cancels)).toBeGreaterThan(before);
  await expect.poll(() => highlighted(page)).toBeNull();
  await expect(group.getByRole('button', { name: 'Play' })).toBeVisible();
  // A control that no longer applies keeps the keyboard focus (it is marked, not removed).
  await group.getByRole('button', { name: 'Play' }).click();
  await group.getByRole('button', { name: 'Stop' }).click();
  await expect(group.getByRole('button', { name: 'Stop' })).toBeFocused();
  await expect(group.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-disabled', 'true');

  // The next visit starts at the remembered speed.
  await page.reload();
  await waitForHydration(page);
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(1.5);
});

test('storage that throws: the speed still works and nothing breaks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await fakeSpeech(page, [DEVICE], 60_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await open(page, '/learn/faq');
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await listenGroup(page).getByLabel('Speed').selectOption('0.75');
  await expect.poll(async () => (await spoken(page)).at(-1)?.rate).toBe(0.75);
  expect(errors).toEqual([]);
});

test('leaving the page stops the reading', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 400);
  await open(page, '/learn/faq');
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(1);
  await page.locator('nav.menu a[href="/learn/safety"], .menu a[href="/learn/safety"]').first().click();
  await expect(page).toHaveURL(/\/learn\/safety$/);
  // Docusaurus shows the new page once its code has loaded; from then on, silence.
  await expect(page.locator('article h1')).toHaveText(/safety/i);
  const count = (await spoken(page)).length;
  await page.waitForTimeout(1200);
  expect((await spoken(page)).length).toBe(count);
  expect(await highlighted(page)).toBeNull();
  await expect(listenGroup(page).getByRole('button', { name: 'Listen' })).toBeVisible();
});

test('hiding the tab pauses at the current sentence', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 60_000);
  await open(page, '/learn/faq');
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(listenGroup(page).getByRole('status')).toHaveText('Paused because you left the page.');
});

test('blog posts have Listen too', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 60_000);
  await open(page, '/blog/how-to-read-a-ketamine-study');
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  const first = (await spoken(page))[0]?.text ?? '';
  expect(first.length).toBeGreaterThan(10);
  expect(await page.locator('article .markdown').innerText()).toContain(first.slice(0, 20));
});

test('each FAQ answer group has its own Listen, which reads only that group', async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 30);
  await open(page, '/learn/faq');
  // One control per `##` group, each named after its group, plus the page's own. (The page's
  // list of sources at the end is not a group of answers.)
  const headings = (await page.locator('article .theme-doc-markdown h2:not(#page-sources)').allInnerTexts()).map((h) =>
    h.replace(/\u200b/g, '').trim(),
  );
  expect(headings.length).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('button', { name: /^Listen to: / })).toHaveCount(headings.length);
  for (const h of headings) {
    await expect(page.getByRole('button', { name: `Listen to: ${h}`, exact: true })).toHaveCount(1);
  }
  const safety = page.getByRole('group', { name: 'Listen to: Safety', exact: true });
  await safety.getByRole('button', { name: 'Listen to: Safety' }).click();
  await expect(safety.getByRole('status')).toHaveText('Finished reading.', { timeout: 30_000 });
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts[0]).toBe('Safety.');
  expect(texts[1]).toBe('Is ketamine addictive?');
  expect(texts).toContain('What if I have a bad experience?');
  // Nothing from the page's introduction or another group.
  for (const other of [
    'These are short answers to common questions.',
    'Does it work?',
    'Will it cure my depression?',
  ]) {
    expect(texts).not.toContain(other);
  }
  for (const other of ['Cost and practical questions.', 'How many sessions will I need?', 'About this site.']) {
    expect(texts).not.toContain(other);
  }
  // The page-level control still reads the whole page, from its start.
  await listenGroup(page).getByRole('button', { name: 'Listen' }).click();
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(texts.length);
  expect((await spoken(page))[texts.length]?.text).toBe('Frequently asked questions.');
});

test("starting a group's Listen stops the page's reader", async ({ page }) => {
  await fakeSpeech(page, [DEVICE], 60_000);
  await open(page, '/learn/faq');
  await pressListen(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(1);
  await expect(listenGroup(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  const basics = page.getByRole('group', { name: 'Listen to: The basics', exact: true });
  await basics.getByRole('button', { name: 'Listen to: The basics' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.text).toBe('The basics.');
  await expect(listenGroup(page).getByRole('status')).toHaveText('Stopped.');
  await expect(listenGroup(page).getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(basics.getByRole('button', { name: 'Pause' })).toBeFocused();
  // And the other way round.
  await listenGroup(page).getByRole('button', { name: 'Play' }).click();
  await expect(basics.getByRole('status')).toHaveText('Stopped.');
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test(`Listen controls open have no axe violations (${scheme})`, async ({ page }) => {
      await fakeSpeech(page, [DEVICE], 60_000);
      await open(page, '/learn/safety');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await pressListen(page);
      await expect(listenGroup(page).getByRole('button', { name: 'Pause' })).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });

    test(`the no-voice message has no axe violations (${scheme})`, async ({ page }) => {
      await fakeSpeech(page, [NETWORK]);
      await open(page, '/learn/faq');
      await pressListen(page);
      await expect(listenGroup(page).getByRole('status')).toContainText('no voice');
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).include('[data-listen-skip]').analyze();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    });

    test(`the FAQ with a group's controls open has no axe violations (${scheme})`, async ({ page }) => {
      await fakeSpeech(page, [DEVICE], 60_000);
      await open(page, '/learn/faq');
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const safety = page.getByRole('group', { name: 'Listen to: Safety', exact: true });
      await safety.getByRole('button', { name: 'Listen to: Safety' }).click();
      await expect(safety.getByRole('button', { name: 'Pause' })).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}
