import type { ReactNode } from 'react';
import { Alert, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { parseUcsTime, type NormalizedJob } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
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

/**
 * The enabling job: overall progress, what failed and why (said once, in the alert: the failed
 * step's row points to it), then one row per subjob with its times and reason.
 */
export function FederationJobView({
  job,
  failureActions,
}: {
  job: NormalizedJob;
  /** What the operator can do about a failure (the wizard's Retry), inside the alert. */
  failureActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { done, total, percent } = jobProgress(job);
  const failed = job.status.phase === 'Failed';
  const failedStep = failed
    ? job.spec.subJobs.find((step) => step.status.phase === 'Failed')
    : undefined;
  const reason = failedStep?.status.reason || job.status.reason;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <JobPhaseBadge phase={job.status.phase} />
        <Text size="sm">{t('fleets.federationTab.jobSteps', { done, count: total })}</Text>
      </Group>
      <Progress
        value={percent}
        color={failed ? 'red' : percent === 100 ? 'teal' : 'blue'}
        aria-label={t('fleets.federationTab.jobProgress')}
        animated={job.status.phase === 'Running'}
      />
      {failed && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={
            failedStep
              ? t('fleets.wizard.progress.failedTitle', {
                  step: failedStep.spec.type ?? failedStep.metadata.name,
                })
              : t('fleets.federation.failed')
          }
        >
          <Stack gap="sm">
            {reason && (
              <Text size="sm">
                {/* Cut past ten lines (whole on hover or focus): UCS's text can be any length. */}
                <ApiText lines={10}>{reason}</ApiText>
              </Text>
            )}
            {failureActions}
          </Stack>
        </Alert>
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
                  <Text size="sm" c={step === failedStep && reason ? 'dimmed' : undefined}>
                    {step === failedStep && reason ? (
                      t('fleets.federationTab.reasonAbove')
                    ) : step.status.reason ? (
                      <ApiText lines={3} maxWidth="20rem">
                        {step.status.reason}
                      </ApiText>
                    ) : (
                      t('common.none')
                    )}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
