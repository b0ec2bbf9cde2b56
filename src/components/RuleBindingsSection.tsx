import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { bindingsProposal } from '@/api/access/proposals';
import { toRuleIDNamespaces, type RuleIDNamespaces } from '@/api/bindings';
import type { NormalizedCluster } from '@/api/normalize';
import { associatedRulesWrite, type RuleBindingTarget } from '@/api/bulkWrites';
import { useWrite } from '@/api/query';
import { AccessImpactPreview } from './access/AccessImpactPreview';
import { ConfirmDialog } from './ConfirmDialog';
import { ErrorState } from './ErrorState';
import { isCompleteBindings, RuleBindingsEditor } from './RuleBindingsEditor';
import { RuleBindingsList } from './RuleBindingsList';

interface RuleBindingsSectionProps {
  /** What UCS reports as bound to the cluster or fleet. */
  ruleNamespaces: NormalizedCluster['spec']['ruleNamespaces'];
  /** The cluster or fleet whose `associatedrules` the editor sends. */
  target: Pick<RuleBindingTarget, 'kind' | 'id'>;
  description: string;
  /** Names the target; may quote its name (`apiSentence`). */
  caption?: ReactNode;
  savedMessage: ReactNode;
  /**
   * Why the bindings do not apply (a cluster in a fleet follows the fleet's policies): each is
   * shown as inactive with this reason. They stay editable: they apply again when it leaves.
   */
  inactiveReason?: ReactNode;
}

/**
 * A cluster's or fleet's permission policies, shown as a list and edited as a whole:
 * `associatedrules` replaces the list, so the editor starts from the bindings as UCS reports them
 * and sends them all back.
 */
export function RuleBindingsSection({
  ruleNamespaces,
  target,
  description,
  caption,
  savedMessage,
  inactiveReason,
}: RuleBindingsSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RuleIDNamespaces[] | null>(null);
  // Saving asks first, with what the new list does to access; the draft stays until it is saved.
  const [confirming, setConfirming] = useState(false);
  const update = useWrite();

  if (draft === null)
    return (
      <Stack gap="md">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {description}
          </Text>
          <Button
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => {
              update.reset();
              setDraft(toRuleIDNamespaces(ruleNamespaces));
            }}
          >
            {t('bindings.editAll')}
          </Button>
        </Group>
        <RuleBindingsList
          ruleNamespaces={ruleNamespaces}
          caption={caption}
          inactiveReason={inactiveReason}
        />
      </Stack>
    );

  const complete = isCompleteBindings(draft);
  const save = () =>
    update.mutate(associatedRulesWrite(target, { ruleIDNamespaces: draft }), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: savedMessage });
        setConfirming(false);
        setDraft(null);
      },
    });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {description}
      </Text>
      <RuleBindingsEditor value={draft} onChange={setDraft} disabled={update.isPending} />
      {!complete && (
        <Alert color="orange" variant="light">
          {t('bindings.incomplete')}
        </Alert>
      )}
      {update.isError && <ErrorState error={update.error} />}
      <Group gap="xs">
        <Button
          loading={update.isPending}
          disabled={!complete}
          onClick={() => {
            update.reset();
            setConfirming(true);
          }}
        >
          {t('bindings.saveAll')}
        </Button>
        <Button variant="default" onClick={() => setDraft(null)} disabled={update.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('bindings.confirmTitle')}
        size="lg"
        confirmLabel={t('bindings.saveAll')}
        destructive={false}
        onConfirm={save}
        // A failed save keeps the dialog, its error and the draft: nothing entered is lost.
        onClose={() => setConfirming(false)}
        pending={update.isPending}
        error={update.isError ? update.error : undefined}
      >
        <Text size="sm">
          {target.kind === 'fleet' ? t('bindings.confirmFleet') : t('bindings.confirmCluster')}
        </Text>
        <AccessImpactPreview proposal={confirming ? bindingsProposal(target, draft) : null} />
      </ConfirmDialog>
    </Stack>
  );
}
