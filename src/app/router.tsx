import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { apiQuery } from '@/api/query';
import { session } from '@/api/session';
import { loadFeatureStrings, type Feature } from '@/i18n';
import './featureStrings';
import { accessViews, clusterTabs, fleetTabs, paths } from '@/paths';
import { AppLayout } from './layout/AppLayout';
import { LazyRouteError } from './LazyRouteError';
import { AppLoading } from './AppLoading';

/** Where the 401 handler sends the operator, remembering where to come back to. */
export function signInPathFor(returnTo: string): string {
  return paths.signIn(returnTo);
}

type Queries = ReturnType<typeof apiQuery>[];
type Prefetch = (args: LoaderFunctionArgs) => Queries | Promise<Queries>;

/**
 * A loader that starts a page's first requests while its chunk is still loading, instead of
 * after it rendered. It does not wait for them: the page shows its own loading state, and a
 * failure is the page's to explain. Signed out, nothing is sent (the layout sends to sign-in).
 */
function prefetching(queryClient: QueryClient, queries: Prefetch) {
  return async (args: LoaderFunctionArgs) => {
    if (session.getToken()) {
      for (const query of await queries(args)) void queryClient.prefetchQuery(query);
    }
    return null;
  };
}

/**
 * Loaders run again only for another object (other route params): a list's own filters (search,
 * page) and a detail page's tabs change what the page shows itself, and prefetching again on
 * every keystroke or tab would refetch stale lists.
 */
const onPathChange: RouteObject['shouldRevalidate'] = ({ currentParams, nextParams }) =>
  JSON.stringify(currentParams) !== JSON.stringify(nextParams);

/**
 * The child routes of a page whose tabs are routes: the index shows the default tab, each tab
 * has its own path. The page's module is already loaded when a tab renders.
 */
function tabRoutes<Tab extends string>(
  tabs: readonly Tab[],
  panel: () => Promise<ComponentType<{ tab?: Tab }>>,
): RouteObject[] {
  return [
    { index: true, lazy: async () => ({ Component: await panel() }) },
    ...tabs.map((tab) => ({
      path: tab,
      lazy: async () => {
        const Panel = await panel();
        return { Component: () => <Panel tab={tab} /> };
      },
    })),
  ];
}

/**
 * A page's module, once what every page needs has loaded too: the Mantine styles that only
 * pages use and the strings of the page's feature. The three requests start together, a turn
 * after the route's loader started its own: the router calls `lazy` first, and the page's
 * dozen chunks would otherwise queue ahead of the small one the first API request waits for.
 */
async function withPage<Module>(module: () => Promise<Module>, feature: Feature): Promise<Module> {
  await Promise.resolve();
  const [loaded] = await Promise.all([
    module(),
    import('./styles/pages'),
    loadFeatureStrings(feature),
  ]);
  return loaded;
}

/** The URL's search parameters, for the list pages whose state lives there. */
const searchOf = ({ request }: LoaderFunctionArgs) => new URL(request.url).searchParams;

// Each area is its own chunk, loaded when first visited. The path tells which feature folder
// holds a screen: /clusters → src/features/clusters, and so on.
export const appRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/sign-in',
    HydrateFallback: AppLoading,
    lazy: async () => ({
      Component: (await withPage(() => import('@/features/sign-in/SignInPage'), 'signIn'))
        .SignInPage,
    }),
    errorElement: <LazyRouteError />,
  },
  {
    element: <AppLayout />,
    errorElement: <LazyRouteError />,
    children: [
      {
        errorElement: <LazyRouteError />,
        // Shown inside the shell while the first page's code loads: the router renders the
        // routes above the nearest fallback (the layout) at once, and this in its outlet.
        HydrateFallback: AppLoading,
        children: [
          {
            index: true,
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, () => [
              apiQuery('listClusters'),
              apiQuery('listClusterGroups'),
              apiQuery('listRules'),
              apiQuery('listRegisteredClusterVersions'),
            ]),
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/overview/OverviewPage'), 'overview')
              ).OverviewPage,
            }),
          },
          {
            path: 'clusters',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, async (args) => {
              // The list state's parsers come with nuqs: a small chunk the page needs too,
              // rather than part of the first download.
              const { inventoryQuery, parseListState } =
                await import('@/features/clusters/inventory/listState');
              return [
                apiQuery('listClusters', inventoryQuery(parseListState(searchOf(args)))),
                apiQuery('listClusterGroups'),
                apiQuery('listRegisteredClusterVersions'),
              ];
            }),
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/clusters/ClustersPage'), 'clusters')
              ).ClustersPage,
            }),
          },
          {
            path: 'clusters/register',
            lazy: async () => ({
              Component: (
                await withPage(
                  () => import('@/features/clusters/register/RegisterClusterPage'),
                  'clusters',
                )
              ).RegisterClusterPage,
            }),
          },
          {
            path: 'clusters/:clusterId',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, ({ params }) => [
              apiQuery('showCluster', { clusterid: params.clusterId ?? '' }),
            ]),
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/clusters/ClusterPage'), 'clusters')
              ).ClusterPage,
            }),
            children: tabRoutes(
              clusterTabs,
              async () =>
                (await withPage(() => import('@/features/clusters/ClusterPage'), 'clusters'))
                  .ClusterTabPanel,
            ),
          },
          {
            path: 'fleets',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, async (args) => {
              const { fleetListQuery, parseFleetListState } =
                await import('@/features/fleets/fleetListState');
              return [
                apiQuery('listClusterGroups', fleetListQuery(parseFleetListState(searchOf(args)))),
              ];
            }),
            lazy: async () => ({
              Component: (await withPage(() => import('@/features/fleets/FleetsPage'), 'fleets'))
                .FleetsPage,
            }),
          },
          {
            // The federation wizard (enable, follow, connect) is a page of its own.
            path: 'fleets/:fleetId/federation/:step',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, ({ params }) => [
              apiQuery('showClusterGroup', { clustergroupid: params.fleetId ?? '' }),
            ]),
            lazy: async () => ({
              Component: (
                await withPage(
                  () => import('@/features/fleets/federation-wizard/EnableFederationPage'),
                  'fleets',
                )
              ).EnableFederationPage,
            }),
          },
          {
            path: 'fleets/:fleetId',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, ({ params }) => [
              apiQuery('showClusterGroup', { clustergroupid: params.fleetId ?? '' }),
            ]),
            lazy: async () => ({
              Component: (await withPage(() => import('@/features/fleets/FleetPage'), 'fleets'))
                .FleetPage,
            }),
            children: tabRoutes(
              fleetTabs,
              async () =>
                (await withPage(() => import('@/features/fleets/FleetPage'), 'fleets'))
                  .FleetTabPanel,
            ),
          },
          {
            path: 'permissions',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, () => [apiQuery('listRules')]),
            lazy: async () => ({
              Component: (
                await withPage(
                  () => import('@/features/permissions/PermissionsPage'),
                  'permissions',
                )
              ).PermissionsPage,
            }),
          },
          {
            path: 'permissions/new',
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/permissions/NewPolicyPage'), 'permissions')
              ).NewPolicyPage,
            }),
          },
          {
            path: 'permissions/:ruleId',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, () => [apiQuery('listRules')]),
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/permissions/PolicyPage'), 'permissions')
              ).PolicyPage,
            }),
          },
          {
            // The access explorer: each way in is a child route, its state in the URL.
            path: 'access',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, () => [
              apiQuery('listRules'),
              apiQuery('listClusters', { enablestatus: false }),
              apiQuery('listClusterGroups'),
            ]),
            lazy: async () => ({
              Component: (await withPage(() => import('@/features/access/AccessPage'), 'access'))
                .AccessPage,
            }),
            children: [
              {
                index: true,
                lazy: async () => ({
                  Component: (
                    await withPage(() => import('@/features/access/AccessPage'), 'access')
                  ).AccessIndex,
                }),
              },
              ...accessViews.map((view) => ({
                path: view,
                lazy: async () => {
                  const { AccessView } = await withPage(
                    () => import('@/features/access/AccessPage'),
                    'access',
                  );
                  return { Component: () => <AccessView view={view} /> };
                },
              })),
            ],
          },
          {
            path: 'settings/export',
            shouldRevalidate: onPathChange,
            loader: prefetching(queryClient, () => [
              apiQuery('listRules'),
              apiQuery('listClusterGroups'),
              apiQuery('listClusters', { enablestatus: false }),
            ]),
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/settings/ExportPage'), 'configuration')
              ).ExportPage,
            }),
          },
          {
            path: 'settings/import',
            lazy: async () => ({
              Component: (
                await withPage(() => import('@/features/settings/ImportPage'), 'configuration')
              ).ImportPage,
            }),
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('@/components/NotFoundPage')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
];

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(appRoutes(queryClient));
}
