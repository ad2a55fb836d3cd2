import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadBasemap } from './map/Basemap';
import './styles.css';
import './print.css';

// The basemap does not depend on the release: start loading it now, alongside the data.
void loadBasemap().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
