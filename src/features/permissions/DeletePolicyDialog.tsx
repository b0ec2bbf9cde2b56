import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
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
          notifications.show({ message: t('permissions.delete.done', { name: policy.name }) });
          deletion.reset();
          onDeleted?.();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={policy !== null}
      onClose={close}
      title={policy ? t('permissions.delete.title', { name: policy.name }) : ''}
      size="lg"
    >
      <Stack gap="md">
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
        {deletion.isError && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('permissions.delete.refused')}
            </Text>
            <ErrorState error={deletion.error} />
          </Stack>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={deletion.isPending}>
            {t('permissions.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
