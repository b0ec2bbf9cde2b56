import { useState } from 'react';
import { Anchor, Button, Group, Select, Stack, Text, type ComboboxItem } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery, useApiMutation } from '@/api/query';
import { ApiText, apiSentence, renderApiOption } from '@/components/ApiText';
import { RuleBindingsSection } from '@/components/RuleBindingsSection';
import { Section } from './Section';
import { paths } from '@/paths';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';

/** What the operator is about to confirm: the fleet a cluster joins or moves to, or leaving. */
type MembershipIntent = { kind: 'join' | 'move'; fleetId: string } | { kind: 'leave' };

/** Which fleet the cluster is in; join one, move to another or leave, each confirmed first. */
function FleetMembership({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const join = useApiMutation('joinClusterGroup');
  const leave = useApiMutation('unjoinClusterGroup');
  // The fleet chosen to join or move to: kept when a confirmation is cancelled or fails.
  const [fleetId, setFleetId] = useState<string | null>(null);
  const [intent, setIntent] = useState<MembershipIntent | null>(null);
  const [halfMoved, setHalfMoved] = useState(false);
  const clusterId = cluster.metadata.uid;
  const name = cluster.metadata.name;
  const currentId = cluster.spec.clusterGroupID;
  const fleetName = (id: string | undefined) =>
    fleets.data?.items.find((fleet) => fleet.metadata.uid === id)?.metadata.name ?? id ?? '';
  const currentName = fleetName(currentId);
  // The fleet left, remembered while a move is under way (the cluster may already be out of it).
  const [from, setFrom] = useState(currentName);

  const options = (fleets.data?.items ?? [])
    .filter((fleet) => fleet.metadata.uid !== currentId)
    .map((fleet) => ({ value: fleet.metadata.uid, label: fleet.metadata.name ?? '' }));
  const targetName = intent && intent.kind !== 'leave' ? fleetName(intent.fleetId) : '';

  const close = () => {
    setIntent(null);
    setHalfMoved(false);
    join.reset();
    leave.reset();
  };
  const start = (next: MembershipIntent) => {
    join.reset();
    leave.reset();
    setHalfMoved(false);
    setFrom(currentName);
    setIntent(next);
  };
  const confirm = async () => {
    if (!intent) return;
    try {
      if (intent.kind === 'leave') {
        await leave.mutateAsync({ clusterid: clusterId });
        notifications.show({ color: 'teal', message: t('clusters.fleet.left') });
      } else {
        // UCS moves a cluster in two steps: out of its fleet, then into the other. A retry after
        // the first step worked (the cluster is in no fleet now) only joins.
        if (intent.kind === 'move' && currentId) {
          await leave.mutateAsync({ clusterid: clusterId });
          setHalfMoved(true);
        }
        await join.mutateAsync({ clusterid: clusterId, clustergroupid: intent.fleetId });
        notifications.show({
          color: 'teal',
          message:
            intent.kind === 'move'
              ? apiSentence({ fleet: targetName }, (slots) => t('clusters.fleet.moved', slots))
              : apiSentence({ fleet: targetName }, (slots) => t('clusters.fleet.joined', slots)),
        });
      }
      setFleetId(null);
      close();
    } catch {
      // The error shows in the dialog, which stays open with what was chosen.
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={intent !== null}
      title={
        intent?.kind === 'join'
          ? apiSentence({ name, fleet: targetName }, (slots) =>
              t('clusters.fleet.joinTitle', slots),
            )
          : intent?.kind === 'move'
            ? apiSentence({ name, from, fleet: targetName }, (slots) =>
                t('clusters.fleet.moveTitle', slots),
              )
            : t('clusters.fleet.leave')
      }
      confirmLabel={
        intent?.kind === 'join'
          ? t('clusters.fleet.join')
          : intent?.kind === 'move'
            ? t('clusters.fleet.move')
            : t('clusters.fleet.leave')
      }
      destructive={intent?.kind !== 'join'}
      pending={join.isPending || leave.isPending}
      error={join.error ?? leave.error}
      onClose={close}
      onConfirm={() => void confirm()}
      size="lg"
    >
      <Text size="sm">
        {intent?.kind === 'join'
          ? apiSentence({ name, fleet: targetName }, (slots) =>
              t('clusters.fleet.joinConfirm', slots),
            )
          : intent?.kind === 'move'
            ? apiSentence({ name, from, fleet: targetName }, (slots) =>
                t('clusters.fleet.moveConfirm', slots),
              )
            : apiSentence({ name, fleet: currentName }, (slots) =>
                t('clusters.fleet.leaveConfirm', slots),
              )}
      </Text>
      {halfMoved && join.isError && (
        <Text size="sm" c="red" fw={500}>
          {apiSentence({ name, from, fleet: targetName }, (slots) =>
            t('clusters.fleet.moveHalfDone', slots),
          )}
        </Text>
      )}
      <AccessImpactPreview
        proposal={
          intent && {
            kind: 'moveClusters',
            clusterIds: [clusterId],
            fleetId: intent.kind === 'leave' ? null : intent.fleetId,
          }
        }
      />
    </ConfirmDialog>
  );

  // The dialog stays mounted where it is while a move takes the cluster out of its fleet.
  const body = currentId ? (
    <Stack gap="sm" align="flex-start">
      <Text size="sm">
        {t('clusters.fleet.member')}{' '}
        <Anchor component={Link} to={paths.fleet({ fleetId: currentId })} fw={600}>
          <ApiText lines={1} focusable={false}>
            {currentName}
          </ApiText>
        </Anchor>
      </Text>
      <Button variant="light" color="red" onClick={() => start({ kind: 'leave' })}>
        {t('clusters.fleet.leave')}
      </Button>
      {options.length > 0 && (
        <FleetChoice
          label={t('clusters.fleet.moveTo')}
          submitLabel={t('clusters.fleet.move')}
          variant="default"
          options={options}
          value={fleetId}
          onChange={setFleetId}
          onSubmit={(chosen) => start({ kind: 'move', fleetId: chosen })}
        />
      )}
    </Stack>
  ) : (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('clusters.fleet.none')}
      </Text>
      <FleetChoice
        label={t('clusters.fleet.choose')}
        submitLabel={t('clusters.fleet.join')}
        options={options}
        value={fleetId}
        onChange={setFleetId}
        onSubmit={(chosen) => start({ kind: 'join', fleetId: chosen })}
      />
    </Stack>
  );
  return (
    <>
      {body}
      {dialog}
    </>
  );
}

function PolicyBindings({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const fleetId = cluster.spec.clusterGroupID;
  const fleetName = fleetId
    ? (fleets.data?.items.find((fleet) => fleet.metadata.uid === fleetId)?.metadata.name ?? fleetId)
    : undefined;
  return (
    <RuleBindingsSection
      inactiveReason={
        fleetName
          ? apiSentence({ fleet: fleetName }, (slots) =>
              t('effectiveAccess.slice.inactiveReason', slots),
            )
          : undefined
      }
      ruleNamespaces={cluster.spec.ruleNamespaces}
      target={{ kind: 'cluster', id: cluster.metadata.uid }}
      description={t('clusters.policies.description')}
      savedMessage={t('clusters.policies.saved')}
    />
  );
}

export function MembershipTab({ cluster }: { cluster: NormalizedCluster }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Section title={t('clusters.fleet.heading')}>
        <FleetMembership cluster={cluster} />
      </Section>
      <Section title={t('clusters.policies.heading')}>
        <PolicyBindings cluster={cluster} />
      </Section>
    </Stack>
  );
}

interface FleetChoiceProps {
  label: string;
  submitLabel: string;
  variant?: 'filled' | 'default';
  options: ComboboxItem[];
  value: string | null;
  onChange: (fleetId: string | null) => void;
  onSubmit: (fleetId: string) => void;
}

/** A fleet picked from a list and a button that asks to join or move to it (after a preview). */
function FleetChoice({
  label,
  submitLabel,
  variant = 'filled',
  options,
  value,
  onChange,
  onSubmit,
}: FleetChoiceProps) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (value) onSubmit(value);
      }}
    >
      <Group align="flex-end">
        <Select
          label={label}
          data={options}
          renderOption={renderApiOption}
          value={value}
          onChange={onChange}
          searchable
          w={280}
        />
        <Button type="submit" variant={variant} disabled={!value}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
