import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Documentation addresses (RFC 5737, RFC 3849) for the XMPP federation rules of single-public. */
export const XMPP_ADDRESSES = {
  'access-edge-external': '198.51.100.10, 2001:db8:100::10',
  'edge-internal': '192.0.2.10',
  'internal-any': '192.0.2.128/25',
} as const;

/** Enters addresses on the request sheet as a user does (they are saved in this browser), the sheet being open. */
export async function enterAddresses(page: Page, addresses: Readonly<Record<string, string>> = XMPP_ADDRESSES) {
  for (const [endpoint, value] of Object.entries(addresses)) {
    const field = page.locator(`input[data-endpoint="${endpoint}"]`);
    await field.fill(value);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }
  // Shown next to the endpoint name on the sheet once validated and kept.
  await expect(page.locator('.sheet-table')).toContainText(Object.values(addresses)[0]?.split(',')[0] ?? '');
}
