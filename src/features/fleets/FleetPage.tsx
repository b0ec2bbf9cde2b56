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
import { Link, useNavigate, useParams } from 'react-router';
import { apiQuery } from '@/api/query';
import { PropertyList } from '../../components/PropertyList';
import { TableSkeleton } from '../../components/TableSkeleton';
import { UcsDate } from '../../components/UcsDate';
import { NotFoundPage } from '../../components/NotFoundPage';
import { DeleteFleetModal } from './DeleteFleetModal';
import { FederationStateBadge } from './FederationStateBadge';
import { FleetClustersTab } from './FleetClustersTab';
import { FleetDescription } from './FleetDescription';
import { FleetFederationTab } from './FleetFederationTab';
import { FleetHealthSummary } from './FleetHealthSummary';
import { FleetPermissionsTab } from './FleetPermissionsTab';
import { PageLoadError } from '../../components/PageLoadError';

const tabs = ['clusters', 'permissions', 'federation'] as const;
type FleetTab = (typeof tabs)[number];

/** `/fleets/:id[/clusters|/permissions|/federation]`: every tab has its own URL. */
export function FleetPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fleetId = '', '*': rest = '' } = useParams();
  const tabSegment = rest.split('/')[0] || 'clusters';
  const fleet = useQuery(apiQuery('showClusterGroup', { clustergroupid: fleetId }));
  const [deleting, setDeleting] = useState(false);

  if (!(tabs as readonly string[]).includes(tabSegment)) return <NotFoundPage />;
  const tab = tabSegment as FleetTab;
  if (fleet.isPending) return <TableSkeleton rows={4} />;
  if (fleet.isError)
    return <PageLoadError error={fleet.error} onRetry={() => void fleet.refetch()} />;
  const { metadata, spec } = fleet.data;
  const name = metadata.name ?? '';

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/fleets" size="sm">
          {t('fleets.title')}
        </Anchor>
        <Text size="sm" aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {name}
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
        onChange={(next) => next && void navigate(`/fleets/${fleetId}/${next}`)}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('fleets.page.tabs')} mb="md">
          {tabs.map((item) => (
            <Tabs.Tab key={item} value={item}>
              {t(`fleets.tabs.${item}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="clusters">
          <FleetClustersTab fleet={fleet.data} />
        </Tabs.Panel>
        <Tabs.Panel value="permissions">
          <FleetPermissionsTab fleet={fleet.data} />
        </Tabs.Panel>
        <Tabs.Panel value="federation">
          <FleetFederationTab fleet={fleet.data} />
        </Tabs.Panel>
      </Tabs>
      <DeleteFleetModal
        fleet={deleting ? fleet.data : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate('/fleets')}
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
