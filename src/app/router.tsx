import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './RouteError';
import { NotFoundPage } from '../components/NotFoundPage';
import { AppLoading } from './AppLoading';

/** Where the 401 handler sends the operator, remembering where to come back to. */
export function signInPathFor(returnTo: string): string {
  return `/sign-in?${new URLSearchParams({ returnTo })}`;
}

// Each area is its own chunk, loaded when first visited. The path tells which feature folder
// holds a screen: /clusters → src/features/clusters, and so on.
export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    HydrateFallback: AppLoading,
    lazy: async () => ({ Component: (await import('../features/sign-in/SignInPage')).SignInPage }),
    errorElement: <RouteError />,
  },
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first page's code loads.
    HydrateFallback: AppLoading,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            lazy: async () => ({
              Component: (await import('../features/overview/OverviewPage')).OverviewPage,
            }),
          },
          {
            path: 'clusters',
            lazy: async () => ({
              Component: (await import('../features/clusters/ClustersPage')).ClustersPage,
            }),
          },
          {
            path: 'clusters/register',
            lazy: async () => ({
              Component: (await import('../features/clusters/register/RegisterClusterPage'))
                .RegisterClusterPage,
            }),
          },
          {
            path: 'clusters/:clusterId',
            lazy: async () => ({
              Component: (await import('../features/clusters/ClusterPage')).ClusterPage,
            }),
          },
          {
            path: 'fleets',
            lazy: async () => ({
              Component: (await import('../features/fleets/FleetsPage')).FleetsPage,
            }),
          },
          {
            // The federation wizard (enable, follow, connect) is a page of its own.
            path: 'fleets/:fleetId/federation/:step',
            lazy: async () => ({
              Component: (await import('../features/fleets/federation-wizard/EnableFederationPage'))
                .EnableFederationPage,
            }),
          },
          {
            path: 'fleets/:fleetId/*',
            lazy: async () => ({
              Component: (await import('../features/fleets/FleetPage')).FleetPage,
            }),
          },
          {
            path: 'permissions',
            lazy: async () => ({
              Component: (await import('../features/permissions/PermissionsPage')).PermissionsPage,
            }),
          },
          {
            path: 'permissions/new',
            lazy: async () => ({
              Component: (await import('../features/permissions/NewPolicyPage')).NewPolicyPage,
            }),
          },
          {
            path: 'permissions/:ruleId',
            lazy: async () => ({
              Component: (await import('../features/permissions/PolicyPage')).PolicyPage,
            }),
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
