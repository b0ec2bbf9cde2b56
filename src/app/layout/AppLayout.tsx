import { lazy, Suspense, useCallback, useState } from 'react';
import { AppShell, Burger, Group, Progress, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
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

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        {navigation.state === 'loading' && (
          <Progress
            value={100}
            animated
            size="xs"
            radius={0}
            className={classes.loadingBar}
            aria-hidden
          />
        )}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
            />
            <UnstyledButton
              component={Link}
              to="/"
              className={classes.brand}
              aria-label={t('app.name')}
            >
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <Text fw={700} size="lg" visibleFrom="xs" className={classes.brandName}>
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <Suspense fallback={null}>
              <ModeBadge />
            </Suspense>
          </Group>
          <Suspense fallback={null}>
            <HeaderTools onOpenPalette={openPalette} />
          </Suspense>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavigation onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <OfflineBanner />
        <Suspense fallback={<AppLoading />}>
          <NuqsAdapter>
            <Outlet />
          </NuqsAdapter>
        </Suspense>
      </AppShell.Main>
      <Suspense fallback={null}>
        {paletteRequests > 0 && (
          <CommandPalette openRequests={paletteRequests} onShowShortcuts={openSheet} />
        )}
        {sheetWanted && <ShortcutsSheet opened={shortcutsOpened} onClose={shortcuts.close} />}
      </Suspense>
    </AppShell>
  );
}
