import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles.css';
import { startDatasetLoad } from './shared/dataset/load';
import { initI18n } from './shared/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

performance.mark('app:start');
startDatasetLoad();
void initI18n().then(() => {
  performance.mark('app:i18n-ready');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
