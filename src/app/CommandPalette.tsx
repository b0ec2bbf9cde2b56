import '@mantine/spotlight/styles.layer.css';
import { useEffect, useState } from 'react';
import { Box, Group, Highlight, Text } from '@mantine/core';
import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconKeyboard,
  IconPlus,
  IconRestore,
  IconSearch,
  IconServer2,
  IconShieldLock,
  IconTopologyStar3,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appMode } from '@/api/mode';
import { apiQuery } from '@/api/query';
import { ApiText } from '@/components/ApiText';
import { paths } from '@/paths';

/** The most results one group shows; typing narrows them down. */
const resultsPerGroup = 8;

interface CommandPaletteProps {
  /** Counts the requests to open (Ctrl/Cmd+K, the header button); each one opens the palette. */
  openRequests: number;
  onShowShortcuts: () => void;
}

/**
 * Ctrl/Cmd+K: jump to any cluster, fleet or policy by name or id, or run a command. The palette
 * is a chunk of its own, loaded at the first request to open it; its lists are fetched only
 * while it is open.
 */
export function CommandPalette({ openRequests, onShowShortcuts }: CommandPaletteProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [query, setQuery] = useState('');
  // Names and IDs only, so no status asked for. A full list already cached (the overview's)
  // answers at once, and counts as fresh as it is.
  const fullList = apiQuery('listClusters').queryKey;
  const clusters = useQuery({
    ...apiQuery('listClusters', { enablestatus: false }),
    enabled: opened,
    initialData: () => queryClient.getQueryData(fullList),
    initialDataUpdatedAt: () => queryClient.getQueryState(fullList)?.dataUpdatedAt,
  });
  const fleets = useQuery({ ...apiQuery('listClusterGroups'), enabled: opened });
  const rules = useQuery({ ...apiQuery('listRules'), enabled: opened });
  useEffect(() => {
    if (openRequests > 0) spotlight.open();
  }, [openRequests]);

  const go = (to: string) => () => void navigate(to);
  const matches = (...texts: (string | undefined)[]) => {
    const needle = query.trim().toLowerCase();
    return !needle || texts.some((text) => text?.toLowerCase().includes(needle));
  };
  const objectGroup = (
    group: string,
    items: { metadata: { uid: string; name?: string } }[],
    pathOf: (id: string) => string,
    icon: typeof IconServer2,
  ): SpotlightActionGroupData => {
    const Icon = icon;
    return {
      group,
      actions: items
        .filter((item) => matches(item.metadata.name, item.metadata.uid))
        .slice(0, resultsPerGroup)
        .map((item) => ({
          id: pathOf(item.metadata.uid),
          label: item.metadata.name ?? item.metadata.uid,
          // Laid out as Spotlight does, with the name isolated and cut to one line.
          children: (
            <Group gap="md" wrap="nowrap" w="100%">
              <Icon size={18} aria-hidden style={{ flex: 'none' }} />
              <Box component="span" display="block" miw={0} flex={1}>
                <ApiText lines={1} focusable={false} maxWidth="32rem">
                  <Highlight component="span" highlight={query.trim()} size="sm">
                    {item.metadata.name ?? item.metadata.uid}
                  </Highlight>
                </ApiText>
                <Text component="span" display="block" size="xs" c="dimmed">
                  {item.metadata.uid}
                </Text>
              </Box>
            </Group>
          ),
          onClick: go(pathOf(item.metadata.uid)),
        })),
    };
  };

  const commands = [
    { id: 'register', label: t('palette.registerCluster'), to: paths.registerCluster() },
    { id: 'create-fleet', label: t('palette.createFleet'), to: paths.fleets({ create: '1' }) },
    { id: 'new-policy', label: t('palette.newPolicy'), to: paths.newPolicy() },
  ]
    .filter((command) => matches(command.label))
    .map((command) => ({
      id: command.id,
      label: command.label,
      leftSection: <IconPlus size={18} aria-hidden />,
      onClick: go(command.to),
    }));
  const extras = [
    ...(appMode === 'demo'
      ? [
          {
            id: 'reset-demo',
            label: t('palette.resetDemo'),
            leftSection: <IconRestore size={18} aria-hidden />,
            onClick: () => {
              void import('./demo')
                .then(({ resetDemoData }) => resetDemoData())
                .then(() => queryClient.resetQueries());
            },
          },
        ]
      : []),
    {
      id: 'shortcuts',
      label: t('palette.shortcuts'),
      leftSection: <IconKeyboard size={18} aria-hidden />,
      onClick: onShowShortcuts,
    },
  ].filter((action) => matches(action.label));

  const actions: SpotlightActionGroupData[] = [
    { group: t('palette.groups.actions'), actions: [...commands, ...extras] },
    objectGroup(
      t('palette.groups.fleets'),
      fleets.data?.items ?? [],
      (fleetId) => paths.fleet({ fleetId }),
      IconTopologyStar3,
    ),
    objectGroup(
      t('palette.groups.clusters'),
      clusters.data?.items ?? [],
      (clusterId) => paths.cluster({ clusterId }),
      IconServer2,
    ),
    objectGroup(
      t('palette.groups.policies'),
      rules.data?.items ?? [],
      (ruleId) => paths.policy({ ruleId }),
      IconShieldLock,
    ),
  ].filter((group) => group.actions.length > 0);

  return (
    <Spotlight
      actions={actions}
      // Already filtered above, across names and ids, so the palette shows what we computed.
      filter={(_query, items) => items}
      query={query}
      onQueryChange={setQuery}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      nothingFound={t('palette.nothingFound')}
      highlightQuery
      // The shell handles Ctrl/Cmd+K, so it works before this chunk has loaded.
      shortcut={null}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.open'),
      }}
      scrollAreaProps={{ mah: 420 }}
    />
  );
}
