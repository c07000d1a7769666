import { test as base, expect, type Page } from '@playwright/test';

/** Fails a test on any request to a host other than the app's own origin, and on page errors. */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ruleRows = (page: Page) => page.locator('table.rules tbody tr');

/** The text of one column for every visible row, in order. */
export async function columnTexts(page: Page, column: string): Promise<string[]> {
  return page.locator(`table.rules tbody td.col-${column}`).allInnerTexts();
}
