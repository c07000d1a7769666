import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';

const SEED = fileURLToPath(new URL('../fixtures/datasets/seed.json', import.meta.url));

/** Serves the seed document's 10 rules instead of the built-in dataset (as an operator could). */
export async function serveSeedDataset(target: Page | BrowserContext) {
  await target.route('**/data/rules.json', (route) => route.fulfill({ path: SEED, contentType: 'application/json' }));
}

/** Fails a test on any request to a host other than the app's own origin, and on page errors. */
export const test = base.extend<{ dataset: 'seed' | 'full'; guard: undefined }>({
  dataset: ['seed', { option: true }],
  guard: [
    async ({ page, baseURL, dataset }, use) => {
      if (dataset === 'seed') await serveSeedDataset(page);
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

export { useToolPages } from './toolPages';
export { expect };

export const ruleRows = (page: Page) => page.locator('table.rules tbody tr');

/** The text of one column for every visible row, in order. */
export async function columnTexts(page: Page, column: string): Promise<string[]> {
  return page.locator(`table.rules tbody td.col-${column}`).allInnerTexts();
}

/** A facet's group of checkboxes, opened first if it is collapsed (groups without an active filter start closed). */
export async function openFacet(page: Page, legend: string) {
  const group = page.getByRole('group', { name: legend });
  const toggle = group.locator('button.facet-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  return group;
}
