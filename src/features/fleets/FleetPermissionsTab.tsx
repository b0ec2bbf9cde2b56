import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { toRuleIDNamespaces, type RuleIDNamespaces } from '../../api/bindings';
import type { NormalizedClusterGroup } from '../../api/normalize';
import { useUpdateFleetRules } from '../../api/queries/fleets';
import { ErrorState } from '../../components/ErrorState';
import { isCompleteBindings, RuleBindingsEditor } from '../../components/RuleBindingsEditor';
import { RuleBindingsList } from '../../components/RuleBindingsList';

/** The policies bound to the fleet and their namespaces; edited as a whole (`associatedrules`). */
export function FleetPermissionsTab({ fleet }: { fleet: NormalizedClusterGroup }) {
  const { t } = useTranslation();
  const name = fleet.metadata.name;
  const update = useUpdateFleetRules(fleet.metadata.uid ?? '');
  const [draft, setDraft] = useState<RuleIDNamespaces[] | null>(null);

  if (draft === null)
    return (
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('fleets.permissions.intro')}
          </Text>
          <Button
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => {
              update.reset();
              setDraft(toRuleIDNamespaces(fleet.spec.ruleNamespaces));
            }}
          >
            {t('fleets.permissions.edit')}
          </Button>
        </Group>
        <RuleBindingsList
          ruleNamespaces={fleet.spec.ruleNamespaces}
          caption={t('fleets.permissions.caption', { name })}
        />
      </Stack>
    );

  const complete = isCompleteBindings(draft);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('fleets.permissions.intro')}
      </Text>
      <RuleBindingsEditor value={draft} onChange={setDraft} disabled={update.isPending} />
      {!complete && (
        <Alert color="orange" variant="light">
          {t('fleets.permissions.incomplete')}
        </Alert>
      )}
      {update.isError && <ErrorState error={update.error} />}
      <Group gap="xs">
        <Button
          loading={update.isPending}
          disabled={!complete}
          onClick={() =>
            update.mutate(
              { ruleIDNamespaces: draft },
              {
                onSuccess: () => {
                  notifications.show({
                    color: 'teal',
                    message: t('fleets.permissions.saved', { name }),
                  });
                  setDraft(null);
                },
              },
            )
          }
        >
          {t('fleets.permissions.save')}
        </Button>
        <Button variant="default" onClick={() => setDraft(null)} disabled={update.isPending}>
          {t('fleets.permissions.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
