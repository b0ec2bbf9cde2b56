import './styles/shell';
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MantineProvider, mergeThemeOverrides, type MantineThemeOverride } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { createBrowserRouter } from 'react-router';
import { session } from '@/api/session';
import { signInPathFor } from './router';
import { cssVariablesResolver, localizedTheme } from './theme';
import { paths } from '@/paths';

type AppRouter = ReturnType<typeof createBrowserRouter>;

// Where notifications show, loaded after the first paint: what is shown before it mounts waits
// in the notifications store and appears then.
const Notifications = lazy(async () => ({
  default: (await import('./NotificationsHost')).Notifications,
}));

/**
 * On any 401 (or a request attempted without a token) the operator goes to sign-in, and comes
 * back to the same page afterwards. Cached answers are dropped: they belong to the old session.
 */
function useRedirectToSignInOnUnauthorized(router: AppRouter, queryClient: QueryClient) {
  useEffect(
    () =>
      session.onUnauthorized(() => {
        // The address bar, not the router's location: lists change their parameters without a
        // navigation (useListState), and the operator comes back to the view they had.
        const { pathname, search } = window.location;
        // Several requests may fail at once: redirect once, and never while sign-in is already
        // on its way (a second redirect would land on a sign-in form the operator is filling).
        if (
          pathname === paths.signIn() ||
          router.state.navigation.location?.pathname === paths.signIn()
        )
          return;
        session.clear();
        queryClient.clear();
        void router.navigate(signInPathFor(pathname + search), { replace: true });
      }),
    [router, queryClient],
  );
}

interface AppProvidersProps {
  queryClient: QueryClient;
  router: AppRouter;
  /** Merged over the console's theme; the component tests adapt it to jsdom (src/test). */
  themeOverride?: MantineThemeOverride;
  children: ReactNode;
}

/** Everything a screen needs around it; shared by the app and the component tests. */
export function AppProviders({ queryClient, router, themeOverride, children }: AppProvidersProps) {
  useRedirectToSignInOnUnauthorized(router, queryClient);
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(
    () => mergeThemeOverrides(localizedTheme(closeLabel), themeOverride ?? {}),
    [closeLabel, themeOverride],
  );
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
