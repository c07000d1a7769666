/** `product=`, `from=` and `to=` in links (urlState.ts reads every parameter; see products.ts). */
import type { LinkState } from './linkState';
import { DEFAULT_PRODUCT, isProductId } from './products';

/** The product parameters of links. */
export const PRODUCT_PARAMS = ['product', 'from', 'to'] as const;

/** Reads one of the product parameters into the state; false if the value is not a built-in product. */
export function readProductParam(state: LinkState, key: 'product' | 'from' | 'to', value: string): boolean {
  const id = value.toLowerCase();
  if (!isProductId(id)) return false;
  // product=lync-2013 is the default: the canonical link leaves it out.
  if (key !== 'product' || id !== DEFAULT_PRODUCT) state[key] = id;
  return true;
}
