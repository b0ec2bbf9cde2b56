import { render } from '@testing-library/react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@/app/AppProviders';
import { createQueryClient } from '@/app/queryClient';
import { appRoutes } from '@/app/router';
import { jsdomTheme } from './jsdomTheme';

/** Renders the whole app at a path, on the mock backend, as a user would meet it. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  // A browser router on jsdom's history, as in the app: list state in the URL (nuqs) reads and
  // writes window.location, which a memory router would not follow.
  window.history.replaceState(null, '', path);
  const router = createBrowserRouter(appRoutes(queryClient));
  const view = render(
    <AppProviders queryClient={queryClient} router={router} themeOverride={jsdomTheme}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
