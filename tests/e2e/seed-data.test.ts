import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readPublished } from '../fixtures/published.ts';
import { buildData, buildSite, launchChromium, removeSite, serve, type Site } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let site: Site;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  // The real pipeline: the bundled seed articles through the build-data CLI, as a newcomer would run it.
  dataDir = await mkdtemp(join(tmpdir(), 'statements-seed-data-'));
  site = await serve(await buildSite(await buildData(join(ROOT, 'data/articles'), dataDir)));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (site) await removeSite(site.dir);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('the seed articles, built by the CLI', () => {
  it('render on the timeline and open in the detail pane with the quote marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/`);
    const items = page.locator('.vis-item [data-statement-id]');
    await items.first().waitFor();
    const id = await items.first().getAttribute('data-statement-id');
    await items.first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('s')).toBe(id);
    expect((await page.locator('mark').first().textContent())?.length).toBeGreaterThan(0);
    // The article's header line is metadata: the date is shown beside the heading, not in the text.
    expect(await page.getByRole('region', { name: 'Article text' }).innerText()).not.toMatch(/\bdate \d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  it('scrolls the article box to a quote near the end of a long article', async () => {
    const { data } = await readPublished(dataDir);
    const last = data.statements.reduce((a, b) => (b.start > a.start ? b : a));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/?s=${last.id}`);
    const box = page.getByLabel('Article text, scrollable');
    await box.locator('mark').first().waitFor();
    await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    const boxRect = (await box.boundingBox())!;
    const markRect = (await box.locator('mark').first().boundingBox())!;
    expect(markRect.y).toBeGreaterThanOrEqual(boxRect.y);
    expect(markRect.y).toBeLessThan(boxRect.y + boxRect.height);
    await page.close();
  });
});
