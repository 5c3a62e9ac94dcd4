#!/usr/bin/env node
/**
 * Screenshots a page in Debian's Chromium at several widths, for the README
 * and for looking at the demo: node scripts/screenshot.mjs URL OUT-PREFIX [WIDTH...]
 * writes OUT-PREFIX-WIDTH.png for each width (default 375 and 1280).
 * FULL=1 takes the whole page; NOJS=1 loads it with JavaScript disabled.
 */
import puppeteer from 'puppeteer-core';

const [url, prefix, ...widths] = process.argv.slice(2);
if (!url || !prefix) {
  console.error('usage: node scripts/screenshot.mjs URL OUT-PREFIX [WIDTH...]');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--hide-scrollbars',
  ],
});
try {
  for (const width of (widths.length ? widths : ['375', '1280']).map(Number)) {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(process.env.NOJS !== '1');
    await page.setViewport({
      width,
      height: width < 600 ? 812 : 900,
      deviceScaleFactor: 1,
    });
    await page.goto(url, {waitUntil: 'networkidle0'});
    await page.evaluate(() => document.fonts.ready);
    const scrollWidth = await page.evaluate(
      () => document.documentElement.scrollWidth
    );
    await page.screenshot({
      path: `${prefix}-${width}.png`,
      fullPage: process.env.FULL === '1',
    });
    console.log(
      `${prefix}-${width}.png (page ${scrollWidth} px wide in a ${width} px viewport)`
    );
    await page.close();
  }
} finally {
  await browser.close();
}
