import { Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseUcsTime, type NormalizedJob } from '@/api/normalize';
import { UcsDate } from '@/components/UcsDate';
import { jobProgress } from '@/api/facts/federationState';

const phaseColors: Record<string, string> = {
  Pending: 'gray',
  Running: 'blue',
  Success: 'teal',
  Failed: 'red',
};

/** Minutes and seconds between two UCS timestamps; null while either is missing. */
function elapsed(start?: string, end?: string): { minutes: number; seconds: number } | null {
  const from = parseUcsTime(start);
  const to = parseUcsTime(end);
  if (!from || !to) return null;
  const total = Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** "1 min 04 s" or "42 s"; "—" while the step has not finished. */
function Duration({ start, end }: { start?: string; end?: string }) {
  const { t } = useTranslation();
  const span = elapsed(start, end);
  if (!span) return <>{t('common.none')}</>;
  return (
    <>
      {span.minutes > 0
        ? t('fleets.federationTab.durationMinutes', {
            minutes: span.minutes,
            seconds: String(span.seconds).padStart(2, '0'),
          })
        : t('fleets.federationTab.durationSeconds', { seconds: span.seconds })}
    </>
  );
}

export function JobPhaseBadge({ phase }: { phase?: string }) {
  const { t } = useTranslation();
  const known = phase && phase in phaseColors;
  return (
    <Badge variant="light" color={phaseColors[phase ?? ''] ?? 'gray'} tt="none">
      {known ? t(`fleets.federationTab.phase.${phase as 'Pending'}`) : (phase ?? t('common.none'))}
    </Badge>
  );
}

/** The enabling job: overall progress, then one row per subjob with its times and reason. */
export function FederationJobView({ job }: { job: NormalizedJob }) {
  const { t } = useTranslation();
  const { done, total, percent } = jobProgress(job);
  const failed = job.status.phase === 'Failed';
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <JobPhaseBadge phase={job.status.phase} />
        <Text size="sm">{t('fleets.federationTab.jobSteps', { done, total })}</Text>
      </Group>
      <Progress
        value={percent}
        color={failed ? 'red' : percent === 100 ? 'teal' : 'blue'}
        aria-label={t('fleets.federationTab.jobProgress')}
        animated={job.status.phase === 'Running'}
      />
      {failed && job.status.reason && (
        <Text size="sm" c="red" role="alert">
          {t('fleets.federationTab.jobReason', { reason: job.status.reason })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fleets.federationTab.columns.step')}</Table.Th>
              <Table.Th>{t('fleets.federationTab.columns.phase')}</Table.Th>
              <Table.Th>{t('fleets.federationTab.columns.start')}</Table.Th>
              <Table.Th>{t('fleets.federationTab.columns.end')}</Table.Th>
              <Table.Th>{t('fleets.federationTab.columns.duration')}</Table.Th>
              <Table.Th>{t('fleets.federationTab.columns.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {job.spec.subJobs.map((step) => (
              <Table.Tr key={step.metadata.uid ?? step.metadata.name}>
                <Table.Td ff="monospace">{step.spec.type ?? step.metadata.name}</Table.Td>
                <Table.Td>
                  <JobPhaseBadge phase={step.status.phase} />
                </Table.Td>
                <Table.Td>
                  <UcsDate value={step.status.startTime} />
                </Table.Td>
                <Table.Td>
                  <UcsDate value={step.status.completionTime} />
                </Table.Td>
                <Table.Td>
                  <Duration start={step.status.startTime} end={step.status.completionTime} />
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm">{step.status.reason || t('common.none')}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
