// The palette and the global sheet come first, so each feature's own styles
// (imported by its components) follow them in the built stylesheet.
import 'virtual:palette.css';
import './app/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type LoadedCatalogue, ROUTER_BASE } from './app/app.tsx';
import { datasetQuery } from './data/loading/use-dataset.ts';
import { fetchCatalogue } from './i18n/catalogue.ts';
import { splitLocale } from './i18n/locales.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// The dataset's download and preparation start now, alongside the words'.
const client = new QueryClient();
void client.prefetchQuery(datasetQuery());

// The static loading page stays on screen until the words for it are in, so
// React never replaces it with an empty page.
const path = window.location.pathname;
const { locale } = splitLocale(
  path.startsWith(ROUTER_BASE) ? path.slice(ROUTER_BASE.length) : path,
);
fetchCatalogue(locale)
  .then(
    (messages): LoadedCatalogue => ({ locale, messages }),
    () => undefined,
  )
  .then((initial) => {
    const reactRoot = createRoot(root);
    // A transition, so React renders the first page in slices that yield to the
    // browser: the dataset is often in by now, and the whole explorer would
    // otherwise be one long task (it is not deferred on a first render).
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App initial={initial} client={client} />
        </StrictMode>,
      ),
    );
  });
