/**
 * A dataset file's text parsed and validated as the app loads every dataset (built-in, another
 * product's, or the user's own): the schema and references (validate.ts) and, for a dataset with a
 * product history, the history's references (history.ts), whose code is loaded only then, so the
 * first load (Lync Server 2013, no history) does not carry it.
 */
import { type DatasetResult, readDatasetJson, validateDataset } from './validate';

export async function parseDataset(text: string): Promise<DatasetResult> {
  const json = readDatasetJson(text);
  if (!json.ok) return json;
  const { value } = json;
  const hasHistory = value !== null && typeof value === 'object' && Object.hasOwn(value, 'history');
  return validateDataset(value, hasHistory ? [(await import('./history')).checkHistory] : []);
}
