import { useState } from 'react';
import { Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { ApiText } from '@/components/ApiText';
import { TableSkeleton } from '@/components/TableSkeleton';
import { MemberStatusBadge } from './MemberStatusBadge';

interface DiscreteClusterPickerProps {
  value: string[];
  onChange: (clusterIds: string[]) => void;
  disabled?: boolean;
}

/**
 * Picks clusters that are in no fleet (`managetype=discrete`), the only ones a fleet can take,
 * with a name search and each cluster's status, so an unavailable one is not added unknowingly.
 */
export function DiscreteClusterPicker({ value, onChange, disabled }: DiscreteClusterPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const clusters = useQuery(apiQuery('listClusters', { managetype: 'discrete' }));

  if (clusters.isPending) return <TableSkeleton rows={3} />;
  if (clusters.isError)
    return <ErrorState error={clusters.error} onRetry={() => void clusters.refetch()} />;
  const all = clusters.data.items;
  if (all.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('fleets.picker.empty')}
      </Text>
    );

  const needle = search.trim().toLowerCase();
  const shown = all.filter((cluster) =>
    (cluster.metadata.name ?? '').toLowerCase().includes(needle),
  );
  const shownIds = shown.flatMap((cluster) => (cluster.metadata.uid ? [cluster.metadata.uid] : []));
  const allShownPicked = shownIds.length > 0 && shownIds.every((id) => value.includes(id));
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value, id] : value.filter((item) => item !== id));

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('fleets.picker.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          disabled={disabled}
          style={{ flex: 1 }}
        />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('fleets.picker.selected', { count: value.length })}
        </Text>
      </Group>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('fleets.picker.noMatch', { search })}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} mah={280}>
          <Table verticalSpacing={4} stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('fleets.picker.selectAll')}
                    checked={allShownPicked}
                    indeterminate={!allShownPicked && shownIds.some((id) => value.includes(id))}
                    disabled={disabled}
                    onChange={(event) =>
                      onChange(
                        event.currentTarget.checked
                          ? [...new Set([...value, ...shownIds])]
                          : value.filter((id) => !shownIds.includes(id)),
                      )
                    }
                  />
                </Table.Th>
                <Table.Th>{t('fleets.picker.name')}</Table.Th>
                <Table.Th>{t('fleets.picker.status')}</Table.Th>
                <Table.Th>{t('fleets.picker.version')}</Table.Th>
                <Table.Th>{t('fleets.picker.provider')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((cluster) => {
                const id = cluster.metadata.uid;
                return (
                  <Table.Tr key={id}>
                    <Table.Td>
                      <Checkbox
                        aria-label={t('fleets.picker.select', { name: cluster.metadata.name })}
                        checked={value.includes(id)}
                        disabled={disabled}
                        onChange={(event) => toggle(id, event.currentTarget.checked)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <ApiText lines={1}>{cluster.metadata.name}</ApiText>
                    </Table.Td>
                    <Table.Td>
                      <MemberStatusBadge cluster={cluster} />
                    </Table.Td>
                    <Table.Td>{cluster.status.kubernetesVersion ?? t('common.none')}</Table.Td>
                    <Table.Td>{cluster.spec.provider ?? t('common.none')}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
