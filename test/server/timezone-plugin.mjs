// A test-runner command that sets the reader's time zone of the test page, as Chromium's
// DevTools protocol emulates it (`Emulation.setTimezoneOverride`, through puppeteer's
// `page.emulateTimezone`): tests of zone-less times run with the reader in several zones.
// In the browser: `executeServerCommand('set-timezone', {timeZone: 'America/New_York'})`;
// `{timeZone: null}` restores the machine's zone. Chromium only (Firefox reports unsupported).
export function timezonePlugin() {
  return {
    name: 'news-timezone',
    async executeCommand({command, payload, session}) {
      if (command !== 'set-timezone') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.emulateTimezone) return {supported: false};
      await page.emulateTimezone(payload?.timeZone ?? undefined);
      return {supported: true};
    },
  };
}
