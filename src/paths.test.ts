import { matchPath, matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appRoutes } from '@/app/router';
import { createQueryClient } from '@/app/queryClient';
import { accessViews, clusterTabs, fleetTabs, paths, tabPatterns } from './paths';

const routes = appRoutes(createQueryClient());

/** The pattern of the deepest route a path opens; the catch-all means "no page". */
function routeOf(path: string): string {
  const matches = matchRoutes(routes, path) ?? [];
  return matches.map((match) => match.route.path ?? (match.route.index ? '(index)' : '')).join('|');
}

describe('paths', () => {
  const built = [
    paths.overview(),
    paths.signIn('/fleets'),
    paths.clusters({ q: 'eks' }),
    paths.registerCluster(),
    paths.cluster({ clusterId: 'c-1' }),
    ...clusterTabs.map((tab) => paths.cluster({ clusterId: 'c-1' }, tab)),
    paths.fleets(),
    paths.fleet({ fleetId: 'f-1' }),
    ...fleetTabs.map((tab) => paths.fleet({ fleetId: 'f-1' }, tab)),
    paths.federationWizard({ fleetId: 'f-1' }, 'enable'),
    paths.federationWizard({ fleetId: 'f-1' }, 'connect'),
    paths.policies(),
    paths.newPolicy(),
    paths.policy({ ruleId: 'r-1' }),
    paths.access(),
    ...accessViews.map((view) => paths.access(view)),
    paths.access('users', { user: 'u-1', q: 'prod' }),
    paths.terraformExport(),
    paths.terraformExport({ clusters: ['c-1', 'c-2'], policies: [] }),
    paths.bundleImport(),
  ];

  it.each(built)('%s opens a page, not the Not Found page', (path) => {
    expect(routeOf(path.split('?')[0] ?? path)).not.toMatch(/\*$/);
  });

  it('opens each tab of a cluster and of a fleet as its own child route', () => {
    expect(routeOf(paths.cluster({ clusterId: 'c-1' }, 'status'))).toMatch(
      /clusters\/:clusterId\|status$/,
    );
    expect(routeOf(paths.fleet({ fleetId: 'f-1' }))).toMatch(/fleets\/:fleetId\|\(index\)$/);
    expect(routeOf('/fleets/f-1/bogus')).toMatch(/\*$/);
  });

  it('tells a page which tab its URL opens', () => {
    const clusterTab = paths.cluster({ clusterId: 'c-1' }, 'status');
    expect(matchPath(tabPatterns.cluster, clusterTab)?.params.tab).toBe('status');
    expect(
      matchPath(tabPatterns.fleet, paths.fleet({ fleetId: 'f-1' }, 'federation'))?.params.tab,
    ).toBe('federation');
    expect(matchPath(tabPatterns.fleet, paths.fleet({ fleetId: 'f-1' }))).toBeNull();
  });

  it('escapes ids and keeps search parameters', () => {
    expect(paths.cluster({ clusterId: 'a/b' })).toBe('/clusters/a%2Fb');
    expect(paths.clusters({ q: 'a b', fleet: 'none' })).toBe('/clusters?q=a+b&fleet=none');
    expect(paths.signIn('/clusters?q=x')).toBe('/sign-in?returnTo=%2Fclusters%3Fq%3Dx');
  });
});
