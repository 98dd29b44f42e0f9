/**
 * Drives the real review UI in headless Chromium (Debian's chromium package;
 * playwright-core with its executablePath, no downloaded browser).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { createReviewServer } from '../src/review/server.ts';
import { makeFixture, type Fixture } from './review-fixture.ts';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`review-browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`);
export const SCREENSHOT = '/tmp/claimlens-review-article.png';

describe.skipIf(!hasChromium)('review UI in headless Chromium', () => {
  let f: Fixture;
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let profile: string | undefined;

  beforeAll(async () => {
    f = makeFixture();
    ({ app } = createReviewServer({ db: f.store.db }));
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'claimlens-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    f?.dispose();
    // the browser profile is scratch: leave nothing in /tmp
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const rows = () => f.store.db.prepare('SELECT speaker, verdict, label, origin, ext_label FROM reviews ORDER BY sentence_start, content_start').all();

  it('accepts one claim and relabels another from the keyboard', async () => {
    await page.goto(`${base}/article/${f.ids.plain}`);
    await page.waitForSelector('body[data-ready]');
    await page.waitForSelector('#claim-0.current');
    await page.keyboard.press('a'); // accept the first claim, move to the next
    await page.waitForSelector('#claim-0.st-accepted');
    await page.waitForSelector('#claim-1.current');
    await page.keyboard.press('j');
    await page.waitForSelector('#claim-2.current');
    await page.keyboard.press('k');
    await page.waitForSelector('#claim-1.current');
    await page.keyboard.press('3'); // Local residents: denial -> warning
    await page.waitForSelector('#claim-1.st-accepted.lab-warning');
    expect(await page.locator('#text .hl.r-ct.lab-warning', { hasText: 'the project had been delayed' }).count()).toBe(1);
    expect(await page.textContent('#progress-count')).toBe('2/7');
    expect(rows()).toEqual([
      { speaker: 'Anna Berg', verdict: 'accept', label: 'assertion', origin: 'extracted', ext_label: 'assertion' },
      { speaker: 'Local residents', verdict: 'accept', label: 'warning', origin: 'extracted', ext_label: 'denial' },
    ]);
    await page.keyboard.press('r'); // reject it after all; moves on
    await page.waitForSelector('#claim-1.st-rejected');
    await page.screenshot({ path: SCREENSHOT });
    expect(errors).toEqual([]);
  });

  it('adds a missed claim from a text selection', async () => {
    await page.evaluate(() => {
      const text = document.getElementById('text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf('The council met on Tuesday');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + 'The council met on Tuesday'.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        text.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error('text not found');
    });
    await page.waitForSelector('#add-form:not([hidden])');
    expect(await page.textContent('#add-preview')).toBe('The council met on Tuesday');
    await page.fill('#add-form input[name=name]', 'The council');
    await page.selectOption('#add-form select[name=label]', 'assertion');
    await Promise.all([page.waitForEvent('load'), page.click('#add-form button[type=submit]')]);
    await page.waitForSelector('li.claim.st-accepted >> text=accepted · added');
    expect(rows()).toContainEqual({ speaker: 'The council', verdict: 'accept', label: 'assertion', origin: 'added', ext_label: null });
  });

  it('shows <script> and <img onerror> in an article as text; nothing runs', async () => {
    await page.goto(`${base}/article/${f.ids.evil}`);
    await page.waitForSelector('body[data-ready]');
    const text = await page.textContent('#text');
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('#text img, #text script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('li.claim blockquote', { hasText: '<script>' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
