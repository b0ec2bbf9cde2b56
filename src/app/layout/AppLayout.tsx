import { AppShell, Burger, Group, Progress, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { Link, Outlet, useNavigation } from 'react-router';
import { CommandPalette } from '../CommandPalette';
import { ShortcutsSheet, useGlobalShortcuts } from '../KeyboardShortcuts';
import { AppNavigation } from './AppNavigation';
import { PaletteButton } from './PaletteButton';
import { ColorSchemeMenu } from './ColorSchemeMenu';
import { DemoMenu } from './DemoMenu';
import { FederationTasks } from './FederationTasks';
import { LanguageMenu } from './LanguageMenu';
import { ModeBadge } from './ModeBadge';
import { SessionMenu } from './SessionMenu';
import classes from './AppLayout.module.css';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const navigation = useNavigation();
  const [shortcutsOpened, shortcuts] = useDisclosure(false);
  useGlobalShortcuts(shortcuts.open);

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
              <Text fw={700} size="lg" visibleFrom="xs">
                {t('app.name')}
              </Text>
            </UnstyledButton>
            <ModeBadge />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <FederationTasks />
            <PaletteButton />
            <DemoMenu />
            <SessionMenu />
            <LanguageMenu />
            <ColorSchemeMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavigation onNavigate={closeNav} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {/* Pages keep their list state in the URL through nuqs (components/list/useListState). */}
        <NuqsAdapter>
          <Outlet />
        </NuqsAdapter>
      </AppShell.Main>
      <CommandPalette onShowShortcuts={shortcuts.open} />
      <ShortcutsSheet opened={shortcutsOpened} onClose={shortcuts.close} />
    </AppShell>
  );
}
