import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WaitingNotice } from './WaitingNotice';

/**
 * Placeholder rows while a list loads, so the page does not jump when data arrives; below them,
 * what the wait is about once it takes long or a request is being tried again.
 */
export function TableSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')} role="status">
        <Skeleton height={36} />
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} height={28} opacity={1 - index * 0.1} />
        ))}
      </Stack>
      <WaitingNotice />
    </Stack>
  );
}
