import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { en } from '@/i18n/bundles/en';
import { LazyRouteError } from './LazyRouteError';

// The error screen's own chunk cannot be fetched (offline, or replaced by a new release).
vi.mock('./RouteError', () =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
);

describe('the route error screen, when its chunk cannot load', () => {
  it('still says the page could not load and offers a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([
      {
        path: '/',
        errorElement: <LazyRouteError />,
        Component: () => {
          throw new Error('a bug in a page');
        },
      },
    ]);
    render(<RouterProvider router={router} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(en.errors.notLoaded);
    expect(screen.getByRole('button', { name: en.errors.reload })).toBeInTheDocument();
  });
});
