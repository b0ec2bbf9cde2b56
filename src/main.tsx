import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appMode } from './api/mode';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import { startI18n } from './i18n';

async function boot() {
  const strings = startI18n();
  // Static condition: in the live build this branch and the mocks it imports are dropped.
  if (appMode === 'demo') {
    const { startDemo } = await import('./app/demo');
    await startDemo();
  } else {
    // A demo once opened on this origin must not keep answering for UCS.
    void import('./app/staleMockWorker').then(({ unregisterStaleMockWorker }) =>
      unregisterStaleMockWorker(),
    );
  }
  // The router starts the first route's chunks and requests as it is created: they load while
  // the shell's strings arrive, not after the first render.
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  await strings;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}

void boot();
