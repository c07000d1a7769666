import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first: each feature's own style sheet comes with its code and may refine them.
import './app/styles.css';
import { App, type FirstLoad } from './app/App';
import { loadDataset } from './shared/dataset/load';
import type { DatasetResult } from './shared/domain/validate';
import { initI18n } from './shared/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The dataset (preloaded by index.html) and the language load in parallel.
const dataset = loadDataset();
let result: DatasetResult | undefined;
void dataset.then((r) => {
  result = r;
});
void initI18n().then(async () => {
  // Wait briefly for the dataset so the first render is the table; on a slow line show "loading" instead.
  await Promise.race([dataset, new Promise((resolve) => setTimeout(resolve, 250))]);
  const first: FirstLoad = result ? { result } : { pending: dataset };
  createRoot(root).render(
    <StrictMode>
      <App first={first} />
    </StrictMode>,
  );
});
