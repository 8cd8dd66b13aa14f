#!/usr/bin/env node
/** Screenshot built pages for a visual check: node scripts/screenshot.ts /codes/carc-16/ [out.png] [--dark] */
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server.ts';
import { launchBrowser } from './lib/browser.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [path = '/', out = 'screenshot.png'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await startStaticServer(join(root, 'dist'));
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: process.argv.includes('--dark') ? 'dark' : 'light' });
await page.goto(server.url + path);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
