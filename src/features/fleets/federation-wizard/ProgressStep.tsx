import { useEffect, useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseUcsTime, type NormalizedJob } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { FederationJobView } from '../FederationJobView';
import { isJobRunning } from '@/api/facts/federationState';
import { trackFederation } from './runningFederations';

/** Step 2: the enabling job, live; on failure the failed step, its reason and Retry. */
export function ProgressStep({
  fleetId,
  job,
  updatedAt,
}: {
  fleetId: string;
  job: NormalizedJob;
  /** When the job was last fetched (ms), to keep the elapsed time moving between polls. */
  updatedAt: number;
}) {
  const { t } = useTranslation();
  const running = isJobRunning(job);
  const failed = job.status.phase === 'Failed';

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('fleets.wizard.progress.title')}
          </Title>
          <Text size="sm" aria-live="off">
            <ElapsedTime job={job} updatedAt={updatedAt} running={running} />
          </Text>
        </Group>
        {running && (
          <Text size="sm" c="dimmed">
            {t('fleets.wizard.progress.hint')}
          </Text>
        )}
        {/* The job view says what failed and why; Retry goes with it, in its alert. */}
        <FederationJobView
          job={job}
          failureActions={failed ? <RetryFailedStep fleetId={fleetId} /> : undefined}
        />
      </Stack>
    </Paper>
  );
}

/** Retry from the failed step, with what it keeps. */
function RetryFailedStep({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const retry = useApiMutation('enableFederation');
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('fleets.wizard.progress.retryHint')}
      </Text>
      {retry.isError && <ErrorState error={retry.error} />}
      <Button
        w="fit-content"
        color="red"
        leftSection={<IconRefresh size={16} aria-hidden />}
        loading={retry.isPending}
        onClick={() =>
          retry.mutate(
            { clustergroupid: fleetId, retryJoinAll: true },
            { onSuccess: () => trackFederation(fleetId) },
          )
        }
      >
        {t('fleets.wizard.progress.retry')}
      </Button>
    </>
  );
}

/**
 * Time since the job started, by the service's clock: its `currentTimestamp` annotation (what
 * UCS's progress answer carries) or its end, plus the time since that answer arrived. The
 * browser's own clock is not used alone, as it need not agree with the service's.
 */
function ElapsedTime({
  job,
  updatedAt,
  running,
}: {
  job: NormalizedJob;
  updatedAt: number;
  running: boolean;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const start = parseUcsTime(job.status.startTime);
  const end = running
    ? parseUcsTime(job.metadata.annotations?.currentTimestamp)
    : parseUcsTime(job.status.completionTime);
  if (!start) return null;
  const since = running ? Math.max(0, now - updatedAt) : 0;
  const seconds = Math.max(
    0,
    Math.round(((end ?? start).getTime() - start.getTime() + since) / 1000),
  );
  const text =
    seconds >= 60
      ? t('fleets.federationTab.durationMinutes', {
          minutes: Math.floor(seconds / 60),
          seconds: String(seconds % 60).padStart(2, '0'),
        })
      : t('fleets.federationTab.durationSeconds', { seconds });
  return <>{t('fleets.wizard.progress.elapsed', { time: text })}</>;
}
