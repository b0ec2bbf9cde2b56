import { Alert, Paper, Progress, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { quotaWarningShare } from './overviewData';

interface StatCardProps {
  label: string;
  to: string;
  count?: number;
  detail?: string;
  quota: number;
}

/** A total, one line about it, and its use of the UCS quota with a warning near the limit. */
export function StatCard({ label, to, count, detail, quota }: StatCardProps) {
  const { t } = useTranslation();
  const share = count === undefined ? 0 : count / quota;
  const color = share >= 1 ? 'red' : share >= quotaWarningShare ? 'orange' : 'blue';
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap={6}>
        <UnstyledButton component={Link} to={to} aria-label={`${label}: ${count ?? ''}`}>
          <Text c="dimmed" size="sm">
            {label}
          </Text>
          {count === undefined ? (
            <Skeleton height={36} width={60} />
          ) : (
            <Text fz={32} fw={700} lh={1.1}>
              {count}
            </Text>
          )}
        </UnstyledButton>
        {detail && <Text size="sm">{detail}</Text>}
        {count !== undefined && (
          <>
            <Progress
              value={Math.min(share * 100, 100)}
              color={color}
              size="sm"
              aria-label={t('overview.quota', { used: count, limit: quota })}
            />
            <Text size="xs" c="dimmed">
              {t('overview.quota', { used: count, limit: quota })}
            </Text>
            {share >= quotaWarningShare && (
              <Alert color={color} variant="light" p="xs" role="status">
                <Text size="xs">
                  {share >= 1
                    ? t('overview.quotaFull', { limit: quota })
                    : t('overview.quotaNear', { limit: quota })}
                </Text>
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
