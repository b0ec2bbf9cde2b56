import {
  IconFileExport,
  IconLayoutDashboard,
  IconServer2,
  IconShieldLock,
  IconTopologyStar3,
  IconUserSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '@/paths';
import classes from './AppLayout.module.css';

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
      <ul className={classes.navList}>
        {items.map((item) => {
          const { to, key, icon: Icon, exact } = item;
          const prefix = 'area' in item ? item.area : to;
          const active = exact
            ? pathname === to
            : pathname === prefix || pathname.startsWith(`${prefix}/`);
          return (
            <li key={to}>
              <Link
                to={to}
                className={classes.navLink}
                data-active={active || undefined}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
              >
                <Icon size={18} stroke={1.6} aria-hidden />
                <span>{t(key)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
