import type { ReactNode } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccessProposal } from '@/api/access/impact';
import { apiQuery } from '@/api/query';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';

/** Names listed before "and N more": the preview below says per user what changes. */
const maxNames = 8;

/**
 * The step before clusters join a fleet: which clusters, what that means for their policies,
 * and whose access it moves. Back returns to the choice as it was left.
 */
export function MembersReview({
  clusterIds,
  intro,
  proposal,
  onBack,
  disabled = false,
}: {
  clusterIds: readonly string[];
  intro: ReactNode;
  proposal: AccessProposal;
  onBack: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  // The picker's list (cached): the chosen clusters are in no fleet.
  const clusters = useQuery(apiQuery('listClusters', { managetype: 'discrete' }));
  const nameOf = (id: string) =>
    clusters.data?.items.find((cluster) => cluster.metadata.uid === id)?.metadata.name ?? id;
  const names = clusterIds.slice(0, maxNames).map(nameOf).join(', ');
  const more = clusterIds.length - maxNames;
  return (
    <Stack gap="sm">
      <Button
        variant="subtle"
        w="fit-content"
        px={4}
        leftSection={<IconArrowLeft size={16} aria-hidden />}
        onClick={onBack}
        disabled={disabled}
      >
        {t('fleets.review.back')}
      </Button>
      <Text size="sm" fw={500}>
        {t('fleets.review.clusters', {
          count: clusterIds.length,
          names: more > 0 ? t('fleets.review.more', { names, count: more }) : names,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <AccessImpactPreview proposal={proposal} />
    </Stack>
  );
}
