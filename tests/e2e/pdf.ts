import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** Prints the page to PDF as the browser's print does (print media, landscape, A4) and reads it back with pdftotext/pdfinfo. */
export async function printPdf(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', landscape: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { text, pages };
}

/** Each needle in the PDF's text, white space aside (table cells wrap over lines). */
export function expectTextIn(text: string, needles: readonly string[]) {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  for (const needle of needles) expect(squeeze(text), `PDF text should contain "${needle}"`).toContain(squeeze(needle));
}
