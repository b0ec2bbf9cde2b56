import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiQuery } from '@/api/query';
import { isVersionSupported } from '@/api/facts/clusterFacts';

/** A Kubernetes version, flagged when UCS does not list it among the supported ones. */
export function VersionText({ version }: { version?: string }) {
  const { t } = useTranslation();
  const supported = useQuery(apiQuery('listRegisteredClusterVersions'));
  if (!version)
    return (
      <Text span c="dimmed">
        {t('common.none')}
      </Text>
    );
  if (isVersionSupported(version, supported.data) !== false) return <>{version}</>;
  return (
    <Group gap={6}>
      <Tooltip label={t('clusters.unsupportedVersionHint')} multiline maw={280}>
        <Badge
          color="orange"
          variant="light"
          tabIndex={0}
          leftSection={<IconAlertTriangle size={12} aria-hidden />}
        >
          {t('clusters.unsupportedVersion', { version })}
        </Badge>
      </Tooltip>
    </Group>
  );
}
