import { lazy, Suspense, useCallback, useState } from 'react';
import { useDisclosure } from '@mantine/hooks';
import { IconMenu2, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigation } from 'react-router';
import { AppLoading } from '../AppLoading';
import { useGlobalShortcuts } from '../KeyboardShortcuts';
import { AppNavigation } from './AppNavigation';
import { OfflineBanner } from './OfflineBanner';
import classes from './AppLayout.module.css';

// Chunks of their own: the header's menus load as the shell renders, the palette and the
// shortcut sheet when first opened (most visits never open either).
const CommandPalette = lazy(async () => ({
  default: (await import('../CommandPalette')).CommandPalette,
}));
// Pages keep their list state in the URL through nuqs (components/list/useListState); its
// adapter loads alongside the first page, which needs nuqs anyway.
const NuqsAdapter = lazy(async () => ({
  default: (await import('nuqs/adapters/react-router/v7')).NuqsAdapter,
}));
const HeaderTools = lazy(async () => ({
  default: (await import('./HeaderTools')).HeaderTools,
}));
const ModeBadge = lazy(async () => ({ default: (await import('./HeaderTools')).ModeBadge }));
const ShortcutsSheet = lazy(async () => ({
  default: (await import('../ShortcutsSheet')).ShortcutsSheet,
}));

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const navigation = useNavigation();
  const [shortcutsOpened, shortcuts] = useDisclosure(false);
  const [sheetWanted, setSheetWanted] = useState(false);
  const [paletteRequests, setPaletteRequests] = useState(0);
  const openPalette = useCallback(() => setPaletteRequests((count) => count + 1), []);
  const openSheet = useCallback(() => {
    setSheetWanted(true);
    shortcuts.open();
  }, [shortcuts]);
  useGlobalShortcuts(openSheet, openPalette);

  // The frame is plain elements and one style sheet, not Mantine's AppShell: the first download
  // then carries no AppShell, Burger, NavLink or Progress code, nor the scroll-lock library
  // AppShell's header pulls in (issue 14's budget). Header 56 px, navigation 240 px from `sm`.
  return (
    <div className={classes.shell}>
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        {navigation.state === 'loading' && <div className={classes.loadingBar} aria-hidden />}
        <div className={classes.headerStart}>
          <button
            type="button"
            className={classes.burger}
            onClick={toggleNav}
            aria-expanded={navOpened}
            aria-controls="app-navigation"
            aria-label={t('app.toggleNavigation')}
          >
            {navOpened ? <IconX size={20} aria-hidden /> : <IconMenu2 size={20} aria-hidden />}
          </button>
          <Link to="/" className={classes.brand} aria-label={t('app.name')}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span className={classes.brandName}>{t('app.name')}</span>
          </Link>
          <Suspense fallback={null}>
            <ModeBadge />
          </Suspense>
        </div>
        <Suspense fallback={null}>
          <HeaderTools onOpenPalette={openPalette} />
        </Suspense>
      </header>
      <div id="app-navigation" className={classes.navbar} data-opened={navOpened || undefined}>
        <AppNavigation onNavigate={closeNav} />
      </div>
      <main id="main" tabIndex={-1} className={classes.main}>
        <OfflineBanner />
        <Suspense fallback={<AppLoading />}>
          <NuqsAdapter>
            <Outlet />
          </NuqsAdapter>
        </Suspense>
      </main>
      <Suspense fallback={null}>
        {paletteRequests > 0 && (
          <CommandPalette openRequests={paletteRequests} onShowShortcuts={openSheet} />
        )}
        {sheetWanted && <ShortcutsSheet opened={shortcutsOpened} onClose={shortcuts.close} />}
      </Suspense>
    </div>
  );
}
