import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deletePolicyProposal } from '@/api/access/proposals';
import { useApiMutation } from '@/api/query';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { BindingList } from './BindingList';
import type { PolicyBinding } from './policyBindings';
import { paths } from '@/paths';

interface DeletePolicyDialogProps {
  policy: { id: string; name: string } | null;
  /** Where the policy is bound, or undefined when the bindings could not be read. */
  bindings: readonly PolicyBinding[] | undefined;
  onClose: () => void;
  onDeleted?: () => void;
  /** Hide the "open the policy" link when already on the policy page. */
  onPolicyPage?: boolean;
}

/**
 * Confirms deleting a policy. A bound policy is listed with its bindings first: UCS refuses to
 * delete it (UCS.01120002), and if it does, the refusal is shown here, in the same dialog.
 */
export function DeletePolicyDialog({
  policy,
  bindings,
  onClose,
  onDeleted,
  onPolicyPage,
}: DeletePolicyDialogProps) {
  const { t } = useTranslation();
  const deletion = useApiMutation('deleteRule');
  const bound = (bindings?.length ?? 0) > 0;

  // The dialog outlives one policy: a refusal shown for one must not greet the next.
  const close = () => {
    deletion.reset();
    onClose();
  };

  const confirm = () => {
    if (!policy) return;
    deletion.mutate(
      { ruleid: policy.id },
      {
        onSuccess: () => {
          notifications.show({
            message: apiSentence({ name: policy.name }, (slots) =>
              t('permissions.delete.done', slots),
            ),
          });
          deletion.reset();
          onDeleted?.();
          onClose();
        },
      },
    );
  };

  return (
    <ConfirmDialog
      opened={policy !== null}
      onClose={close}
      title={
        policy
          ? apiSentence({ name: policy.name }, (slots) => t('permissions.delete.title', slots))
          : ''
      }
      size="lg"
      confirmLabel={t('permissions.delete.confirm')}
      onConfirm={confirm}
      pending={deletion.isPending}
      error={deletion.isError ? deletion.error : undefined}
    >
      <Text size="sm">{t('permissions.delete.body')}</Text>
      {bound ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('permissions.delete.boundList')}
        >
          <Stack gap="xs">
            <BindingList bindings={bindings ?? []} />
            <Text size="sm">{t('permissions.delete.stillBound')}</Text>
            {policy && !onPolicyPage && (
              <Anchor component={Link} to={paths.policy({ ruleId: policy.id })} size="sm">
                {t('permissions.delete.openPolicy')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      ) : bindings ? (
        <Text size="sm" c="dimmed">
          {t('permissions.delete.notBound')}
        </Text>
      ) : null}
      <AccessImpactPreview proposal={policy ? deletePolicyProposal(policy.id) : null} />
      {/* Says whose refusal the error below is: UCS's, not the console's. */}
      {deletion.isError && (
        <Text size="sm" fw={600}>
          {t('permissions.delete.refused')}
        </Text>
      )}
    </ConfirmDialog>
  );
}
