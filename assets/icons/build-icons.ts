/**
 * Rasterises assets/icons/icon.svg into the PNG sizes the manifest references
 * (16, 32, 64, 80, 128 px) with headless Chromium (`npm run icons`). The PNGs
 * are committed, so building and testing never need a browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

async function main(): Promise<void> {
  const dir = __dirname;
  const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(join(dir, `icon-${size}.png`), png);
      await page.close();
      console.log(`icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
