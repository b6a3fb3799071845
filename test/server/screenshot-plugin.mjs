// Test-runner commands for the focus-visible tests (test/focus-visible.test.ts), over Chromium's
// DevTools protocol through puppeteer:
// - `news-screenshot` {x, y, width, height}: a PNG (base64) of that clip of the viewport
//   (`Page.captureScreenshot`), so a test can compare a control's focused and unfocused pixels;
// - `news-forced-colors` {active}: emulates `forced-colors: active` (`Emulation.setEmulatedMedia`,
//   with `prefers-reduced-motion: reduce`; puppeteer's own call takes no forced-colors).
// Both answer `{supported: false}` where the browser cannot (Firefox over WebDriver BiDi).
const sessions = new WeakMap();

export function screenshotPlugin() {
  return {
    name: 'news-screenshot',
    async executeCommand({command, payload, session}) {
      if (command !== 'news-screenshot' && command !== 'news-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return {supported: false};
      try {
        if (command === 'news-forced-colors') {
          // The session stays open: emulation ends with the session that set it.
          if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
          await sessions.get(page).send('Emulation.setEmulatedMedia', {
            features: [
              {name: 'forced-colors', value: payload?.active ? 'active' : 'none'},
              {name: 'prefers-reduced-motion', value: 'reduce'},
            ],
          });
          return {supported: true};
        }
        const data = await page.screenshot({
          clip: payload,
          encoding: 'base64',
          captureBeyondViewport: false,
        });
        return {supported: true, data};
      } catch (e) {
        return {supported: false, reason: e instanceof Error ? e.message : String(e)};
      }
    },
  };
}
