// Which engine a wtr browser session is, and the one CDP session per Chromium
// page that the commands and the gesture driver share. It is kept per page
// because an Emulation override (touch screen, media features) lasts only as
// long as the CDP session that set it.

const sessions = new WeakMap();

/** 'chromium', 'firefox' (both through puppeteer-core) or 'webkit' (WebDriver). */
export function engineOf(browser) {
  if (browser.type === 'webdriver') return 'webkit';
  if (browser.type === 'puppeteer')
    return browser.name === 'Chrome' ? 'chromium' : 'firefox';
  throw new Error(`unsupported browser type ${browser.type}`);
}

/** The page's CDP session, created on first use (Chromium only). */
export function cdp(page) {
  if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
  return sessions.get(page);
}

/** A touch screen for the page: without it headless Chromium skips gesture detection. */
export async function enableTouchEmulation(page) {
  await (
    await cdp(page)
  ).send('Emulation.setTouchEmulationEnabled', {
    enabled: true,
    maxTouchPoints: 5,
  });
}
