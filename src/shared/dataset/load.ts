import { type DatasetResult, parseDatasetText } from '../domain/validate';

export const DATASET_URL = `${import.meta.env.BASE_URL}data/rules.json`;

/** Fetches and validates the dataset; every failure becomes a listed problem, never a throw. */
export async function loadDataset(url: string = DATASET_URL): Promise<DatasetResult> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'fetch', received: error instanceof Error ? error.message : String(error) }] };
  }
  if (!response.ok) {
    return { ok: false, problems: [{ path: '(root)', code: 'fetch', received: `HTTP ${response.status}` }] };
  }
  return parseDatasetText(await response.text());
}
