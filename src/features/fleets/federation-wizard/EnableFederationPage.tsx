import { useEffect } from 'react';
import { Alert, Anchor, Breadcrumbs, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { NormalizedClusterGroup, NormalizedJob } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { NotFoundPage } from '@/components/NotFoundPage';
import { ErrorState } from '@/components/ErrorState';
import { TableSkeleton } from '@/components/TableSkeleton';
import { FederationStateBadge } from '../FederationStateBadge';
import { isJobRunning } from '@/api/facts/federationState';
import { isNoFederationJob, useFederationJob } from '../useFederationJob';
import { ConnectStep } from './ConnectStep';
import { PreflightStep } from './PreflightStep';
import { ProgressStep } from './ProgressStep';
import { trackFederation } from './runningFederations';
import { PageLoadError } from '@/components/PageLoadError';
import { paths } from '@/paths';
import { PageTitle } from '@/components/usePageTitle';
import { ApiText, apiSentence, isolate } from '@/components/ApiText';

type Stage = 'preflight' | 'progress' | 'connect';
const stages: Stage[] = ['preflight', 'progress', 'connect'];
const urlSteps = ['enable', 'connect'];

/**
 * Where the wizard is, from the service's state alone, so a reload or a link resumes it: a
 * federated fleet is ready to connect; a job that runs, failed, or has just succeeded (before the
 * fleet shows its federation) is followed; otherwise the preflight comes first.
 */
function stageOf(fleet: NormalizedClusterGroup, job: NormalizedJob | undefined): Stage {
  if (fleet.spec.federationId) return 'connect';
  if (job) return 'progress';
  return 'preflight';
}

/** `/fleets/:id/federation/enable` (and `/connect`): enable federation, follow it, connect. */
export function EnableFederationPage() {
  const { t } = useTranslation();
  const { fleetId = '', step = '' } = useParams();
  const fleet = useQuery(apiQuery('showClusterGroup', { clustergroupid: fleetId }));
  const job = useFederationJob(fleetId, urlSteps.includes(step));
  const running = isJobRunning(job.data);

  // A job seen running here is followed by the header too, even after a reload or from a link.
  useEffect(() => {
    if (running) trackFederation(fleetId);
  }, [running, fleetId]);

  if (!urlSteps.includes(step)) return <NotFoundPage />;
  if (fleet.isPending) return <TableSkeleton rows={4} />;
  if (fleet.isError)
    return <PageLoadError error={fleet.error} onRetry={() => void fleet.refetch()} />;
  const name = fleet.data.metadata.name ?? '';
  const jobUnknown = job.isPending || (job.isError && !isNoFederationJob(job.error));
  const stage = stageOf(fleet.data, job.data);

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={paths.fleets()} size="sm">
          {t('fleets.title')}
        </Anchor>
        <Anchor component={Link} to={paths.fleet({ fleetId }, 'federation')} size="sm">
          <ApiText lines={1} focusable={false}>
            {name}
          </ApiText>
        </Anchor>
        <Text size="sm" aria-current="page">
          {t('fleets.wizard.breadcrumb')}
        </Text>
      </Breadcrumbs>
      <PageTitle title={t('fleets.wizard.title', { name: isolate(name) })} />
      <Group gap="sm">
        <Title order={1} size="h2" miw={0}>
          <ApiText lines={2}>
            {apiSentence({ name }, (slots) => t('fleets.wizard.title', slots))}
          </ApiText>
        </Title>
        <FederationStateBadge fleet={fleet.data} />
      </Group>
      <Stepper
        active={stages.indexOf(stage)}
        size="sm"
        aria-label={t('fleets.wizard.steps')}
        completedIcon={<IconCircleCheck size={18} aria-hidden />}
      >
        {stages.map((item) => (
          <Stepper.Step
            key={item}
            label={t(`fleets.wizard.stepLabels.${item}`)}
            description={t(`fleets.wizard.stepDescriptions.${item}`)}
            // A failed job marks its step red, so the tracker says "stuck here" at a glance.
            color={item === 'progress' && job.data?.status.phase === 'Failed' ? 'red' : undefined}
          />
        ))}
      </Stepper>
      {job.isError && !isNoFederationJob(job.error) ? (
        <ErrorState error={job.error} onRetry={() => void job.refetch()} />
      ) : jobUnknown ? (
        <TableSkeleton rows={4} />
      ) : stage === 'preflight' ? (
        <PreflightStep fleet={fleet.data} />
      ) : stage === 'progress' && job.data ? (
        <ProgressStep fleetId={fleetId} job={job.data} updatedAt={job.dataUpdatedAt} />
      ) : (
        <>
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title={t('fleets.wizard.enabled.title')}
          >
            {t('fleets.wizard.enabled.body', {
              version: fleet.data.spec.federationVersion ?? t('common.none'),
            })}
          </Alert>
          <ConnectStep fleet={fleet.data} />
        </>
      )}
    </Stack>
  );
}
