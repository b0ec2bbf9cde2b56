import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { useEffect, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { session } from '../api/session';
import { createQueryClient } from './queryClient';
import { createAppRouter, signInPathFor } from './router';
import { theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);

  useEffect(
    () =>
      session.onUnauthorized(() => {
        const { pathname, search } = router.state.location;
        if (pathname === '/sign-in') return;
        session.clear();
        queryClient.clear();
        void router.navigate(signInPathFor(pathname + search), { replace: true });
      }),
    [router, queryClient],
  );

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
