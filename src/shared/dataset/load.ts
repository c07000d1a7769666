import { LIMITS, tooLargeProblem } from '../domain/limits';
import { type DatasetResult, parseDatasetText } from '../domain/validate';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/rules.json`;

/** Fetches and validates the dataset; every failure becomes a listed problem, never a throw. */
export async function loadDataset(url: string = DATASET_URL, fresh = false): Promise<DatasetResult> {
  // The offline single-file build carries its dataset in the page (dist/lync-port-matrix.html).
  const embedded = document.getElementById('embedded-dataset');
  if (embedded?.textContent) return parseDatasetText(embedded.textContent);
  let response: Response;
  try {
    // The first load takes the response index.html preloads; a retry revalidates with the server.
    response = await fetch(url, fresh ? { cache: 'no-cache' } : {});
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
  return parseDatasetText(await response.text());
}
