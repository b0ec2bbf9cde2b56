import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/paths';

/** "All clusters": the way back to the inventory from a cluster's pages. */
export function BackToClusters() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={paths.clusters()} size="sm" mb="xs" display="inline-flex">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('clusters.backToList')}
      </Group>
    </Anchor>
  );
}
