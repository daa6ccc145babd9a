import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { writePublished } from '../../src/cli/write-published.ts';
import { publish } from '../../src/domain/published.ts';
import { statementsFileSchema, type StatementsFile } from '../../src/domain/statement.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
/** The hand-written app fixture: statements with their article texts. */
export const FIXTURE = statementsFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/app/statements.json'), 'utf8')));

export interface Site {
  dir: string;
  url: string;
  close(): Promise<void>;
}

/** Runs the real build-data CLI on `articles` into `out` (statements.json and its article-text chunks); returns `out`. */
export async function buildData(articles: string, out: string): Promise<string> {
  await run(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/build-data.ts', '--in', articles, '--out', out, '--quiet'], { cwd: ROOT });
  return out;
}

/**
 * Builds the app once into a temporary folder with its data: a build's output folder copied as is,
 * or a statements file with article texts (a fixture), published as the CLI publishes it.
 */
export async function buildSite(data: string | StatementsFile = FIXTURE): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'statements-e2e-'));
  await run(join(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (typeof data === 'string') {
    await mkdir(join(dir, 'data'), { recursive: true });
    await cp(data, join(dir, 'data'), { recursive: true, filter: (src) => !src.endsWith('build-report.json') });
  } else {
    await writePublished(join(dir, 'data'), publish(data));
  }
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 at a free port; unknown paths without an extension get index.html. */
export async function serve(dir: string): Promise<Site> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, path);
      if (!file.startsWith(dir)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      } catch {
        if (extname(file)) {
          res.writeHead(404).end('not found');
          return;
        }
        file = join(dir, 'index.html');
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** Debian's Chromium, headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function removeSite(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
