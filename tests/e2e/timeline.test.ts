import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launchChromium, removeSite, serve, type Site } from './harness.ts';

let site: Site;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  site = await serve(await buildSite());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (site) await removeSite(site.dir);
});

const query = () => new URL(page.url()).search;
const detailHeading = () => page.getByRole('region', { name: 'Statement detail' }).getByRole('heading', { level: 2 });
const windowDays = () => {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 : null;
};

describe('the built app in Chromium', () => {
  it('renders real vis-timeline items with speaker and quote', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.vis-item [data-statement-id]').first().waitFor();
    expect(await page.locator('.vis-item [data-statement-id]').count()).toBeGreaterThanOrEqual(8);
    await expect.poll(() => page.locator('.vis-item', { hasText: 'Antony Blinken' }).count()).toBe(1);
    expect(query()).toBe('');
  });

  it('clicking an item opens the detail and pushes the selection to the URL', async () => {
    await page.locator('.vis-item', { hasText: 'Antony Blinken' }).click();
    await expect.poll(() => detailHeading().textContent()).toBe('Antony Blinken');
    expect(query()).toBe('?s=a2-nato-summit-68a11b8d');
    expect(await page.locator('mark').first().textContent()).toContain('for as long as it takes');
  });

  it('reload restores the selection', async () => {
    await page.reload();
    await expect.poll(() => detailHeading().textContent()).toBe('Antony Blinken');
    expect(query()).toBe('?s=a2-nato-summit-68a11b8d');
    await expect.poll(() => page.locator('.vis-item.vis-box.vis-selected').textContent()).toContain('Antony Blinken');
  });

  it('Enter on a focused item opens it; back returns to the previous statement', async () => {
    const item = page.locator('[data-statement-id="a2-nato-summit-fb552180"]');
    // vis keeps the timeline hidden until its first range change settles (200 ms).
    await item.waitFor({ state: 'visible' });
    await item.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => detailHeading().textContent()).toBe('Jens Stoltenberg');
    expect(query()).toBe('?s=a2-nato-summit-fb552180');
    await page.goBack();
    await expect.poll(() => detailHeading().textContent()).toBe('Antony Blinken');
    expect(query()).toBe('?s=a2-nato-summit-68a11b8d');
  });

  it('zoom buttons change the window and keep it in the URL without new history entries', async () => {
    const before = await page.evaluate('history.length');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(windowDays).not.toBeNull();
    const zoomedIn = windowDays()!;
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(windowDays).toBeGreaterThan(zoomedIn);
    expect(await page.evaluate('history.length')).toBe(before);
    expect(query()).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&s=a2-nato-summit-68a11b8d$/);
    const from = () => new URL(page.url()).searchParams.get('from');
    const before2 = from();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect.poll(from).not.toBe(before2);
    expect(from()! > before2!).toBe(true);
    const linked = page.url();
    await page.reload();
    await expect.poll(() => page.url()).toBe(linked);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(query).toBe('?s=a2-nato-summit-68a11b8d');
  });

  it('wheel zooms and dragging pans; the URL follows with replaceState', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.vis-item [data-statement-id]').first().waitFor({ state: 'visible' });
    const before = await page.evaluate('history.length');
    const box = (await page.locator('.vis-center').boundingBox())!;
    const y = box.y + box.height - 40;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.wheel(0, -400);
    await expect.poll(windowDays).not.toBeNull();
    const zoomed = windowDays()!;
    const from = new URL(page.url()).searchParams.get('from')!;
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(from);
    expect(new URL(page.url()).searchParams.get('from')! > from).toBe(true);
    expect(Math.abs(windowDays()! - zoomed)).toBeLessThanOrEqual(1);
    expect(await page.evaluate('history.length')).toBe(before);
  });

  it('a speaker filter narrows the real timeline and the URL', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.vis-item [data-statement-id]').first().waitFor();
    await page.getByRole('checkbox', { name: /Jens Stoltenberg/ }).check();
    await expect.poll(() => page.locator('.vis-item [data-statement-id]').count()).toBe(2);
    expect(query()).toBe('?speaker=Jens+Stoltenberg');
  });

  it('a junk link still gives a working page with a notice', async () => {
    await page.goto(`${site.url}/?date=abc&from=2024-02-01&to=2023-01-01&s=nope&${'x'.repeat(10_000)}`);
    await page.getByText(/^Ignored in the link/).first().waitFor();
    await page.locator('.vis-item [data-statement-id]').first().waitFor();
    expect(query()).toBe('');
  });

  it('the timeline is one tab stop, and focus follows ← → through the statements', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.vis-item [data-statement-id]').first().waitFor({ state: 'visible' });
    const focused = () => page.evaluate<string | null>('document.activeElement?.dataset.statementId ?? null');
    const inTimeline = () => page.evaluate<boolean>('document.activeElement?.closest(\'[data-testid="timeline"]\') !== null');
    expect(await page.locator('[data-testid="timeline"] [tabindex="0"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Fit all' }).focus();
    await page.keyboard.press('Tab');
    expect(await inTimeline()).toBe(true);
    const first = await focused();
    expect(first).toMatch(/^a\d/);
    await page.keyboard.press('Tab');
    expect(await inTimeline()).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(query).toBe(`?s=${first}`);
    await page.keyboard.press('ArrowRight');
    await expect.poll(query).not.toBe(`?s=${first}`);
    const next = new URL(page.url()).searchParams.get('s');
    await expect.poll(focused).toBe(next);
    expect(await page.locator('[data-testid="timeline"] [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toBe(first);
  });

  it('works at 360 px: filters on demand, item opens the detail below the timeline', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await phone.goto(`${site.url}/`);
    await phone.locator('.vis-item [data-statement-id]').first().waitFor({ state: 'visible' });
    expect(await phone.getByRole('checkbox', { name: /Jens Stoltenberg/ }).isVisible()).toBe(false);
    // Three statements of one day share a cluster at this width; Enter on it zooms in to them.
    const cluster = phone.getByRole('button', { name: '3 statements on 2023-07-11, press Enter to zoom in' });
    await cluster.focus();
    await phone.keyboard.press('Enter');
    await expect.poll(() => new URL(phone.url()).search).toBe('?from=2023-07-10&to=2023-07-12');
    await expect.poll(() => phone.locator('.vis-item [data-statement-id]').count()).toBe(3);
    await phone.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => new URL(phone.url()).search).toBe('');
    await phone.getByRole('button', { name: 'Filters', exact: true }).click();
    await phone.getByRole('checkbox', { name: /Jens Stoltenberg/ }).check();
    await expect.poll(() => phone.locator('.vis-item [data-statement-id]').count()).toBe(2);
    await phone.getByRole('button', { name: 'Hide filters' }).click();
    await phone.locator('.vis-item', { hasText: 'the alliance monitors' }).click();
    const heading = phone.getByRole('region', { name: 'Statement detail' }).getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe('Jens Stoltenberg');
    expect(new URL(phone.url()).search).toBe('?speaker=Jens+Stoltenberg&s=a3-grain-deal-b2302d18');
    const width = await phone.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    await phone.close();
  });

  it('hostile text in the data never ran', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
