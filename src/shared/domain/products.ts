/**
 * The built-in products (`product=` in links), one dataset file each, fetched only when shown or
 * compared. A link without `product=` is a Lync Server 2013 link, so every earlier link keeps its
 * meaning, and data/rules.json stays the Lync Server 2013 file (an operator's replacement and the
 * preload in index.html keep working).
 */
import { type Dataset, type Language, PRODUCT_IDS } from './schema';
import type { Translate } from './translate';

export type ProductId = (typeof PRODUCT_IDS)[number];
export { PRODUCT_IDS };

export const DEFAULT_PRODUCT: ProductId = 'lync-2013';
const FIRST = PRODUCT_IDS[0];
const LATEST = PRODUCT_IDS[PRODUCT_IDS.length - 1] ?? FIRST;

export const isProductId = (id: string): id is ProductId => (PRODUCT_IDS as readonly string[]).includes(id);

/** The dataset file of a product, relative to the app's base URL. */
export const productFile = (id: ProductId): string => (id === DEFAULT_PRODUCT ? 'data/rules.json' : `data/${id}.json`);

/** `lync` for Lync Server 2013 and for a dataset without a product (the names files always had), else the product id. */
const fileProduct = (productId: string | undefined): string =>
  productId === undefined || productId === DEFAULT_PRODUCT ? 'lync' : productId;

/** The start of export and configuration file names: `lync-edge-rules`, `sfb-2019-edge-rules`. */
export const exportPrefix = (productId: string | undefined): string => `${fileProduct(productId)}-edge-rules`;

/** The start of a diagram download's file name: `lync-diagram`, `sfb-2019-diagram`. */
export const diagramPrefix = (productId: string | undefined): string => `${fileProduct(productId)}-diagram`;

/** The credit line's family: Skype for Business Server documents, or Lync Server 2013 ones (also for other datasets, as before). */
export const creditKey = (productId: string | undefined): 'app.credit' | 'app.creditSfb' =>
  productId?.startsWith('sfb-') ? 'app.creditSfb' : 'app.credit';

/**
 * The product's name for titles: the dataset's own `product.name` (a user's file may name its own
 * product); a dataset without one is read as before, as Lync Server 2013; while none is loaded, the
 * built-in name (`product.name.<id>` in the translations) of the product the link shows.
 */
export function productName(dataset: Dataset | undefined, lang: Language, t: Translate, shown: ProductId = DEFAULT_PRODUCT): string {
  return dataset?.product?.name[lang] ?? t(`product.name.${dataset ? DEFAULT_PRODUCT : shown}`);
}

/**
 * The two products compared on the changes page (`from=`, `to=`): what the link names; else from the
 * product shown (or Lync Server 2013 when that is the latest) to the latest one; never one product twice
 * unless the link says so.
 */
export function comparedProducts(shown: ProductId, from?: ProductId, to?: ProductId): { from: ProductId; to: ProductId } {
  const chosenFrom = from ?? [shown, FIRST, LATEST].find((id) => id !== (to ?? LATEST)) ?? FIRST;
  const chosenTo = to ?? [LATEST, FIRST].find((id) => id !== chosenFrom) ?? LATEST;
  return { from: chosenFrom, to: chosenTo };
}
