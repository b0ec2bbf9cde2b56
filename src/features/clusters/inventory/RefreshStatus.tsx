import { memo, useEffect, useState } from 'react';
import { ActionIcon, Group, Switch, Text, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface RefreshStatusProps {
  updatedAt: number;
  fetching: boolean;
  autoRefresh: boolean;
  onAutoRefreshChange: (on: boolean) => void;
  onRefresh: () => void;
}

/** "Updated 12 s ago", ticking, with the auto-refresh switch and a refresh-now button. */
export const RefreshStatus = memo(function RefreshStatus(props: RefreshStatusProps) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((now - props.updatedAt) / 1000));

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" c="dimmed" aria-live="off">
        {props.fetching
          ? t('clusters.refresh.updating')
          : props.updatedAt
            ? seconds < 60
              ? t('clusters.refresh.secondsAgo', { count: seconds })
              : t('clusters.refresh.minutesAgo', { count: Math.floor(seconds / 60) })
            : ''}
      </Text>
      <Switch
        size="sm"
        label={t('clusters.refresh.auto')}
        checked={props.autoRefresh}
        onChange={(event) => props.onAutoRefreshChange(event.currentTarget.checked)}
      />
      <Tooltip label={t('common.refresh')}>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('common.refresh')}
          onClick={props.onRefresh}
          loading={props.fetching}
        >
          <IconRefresh size={16} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
});
