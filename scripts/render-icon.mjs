// Renders images/icon.svg to images/icon.png (128×128, transparent corners) with Debian's
// Chromium through playwright-core. Run after editing the SVG: node scripts/render-icon.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const svg = fileURLToPath(new URL('../images/icon.svg', import.meta.url));
const png = fileURLToPath(new URL('../images/icon.png', import.meta.url));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(svg, 'utf8')}</body></html>`);
  await page.locator('svg').screenshot({ path: png, omitBackground: true });
  console.log(png);
} finally {
  await browser.close();
}
