import { NavLink, Stack } from '@mantine/core';
import {
  IconFileExport,
  IconLayoutDashboard,
  IconServer2,
  IconShieldLock,
  IconTopologyStar3,
  IconUserSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { paths } from '@/paths';

const items = [
  { to: '/', key: 'nav.overview', icon: IconLayoutDashboard, exact: true },
  { to: paths.clusters(), key: 'nav.clusters', icon: IconServer2, exact: false },
  { to: paths.fleets(), key: 'nav.fleets', icon: IconTopologyStar3, exact: false },
  { to: paths.policies(), key: 'nav.permissions', icon: IconShieldLock, exact: false },
  { to: paths.access(), key: 'nav.access', icon: IconUserSearch, exact: false },
  // Export and import are tabs of one area: the item stays lit on both.
  {
    to: paths.terraformExport(),
    key: 'nav.configuration',
    icon: IconFileExport,
    exact: false,
    area: '/settings',
  },
] as const;

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();

  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap={4}>
        {items.map((item) => {
          const { to, key, icon: Icon, exact } = item;
          const prefix = 'area' in item ? item.area : to;
          const active = exact
            ? pathname === to
            : pathname === prefix || pathname.startsWith(`${prefix}/`);
          return (
            <NavLink
              key={to}
              component={RouterNavLink}
              to={to}
              end={exact}
              label={t(key)}
              leftSection={<Icon size={18} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
