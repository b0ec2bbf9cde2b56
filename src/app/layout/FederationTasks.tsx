import { useEffect, useRef } from 'react';
import { Anchor, Button, Loader, Popover, Progress, Stack } from '@mantine/core';
import { notifyLater } from './notifyLater';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiQuery } from '@/api/query';
import { ApiText, apiSentence } from '@/components/ApiText';
import {
  untrackFederation,
  useRunningFederations,
} from '@/features/fleets/federation-wizard/runningFederations';
import { isJobRunning, jobProgress } from '@/api/facts/federationState';
import { isNoFederationJob, useFederationJob } from '@/features/fleets/useFederationJob';
import { paths } from '@/paths';

/**
 * Header indicator of the federations being enabled, from any page: each is polled (the same
 * query the wizard uses, so nothing is fetched twice) and announced when it ends.
 */
export function FederationTasks() {
  const { t } = useTranslation();
  const fleetIds = useRunningFederations();
  if (fleetIds.length === 0) return null;
  return (
    <>
      {fleetIds.map((fleetId) => (
        <FederationWatcher key={fleetId} fleetId={fleetId} />
      ))}
      <Popover position="bottom-end" shadow="md" width={300} withArrow>
        <Popover.Target>
          <Button variant="light" size="sm" leftSection={<Loader size={14} aria-hidden />}>
            {t('federationTasks.running', { count: fleetIds.length })}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {fleetIds.map((fleetId) => (
              <TaskItem key={fleetId} fleetId={fleetId} />
            ))}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </>
  );
}

function TaskItem({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  // Reads what the watcher polls; it does not poll itself.
  const job = useQuery({
    ...apiQuery('showFederationProgress', { clustergroupid: fleetId }),
    enabled: false,
  });
  const name = job.data?.spec.resourceName ?? fleetId;
  const progress = job.data ? jobProgress(job.data) : { done: 0, total: 0, percent: 0 };
  const label = t('federationTasks.item', {
    name,
    done: progress.done,
    count: progress.total,
  });
  return (
    <Stack gap={4} component="li">
      <Anchor component={Link} to={paths.federationWizard({ fleetId }, 'enable')} size="sm">
        <ApiText lines={2} focusable={false}>
          {apiSentence({ name }, (slots) =>
            t('federationTasks.item', { ...slots, done: progress.done, count: progress.total }),
          )}
        </ApiText>
      </Anchor>
      <Progress value={progress.percent} size="sm" aria-label={label} animated />
    </Stack>
  );
}

/** Follows one job; when it ends, says so once and stops following it. */
function FederationWatcher({ fleetId }: { fleetId: string }) {
  const { t } = useTranslation();
  const job = useFederationJob(fleetId);
  const announced = useRef(false);
  const data = job.data;
  const gone = job.isError && isNoFederationJob(job.error);

  useEffect(() => {
    if (gone) {
      untrackFederation(fleetId);
      return;
    }
    if (!data || isJobRunning(data) || announced.current) return;
    announced.current = true;
    const name = data.spec.resourceName ?? fleetId;
    const failed = data.status.phase === 'Failed';
    notifyLater({
      color: failed ? 'red' : 'teal',
      title: failed ? t('federationTasks.failedTitle') : t('federationTasks.doneTitle'),
      message: failed
        ? apiSentence({ name, reason: data.status.reason }, (slots) =>
            t('federationTasks.failed', slots),
          )
        : apiSentence({ name }, (slots) => t('federationTasks.done', slots)),
      autoClose: failed ? false : 8000,
    });
    untrackFederation(fleetId);
  }, [data, gone, fleetId, t]);
  return null;
}
