import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Breadcrumbs,
  Button,
  CopyButton,
  Group,
  Paper,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch, useNavigate, useOutletContext, useParams } from 'react-router';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { fleetTabs, paths, tabPatterns, type FleetTab } from '@/paths';
import { apiQuery } from '@/api/query';
import { ApiText, isolate } from '@/components/ApiText';
import { PropertyList } from '@/components/PropertyList';
import { TableSkeleton } from '@/components/TableSkeleton';
import { UcsDate } from '@/components/UcsDate';
import { DeleteFleetModal } from './DeleteFleetModal';
import { FederationStateBadge } from './FederationStateBadge';
import { FleetClustersTab } from './FleetClustersTab';
import { FleetDescription } from './FleetDescription';
import { FleetFederationTab } from './FleetFederationTab';
import { FleetHealthSummary } from './FleetHealthSummary';
import { FleetPermissionsTab } from './FleetPermissionsTab';
import { PageLoadError } from '@/components/PageLoadError';
import { WhoHasAccess } from '@/components/access/WhoHasAccess';
import { PageTitle } from '@/components/usePageTitle';

/**
 * `/fleets/:id[/clusters|/permissions|/federation]`: the header and tab list; each tab is a child
 * route rendered in the outlet (the index shows the clusters).
 */
export function FleetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fleetId = '' } = useParams();
  const tab = (useMatch(tabPatterns.fleet)?.params.tab ?? 'clusters') as FleetTab;
  const fleet = useQuery(apiQuery('showClusterGroup', { clustergroupid: fleetId }));
  const [deleting, setDeleting] = useState(false);

  if (fleet.isPending) return <TableSkeleton rows={4} />;
  if (fleet.isError)
    return <PageLoadError error={fleet.error} onRetry={() => void fleet.refetch()} />;
  const { metadata, spec } = fleet.data;
  const name = metadata.name ?? '';

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to={paths.fleets()} size="sm">
          {t('fleets.title')}
        </Anchor>
        <Text size="sm" aria-current="page">
          <ApiText lines={1}>{name}</ApiText>
        </Text>
      </Breadcrumbs>
      <PageTitle title={isolate(name)} />
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="md">
        <Stack gap={6} miw={0} flex="1 1 20rem">
          <Group gap="sm">
            <Title order={1} size="h2" miw={0}>
              <ApiText lines={2}>{name}</ApiText>
            </Title>
            <FederationStateBadge fleet={fleet.data} />
          </Group>
          <FleetDescription fleetId={fleetId} description={spec.description ?? ''} />
        </Stack>
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => setDeleting(true)}
        >
          {t('fleets.delete.submit')}
        </Button>
      </Group>
      <Paper withBorder p="md" radius="md" mb="lg">
        <PropertyList
          properties={[
            {
              label: t('fleets.page.id'),
              value: (
                <Group gap={4} wrap="nowrap">
                  <Text span ff="monospace" size="sm">
                    {metadata.uid}
                  </Text>
                  <CopyId id={metadata.uid} />
                </Group>
              ),
            },
            {
              label: t('fleets.columns.clusters'),
              value: <FleetHealthSummary fleetId={fleetId} />,
            },
            {
              label: t('fleets.columns.created'),
              value: <UcsDate value={metadata.creationTimestamp} />,
            },
            {
              label: t('fleets.columns.updated'),
              value: <UcsDate value={metadata.updateTimestamp} />,
            },
          ]}
        />
      </Paper>
      <Tabs
        value={tab}
        onChange={(next) => {
          const chosen = fleetTabs.find((item) => item === next);
          if (chosen) void navigate(paths.fleet({ fleetId }, chosen));
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('fleets.page.tabs')} mb="md">
          {fleetTabs.map((item) => (
            <Tabs.Tab key={item} value={item}>
              {t(`fleets.tabs.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab}>
          <Outlet context={fleet.data satisfies NormalizedClusterGroup} />
        </Tabs.Panel>
      </Tabs>
      <DeleteFleetModal
        fleet={deleting ? fleet.data : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate(paths.fleets())}
      />
    </>
  );
}

function CopyId({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={id}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('fleets.page.idCopied') : t('fleets.page.copyId')} withArrow>
          <ActionIcon
            variant="subtle"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={copied ? t('fleets.page.idCopied') : t('fleets.page.copyId')}
          >
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The content of one tab of the fleet page; the index route shows the clusters. */
export function FleetTabPanel({ tab = 'clusters' }: { tab?: FleetTab }) {
  const fleet = useOutletContext<NormalizedClusterGroup>();
  switch (tab) {
    case 'clusters':
      return <FleetClustersTab fleet={fleet} />;
    case 'permissions':
      return <FleetPermissionsTab fleet={fleet} />;
    case 'federation':
      return <FleetFederationTab fleet={fleet} />;
    case 'who-has-access':
      return <WhoHasAccess target={{ kind: 'fleet', id: fleet.metadata.uid }} />;
  }
}
