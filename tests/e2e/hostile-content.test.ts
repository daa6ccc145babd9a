import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { statementsFileSchema, statementId, type StatementsFile } from '../../src/domain/statement.ts';
import { readPublished } from '../fixtures/published.ts';
import { buildData, buildSite, launchChromium, removeSite, serve, type Site } from './harness.ts';

// Each payload sets a flag or opens a dialog if it ever runs as markup or script.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  '<a href="javascript:window.__pwned=3">link</a>',
  '{{constructor.constructor("window.__pwned=4")()}}',
  '<svg onload="window.__pwned=5"></svg>',
  '<iframe src="javascript:alert(6)"></iframe>',
];

/** Articles whose quotes, speakers and bodies carry the payloads, built by the real CLI. */
async function hostileData(dir: string): Promise<StatementsFile> {
  const articles = join(dir, 'articles');
  await mkdir(articles);
  const body = (p: string, i: number) =>
    ` date 2024-0${(i % 9) + 1}-1${i % 9} Council member Dana Whitfield spoke on Monday. ${p}\n\n` +
    `“The budget ${p} must pass this week,” Whitfield said.\n\nShe added that ${p} would be reviewed.`;
  await Promise.all(PAYLOADS.map((p, i) => writeFile(join(articles, `hostile-${i}.txt`), body(p, i))));
  const { data } = await readPublished(await buildData(articles, join(dir, 'out')));
  // The parser may clean speaker names and titles, so plant payloads there directly as well.
  const hostile: StatementsFile = {
    ...data,
    articles: data.articles.map((a, i) => ({ ...a, title: `${PAYLOADS[i % PAYLOADS.length]} title` })),
    statements: data.statements.map((s, i) => {
      const speaker = `${PAYLOADS[i % PAYLOADS.length]} Whitfield`;
      return { ...s, speaker, speakerMention: speaker, id: statementId(s.articleId, `${s.quote} ${i}`), themes: ['<b>theme</b>'] };
    }),
    themes: [{ id: '<b>theme</b>', label: '<img src=x onerror="window.__pwned=7">', count: data.statements.length }],
  };
  hostile.speakers = [...new Set(hostile.statements.map((s) => s.speaker))].map((name) => ({ name, count: 1 }));
  return statementsFileSchema.parse(hostile);
}

let dir: string;
let site: Site;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const violations: string[] = [];
const strayRequests: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statements-hostile-'));
  site = await serve(await buildSite(await hostileData(dir)));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    const expected = url.origin === site.url && (url.pathname === '/' || /^\/(assets|data)\//.test(url.pathname));
    if (!expected && !url.protocol.startsWith('data')) strayRequests.push(r.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (site) await removeSite(site.dir);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('untrusted text in the built app (Chromium)', () => {
  it('serves a Content-Security-Policy without inline script or eval', async () => {
    const response = await page.goto(`${site.url}/`);
    const html = (await response?.text()) ?? '';
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('shows every payload as text on the timeline, in the filters and in the detail pane', async () => {
    const items = page.locator('.vis-item [data-statement-id]');
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(PAYLOADS.length);
    for (let i = 0; i < count; i++) {
      await items.nth(i).hover();
      await items.nth(i).click();
      const detail = page.getByRole('region', { name: 'Statement detail' });
      await expect.poll(() => detail.getByRole('heading', { level: 2 }).textContent()).toMatch(/Whitfield$/);
    }
    const pageText = (await page.locator('body').innerText()) ?? '';
    expect(pageText).toContain('<img src=x onerror="window.__pwned=1;alert(1)">');
    expect(pageText).toContain('<script>window.__pwned=2;alert(2)</script>');
    expect(await page.locator('main img, main script, main iframe, main svg[onload], main a[href^="javascript"]').count()).toBe(0);
  });

  it('ran nothing: no dialog, no flag, no CSP violation, no stray request', async () => {
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
    expect(strayRequests).toEqual([]);
  });
});
