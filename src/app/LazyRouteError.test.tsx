import { describe, expect, it, vi } from 'vitest';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { en } from '@/i18n/bundles/en';
import { theme } from './theme';
import { LazyRouteError } from './LazyRouteError';

function renderFailingRoute() {
  const router = createMemoryRouter([
    {
      path: '/',
      errorElement: <LazyRouteError />,
      Component: () => {
        throw new Error('a bug in a page');
      },
    },
  ]);
  render(
    <MantineProvider theme={theme}>
      <RouterProvider router={router} />
    </MantineProvider>,
  );
}

describe('the route error screen', () => {
  it('loads when a route fails, and says what happened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderFailingRoute();
    expect(await screen.findByRole('heading', { name: en.errors.title })).toBeInTheDocument();
    expect(screen.getByText('a bug in a page')).toBeInTheDocument();
  });
});
