import { Badge, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
import { PropertyList } from '@/components/PropertyList';
import { UcsDate } from '@/components/UcsDate';
import { kindLabels, locationText } from '@/api/facts/clusterFacts';
import { VersionText } from './VersionText';
import { Section } from './Section';

function KeyValueBadges({ entries, empty }: { entries: [string, string][]; empty: string }) {
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Group gap={6}>
      {entries.map(([key, value]) => (
        <Badge key={key} variant="outline" color="gray" tt="none" fw={400} maw="100%">
          <ApiText lines={1} maxWidth="28rem">
            <ApiText>{key}</ApiText>
            {value && (
              <>
                =<ApiText>{value}</ApiText>
              </>
            )}
          </ApiText>
        </Badge>
      ))}
    </Group>
  );
}

/** Metadata, labels, annotations, spec fields, endpoints, taints, project and region. */
export function OverviewTab({ cluster }: { cluster: NormalizedCluster }) {
  const { t, i18n } = useTranslation();
  const { metadata, spec, status } = cluster;
  const kind = kindLabels(cluster);
  const none = t('common.none');
  const mono = (value?: string) =>
    value ? (
      <Code>
        <ApiText>{value}</ApiText>
      </Code>
    ) : (
      none
    );
  const text = (value?: string) => (value ? <ApiText lines={10}>{value}</ApiText> : none);

  return (
    <Stack gap="md">
      <Section title={t('clusters.tabs.overview')}>
        <PropertyList
          properties={[
            { label: t('clusters.detail.id'), value: mono(metadata.uid) },
            { label: t('clusters.detail.category'), value: kind.category },
            { label: t('clusters.detail.type'), value: kind.type },
            { label: t('clusters.detail.provider'), value: kind.provider },
            {
              label: t('clusters.detail.version'),
              value: <VersionText version={status.kubernetesVersion} />,
            },
            {
              label: t('clusters.detail.location'),
              value: locationText(cluster, i18n.language) ?? none,
            },
            { label: t('clusters.detail.region'), value: text(spec.region) },
            {
              label: t('clusters.detail.project'),
              value: text(spec.projectName || spec.projectID),
            },
            { label: t('clusters.detail.apiEndpoint'), value: mono(spec.apiEndpoint) },
            { label: t('clusters.detail.manageType'), value: text(spec.manageType) },
            { label: t('clusters.detail.syncMode'), value: text(spec.syncMode) },
            { label: t('clusters.detail.operatorNamespace'), value: mono(spec.operatorNamespace) },
            {
              label: t('clusters.detail.created'),
              value: <UcsDate value={metadata.creationTimestamp} />,
            },
            {
              label: t('clusters.detail.updated'),
              value: <UcsDate value={metadata.updateTimestamp} />,
            },
          ]}
        />
      </Section>
      <Section title={t('clusters.detail.labels')}>
        <KeyValueBadges
          entries={Object.entries(metadata.labels ?? {})}
          empty={t('clusters.detail.noLabels')}
        />
      </Section>
      <Section title={t('clusters.detail.annotations')}>
        <KeyValueBadges
          entries={Object.entries(metadata.annotations ?? {})}
          empty={t('clusters.detail.noAnnotations')}
        />
      </Section>
      <Section title={t('clusters.detail.endpoints')}>
        {status.endpoints.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('clusters.detail.noEndpoints')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clusters.detail.url')}</Table.Th>
                  <Table.Th>{t('clusters.detail.endpointType')}</Table.Th>
                  <Table.Th>{t('clusters.detail.endpointStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.endpoints.map((endpoint, index) => (
                  <Table.Tr key={`${endpoint.url}-${index}`}>
                    <Table.Td>{mono(endpoint.url)}</Table.Td>
                    <Table.Td>{text(endpoint.type)}</Table.Td>
                    <Table.Td>{text(endpoint.status)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <Section title={t('clusters.detail.taints')}>
        {(spec.taints ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('clusters.detail.noTaints')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('clusters.detail.taintKey')}</Table.Th>
                <Table.Th>{t('clusters.detail.taintValue')}</Table.Th>
                <Table.Th>{t('clusters.detail.taintEffect')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(spec.taints ?? []).map((taint, index) => (
                <Table.Tr key={`${taint.key}-${index}`}>
                  <Table.Td>{text(taint.key)}</Table.Td>
                  <Table.Td>{text(taint.value)}</Table.Td>
                  <Table.Td>{text(taint.effect)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  );
}
