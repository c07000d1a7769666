/**
 * The words as a reader sees them: zh-TW punctuation in every view, column headers on one line,
 * placeholders that fit their boxes.
 */
import type { Page } from '@playwright/test';
import { expect, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });

/** An ASCII comma or colon (with or without a space) between two CJK characters, in the page's visible text. */
const asciiBetweenCjk = (page: Page) =>
  page.evaluate(() => {
    const cjk = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
    const text = document.body.innerText;
    return [...text.matchAll(new RegExp(`.{0,12}${cjk}[,:] ?${cjk}.{0,12}`, 'g'))].map((m) => m[0]);
  });

test.describe('zh-TW punctuation in every view', () => {
  const views = [
    ['the table', './?lang=zh-TW'],
    ['the table, comfortable', './?lang=zh-TW&density=comfortable&topology=single-nat'],
    ['a rule’s details', './?lang=zh-TW&rule=xmpp-gateway-23456-out'],
    ['the empty state', './?lang=zh-TW&transport=tcp&port=3478&legacy=hide'],
    ['a notice', './?lang=zh-TW&colour=red&scenario=nope'],
    ['a diagram', './?lang=zh-TW&view=diagram&interface=edge-internal'],
    ['the overview', './?lang=zh-TW&view=diagram'],
    ['the request sheet', './?lang=zh-TW&view=sheet&topology=single-public'],
    ['about', './?lang=zh-TW&view=about'],
  ] as const;
  for (const [name, url] of views) {
    test(`no ASCII ", " or ": " between Chinese characters: ${name}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('main').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      if (name === 'a diagram') await expect(page.locator('svg.diagram').first()).toBeVisible();
      if (name === 'the request sheet') await expect(page.locator('.sheet-table tbody tr').first()).toBeVisible();
      if (name === 'a rule’s details') await expect(page.locator('.rule-details')).toBeVisible();
      expect(await asciiBetweenCjk(page)).toEqual([]);
    });
  }
});

test.describe('column headers and placeholders', () => {
  for (const lang of ['en', 'zh-TW'] as const) {
    for (const density of ['compact', 'comfortable'] as const) {
      test(`no column header wraps at 1280 px (${lang}, ${density})`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`./?lang=${lang}&density=${density}`);
        await expect(ruleRows(page).first()).toBeVisible();
        // Each header's label is one line: its height is no more than one line of its own font.
        const wrapped = await page.locator('table.rules thead th').evaluateAll((cells) =>
          cells
            .filter((cell) => {
              const label = (cell.querySelector('.sort-button, input') ?? cell) as HTMLElement;
              const style = getComputedStyle(label);
              const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
              return label.getBoundingClientRect().height > line * 1.5;
            })
            .map((cell) => cell.textContent),
        );
        expect(wrapped).toEqual([]);
      });
    }

    test(`no placeholder is wider than its box (${lang})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}`);
      await expect(ruleRows(page).first()).toBeVisible();
      const overflowing = await page.locator('input[placeholder]').evaluateAll((inputs) => {
        const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        return (inputs as HTMLInputElement[])
          .filter((input) => {
            const style = getComputedStyle(input);
            canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
            return input.offsetParent !== null && canvas.measureText(input.placeholder).width > room;
          })
          .map((input) => input.placeholder);
      });
      expect(overflowing).toEqual([]);
    });
  }
});
