import type { QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './AppProviders';
import type { createAppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  /** Created before the first render (src/main.tsx), so the first route loads meanwhile. */
  router: ReturnType<typeof createAppRouter>;
}

export function App({ queryClient, router }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} router={router}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
