import type { LoaderFunction, RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { session } from '@/api/session';
import { createQueryClient } from './queryClient';
import { appRoutes } from './router';

function findRoute(routes: RouteObject[], path: string): RouteObject | undefined {
  for (const route of routes) {
    if (route.path === path) return route;
    const child = findRoute(route.children ?? [], path);
    if (child) return child;
  }
  return undefined;
}

/** Runs a route's loader as React Router does, alongside the route's lazy chunk. */
async function load(path: string, url: string, params: Record<string, string> = {}) {
  const queryClient = createQueryClient();
  const loader = findRoute(appRoutes(queryClient), path)?.loader as LoaderFunction;
  const request = new Request(`http://localhost${url}`);
  await loader({ params, request, url: new URL(request.url), pattern: path, context: undefined });
  return queryClient;
}

describe('route loaders', () => {
  it('start a detail page’s request before its code has loaded', async () => {
    const queryClient = await load('clusters/:clusterId', '/clusters/c-1', { clusterId: 'c-1' });
    expect(queryClient.getQueryState(['showCluster', { clusterid: 'c-1' }])?.fetchStatus).toBe(
      'fetching',
    );
  });

  it('start the one page of clusters the URL asks for', async () => {
    const queryClient = await load('clusters', '/clusters?page=3&size=25');
    expect(
      queryClient.getQueryState([
        'listClusters',
        { order_by: 'create_at', order: 'desc', limit: 25, offset: 50 },
      ])?.fetchStatus,
    ).toBe('fetching');
  });

  it('start every row when the URL filters in the browser (a search)', async () => {
    const queryClient = await load('clusters', '/clusters?q=eks');
    expect(
      queryClient.getQueryState(['listClusters', { order_by: 'create_at', order: 'desc' }])
        ?.fetchStatus,
    ).toBe('fetching');
  });

  it('send nothing while signed out', async () => {
    session.clear();
    const queryClient = await load('fleets', '/fleets');
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
  });
});
