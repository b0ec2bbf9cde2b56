import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appMode } from './api/mode';
import { App } from './app/App';
import { startI18n } from './i18n';

async function boot() {
  const strings = startI18n();
  // Static condition: in the live build this branch and the mocks it imports are dropped.
  if (appMode === 'demo') {
    const { startDemo } = await import('./app/demo');
    await startDemo();
  }
  await strings;
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
