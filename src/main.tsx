import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Base styles first: each feature's own style sheet comes with its code and may refine them.
import './app/styles.css';
import { App, type FirstLoad } from './app/App';
import { linkTargets } from './app/useProducts';
import { loadProduct } from './shared/dataset/load';
import { DEFAULT_PRODUCT } from './shared/domain/products';
import type { DatasetResult } from './shared/domain/validate';
import { initI18n } from './shared/i18n';
import { ErrorBoundary } from './shared/ui/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The dataset of the product the link shows (Lync Server 2013's is preloaded by index.html) and the
// language load in parallel; other products' datasets are fetched when chosen.
const product = linkTargets(window.location.search).product ?? DEFAULT_PRODUCT;
const dataset = loadProduct(product);
let result: DatasetResult | undefined;
void dataset.then((r) => {
  result = r;
});
const start = async () => {
  // Wait briefly for the dataset so the first render is the table; on a slow line show "loading" instead.
  await Promise.race([dataset, new Promise((resolve) => setTimeout(resolve, 250))]);
  const first: FirstLoad = result ? { product, result } : { product, pending: dataset };
  // A boundary around the whole app too: no failure leaves a blank page.
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary area="Lync port matrix" whole>
        <App first={first} />
      </ErrorBoundary>
    </StrictMode>,
  );
};
// Even if the language chunk fails to load, the app renders (in English keys rather than not at all).
void initI18n().then(start, start);
