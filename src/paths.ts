/**
 * Every URL of the console, built in one place: links, redirects and tests use these, never a
 * hand-written '/clusters/…' string. The router's route table (src/app/router.tsx) is the other
 * half; `paths.test.ts` checks that each path built here matches a route.
 */

/** The tabs of a cluster page, each a child route: `/clusters/:clusterId/status`. */
export const clusterTabs = [
  'overview',
  'status',
  'membership',
  'access',
  'who-has-access',
] as const;
export type ClusterTab = (typeof clusterTabs)[number];

/** The tabs of a fleet page, each a child route: `/fleets/:fleetId/permissions`. */
export const fleetTabs = ['clusters', 'permissions', 'federation', 'who-has-access'] as const;
export type FleetTab = (typeof fleetTabs)[number];

/** The views of the access explorer, each a child route: `/access/targets`. */
export const accessViews = ['users', 'targets', 'check'] as const;
export type AccessView = (typeof accessViews)[number];

/** The steps of the federation wizard: `/fleets/:fleetId/federation/connect`. */
export type FederationWizardStep = 'enable' | 'connect';

const segment = (id: string) => encodeURIComponent(id);
const withSearch = (path: string, search?: Record<string, string>) =>
  search && Object.keys(search).length > 0 ? `${path}?${new URLSearchParams(search)}` : path;

/** What the Terraform export starts with: the ids of each kind given; a kind left out is all. */
export interface ExportSelection {
  policies?: readonly string[];
  fleets?: readonly string[];
  clusters?: readonly string[];
}
/** Id lists as nuqs' `parseAsArrayOf` reads them: comma-separated, a comma in an id escaped. */
const idLists = (selection: ExportSelection = {}) =>
  Object.fromEntries(
    Object.entries(selection)
      .filter((entry): entry is [string, readonly string[]] => entry[1] !== undefined)
      .map(([kind, ids]) => [kind, ids.map((id) => id.replaceAll(',', '%2C')).join(',')]),
  );

export const paths = {
  overview: () => '/',
  signIn: (returnTo?: string) => withSearch('/sign-in', returnTo ? { returnTo } : undefined),

  clusters: (search?: Record<string, string>) => withSearch('/clusters', search),
  registerCluster: () => '/clusters/register',
  cluster: ({ clusterId }: { clusterId: string }, tab?: ClusterTab) =>
    `/clusters/${segment(clusterId)}${tab ? `/${tab}` : ''}`,

  fleets: (search?: Record<string, string>) => withSearch('/fleets', search),
  fleet: ({ fleetId }: { fleetId: string }, tab?: FleetTab) =>
    `/fleets/${segment(fleetId)}${tab ? `/${tab}` : ''}`,
  federationWizard: ({ fleetId }: { fleetId: string }, step: FederationWizardStep) =>
    `/fleets/${segment(fleetId)}/federation/${step}`,

  policies: () => '/permissions',
  newPolicy: () => '/permissions/new',
  policy: ({ ruleId }: { ruleId: string }) => `/permissions/${segment(ruleId)}`,

  access: (view?: AccessView, search?: Record<string, string>) =>
    withSearch(`/access${view ? `/${view}` : ''}`, search),

  terraformExport: (selection?: ExportSelection) =>
    withSearch('/settings/export', idLists(selection)),
  bundleImport: () => '/settings/import',
};

/** Route patterns a page matches against to know which of its tabs is open. */
export const tabPatterns = {
  cluster: '/clusters/:clusterId/:tab',
  fleet: '/fleets/:fleetId/:tab',
} as const;
