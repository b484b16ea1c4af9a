/**
 * Page-load benchmark of the web client: initial JavaScript (gzipped) and time to interactive
 * of the customer 360 on a seeded database (goals: < 300 KB and < 1 s).
 * Run: npm run bench -- web [--customers 2000]. Needs /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { gql, seedDatabase, startGateway } from '../../../apps/web/e2e/support/gateway';
import { buildWeb, serveWeb } from '../../../apps/web/e2e/support/web-server';

/** Entry script plus the chunks index.html preloads: what the browser must fetch before rendering. */
function initialJsGzipBytes(dist: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length, 0);
  return { files, bytes };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-web-'));
  const dist = join(dir, 'dist');
  buildWeb(dist);
  const initial = initialJsGzipBytes(dist);
  const gateway = await startGateway(seedDatabase(join(dir, 'rapport.sqlite')));
  const web = await serveWeb(dist, gateway.url);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const { customers } = await gql<{ customers: { nodes: Array<{ id: string }> } }>(gateway, 'agent', '{ customers(first: 10) { nodes { id } } }');
    const samples: number[] = [];
    for (const [index, customer] of customers.nodes.entries()) {
      // A cold context per sample: no HTTP cache, as an agent opening a link from another tool.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript((token) => sessionStorage.setItem('rapport.token', token), gateway.tokens['agent'] ?? '');
      const page = await context.newPage();
      const started = Date.now();
      await page.goto(`${web.url}/customers/${customer.id}`);
      await page.getByTestId('customer-header').waitFor();
      await page.getByTestId('timeline-event').first().waitFor();
      const ms = Date.now() - started;
      if (index > 0) samples.push(ms); // the first load warms the gateway's caches and JIT
      await context.close();
    }
    samples.sort((a, b) => a - b);
    const median = samples[Math.floor(samples.length / 2)] ?? NaN;
    console.log(`initial JS: ${(initial.bytes / 1024).toFixed(1)} KB gzipped (${initial.files.join(', ')}) — goal < 300 KB`);
    console.log(`customer 360 time to interactive (header + first timeline page rendered), cold browser context:`);
    console.log(`  median ${median} ms, min ${samples[0]} ms, max ${samples[samples.length - 1]} ms over ${samples.length} loads — goal < 1000 ms`);
  } finally {
    await browser.close();
    web.server.close();
    await gateway.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
