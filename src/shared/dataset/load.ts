import { LIMITS, tooLargeProblem } from '../domain/limits';
import { parseDataset } from '../domain/parseDataset';
import { DEFAULT_PRODUCT, type ProductId, productFile } from '../domain/products';
import type { DatasetResult } from '../domain/validate';

/** Where a built-in product's dataset is served (data/rules.json for Lync Server 2013). */
export const productUrl = (id: ProductId) => `${import.meta.env.BASE_URL}${productFile(id)}`;

/** The offline single-file build embeds each product's dataset in the page (dist/lync-port-matrix.html). */
const embeddedId = (id: ProductId) => (id === DEFAULT_PRODUCT ? 'embedded-dataset' : `embedded-dataset-${id}`);

/** Fetches (or reads from the page) and validates a product's dataset; every failure becomes a listed problem, never a throw. */
export async function loadProduct(id: ProductId, fresh = false): Promise<DatasetResult> {
  const embedded = document.getElementById(embeddedId(id));
  if (embedded?.textContent) {
    const { readEmbedded } = await import('./embedded');
    try {
      return parseDataset(await readEmbedded(embedded.textContent));
    } catch (error) {
      return { ok: false, problems: [{ path: '(root)', code: 'json', received: error instanceof Error ? error.message : String(error) }] };
    }
  }
  let response: Response;
  try {
    // The first load takes the response index.html preloads; a retry revalidates with the server.
    response = await fetch(productUrl(id), fresh ? { cache: 'no-cache' } : {});
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'fetch', received: error instanceof Error ? error.message : String(error) }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ path: '(root)', code: 'fetch', received: `HTTP ${response.status}` }] };
  }
  // A response that says it is too large is not read at all.
  const length = Number(response.headers.get('content-length'));
  if (length > LIMITS.datasetBytes) {
    return { ok: false, problems: [tooLargeProblem(length)] };
  }
  return parseDataset(await response.text());
}
