import { memo, useDeferredValue, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { policyUpdateProposal } from '@/api/access/proposals';
import { apiErrorFromFailure } from '@/api/errors';
import { useApiMutation } from '@/api/query';
import { AccessImpactPreview } from '@/components/access/AccessImpactPreview';
import { apiSentence } from '@/components/ApiText';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorState } from '@/components/ErrorState';
import { FormActions } from '@/components/form/FormActions';
import { ClusterRolePreview } from './ClusterRolePreview';
import { clusterRoleYaml } from './clusterRole';
import { ContentsEditor } from './ContentsEditor';
import { PolicyBasicsFields } from './PolicyBasicsFields';
import { toCreateRequest, toUpdateRequest, type PolicyDraft } from './policyModel';
import { fieldOfServerError } from './policyValidation';
import { usePolicyForm } from './usePolicyForm';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';
import { paths } from '@/paths';

type PolicyEditorProps =
  { mode: 'create'; initial: PolicyDraft } | { mode: 'edit'; initial: PolicyDraft; ruleId: string };

/** Redrawn only when the YAML changes, not with every keystroke of the description. */
const Preview = memo(ClusterRolePreview);

/**
 * Widths of the editor's grid (px) for its columns' spans. At `xl` the preview moves beside the
 * editor: from there the editor's two thirds still hold a rule's grid (about 810 px with
 * "horizontalpodautoscalers" and every verb) without scrolling sideways; below it, at 1280 and
 * 1440 px windows, the preview comes after the editor.
 */
const sideBySide = { xs: '576px', sm: '768px', md: '992px', lg: '1200px', xl: '1360px' };

/**
 * The policy form: name, type with its template, description, IAM users and the verbs ×
 * resources rules, with the equivalent ClusterRole beside it. A failed save keeps everything
 * and puts UCS's message at the field it is about.
 */
export function PolicyEditor(props: PolicyEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const policy = usePolicyForm(props.initial, props.mode);
  const { form } = policy;
  const nameInput = useRef<HTMLInputElement>(null);
  const create = useApiMutation('createRule');
  const update = useApiMutation('updateRule');
  const saving = create.isPending || update.isPending;
  const dirty = form.isDirty();
  const guard = useUnsavedChangesGuard(dirty);
  // An edit of users, contents or type is confirmed first, with what it does to access.
  const [confirming, setConfirming] = useState<PolicyDraft | null>(null);

  const { name, type } = form.values;
  const { rules } = policy;
  const yaml = useMemo(() => clusterRoleYaml({ name, rules }), [name, rules]);
  // The preview may lag a keystroke behind: typing stays quick on a large policy.
  const previewYaml = useDeferredValue(yaml);
  const ruleErrors = useMemo(
    () => rules.map((_, index) => form.errors[`rules.${index}`]),
    [rules, form.errors],
  );

  const failure = create.error ?? update.error;
  const saveError = failure ? apiErrorFromFailure(failure) : null;
  const failedField = saveError ? fieldOfServerError(saveError) : null;
  // UCS's refusal stays announced while its message shows: above the form, or at its field
  // until that field is edited.
  const failureShown =
    saveError !== null &&
    (failedField === null ||
      policy.errorAt(failedField) === (saveError.serverMessage ?? saveError.message));

  const onSaveError = (caught: unknown) => {
    if (policy.placeServerError(apiErrorFromFailure(caught)) === 'name') {
      nameInput.current?.focus();
    }
  };

  const save = (values: PolicyDraft) => {
    if (props.mode === 'create') {
      create.mutate(
        { body: toCreateRequest(values) },
        {
          onSuccess: ({ uid }) => {
            notifications.show({
              message: apiSentence({ name: values.name }, (slots) =>
                t('permissions.form.created', slots),
              ),
            });
            guard.allowNextNavigation();
            void navigate(paths.policy({ ruleId: uid ?? '' }), { replace: true });
          },
          onError: onSaveError,
        },
      );
    } else if (form.isDirty('iamUserIDs') || form.isDirty('rules') || form.isDirty('type')) {
      setConfirming(values);
    } else {
      sendUpdate(values);
    }
  };

  const sendUpdate = (values: PolicyDraft) => {
    if (props.mode !== 'edit') return;
    update.mutate(
      { ruleid: props.ruleId, body: toUpdateRequest(values) },
      {
        onSuccess: () => {
          setConfirming(null);
          // What was sent is now what UCS holds: "unsaved" and Cancel measure from it.
          form.resetDirty(values);
          policy.setAttempted(false);
          notifications.show({ message: t('permissions.form.saved') });
        },
        onError: (caught) => {
          // UCS's message belongs at its field, in the form behind: close to show it there.
          setConfirming(null);
          onSaveError(caught);
        },
      },
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    policy.setAttempted(true);
    form.onSubmit(save, (errors) => {
      // The name is the first field; other problems are announced by the alert by the buttons.
      if (errors.name) nameInput.current?.focus();
    })(event);
  };

  const cancel = () => {
    if (props.mode === 'create') {
      void navigate(paths.policies());
      return;
    }
    // On the policy's page, Cancel puts back what UCS holds.
    form.reset();
    update.reset();
    policy.setAttempted(false);
  };

  return (
    <>
      {guard.dialog}
      <ConfirmDialog
        opened={confirming !== null}
        title={apiSentence({ name: confirming?.name }, (slots) =>
          t('permissions.form.confirmTitle', slots),
        )}
        size="lg"
        confirmLabel={t('permissions.form.confirmSave')}
        destructive={false}
        pending={update.isPending}
        onConfirm={() => {
          if (confirming) sendUpdate(confirming);
        }}
        onClose={() => setConfirming(null)}
      >
        <Text size="sm">{t('permissions.form.confirmBody')}</Text>
        <AccessImpactPreview
          proposal={
            props.mode === 'edit' && confirming
              ? policyUpdateProposal(props.ruleId, toUpdateRequest(confirming))
              : null
          }
        />
      </ConfirmDialog>
      {/* The preview goes beside the editor only where the verbs × resources grid still fits
          next to it: a container query on the grid's own width, not the window's. */}
      <Grid gap="lg" type="container" breakpoints={sideBySide}>
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Box
            component="form"
            onSubmit={submit}
            noValidate
            aria-label={t('permissions.form.basics')}
          >
            <Stack gap="lg">
              <Paper withBorder p="lg" radius="md">
                <PolicyBasicsFields policy={policy} mode={props.mode} nameInput={nameInput} />
              </Paper>

              <Paper withBorder p="lg" radius="md">
                <ContentsEditor
                  rules={rules}
                  onChange={policy.changeRules}
                  readOnly={type !== 'custom'}
                  ruleErrors={ruleErrors}
                  error={form.errors.rules}
                />
              </Paper>

              {policy.attempted && policy.hasProblems() && (
                <Alert color="red" variant="light" role="alert">
                  {t('permissions.form.fixProblems')}
                </Alert>
              )}
              {failureShown && (
                <Stack gap="xs">
                  <Text size="sm" fw={600} c="var(--mantine-color-error)">
                    {t('permissions.form.serverError')}
                  </Text>
                  {failedField === null && <ErrorState error={saveError} />}
                </Stack>
              )}
              <Group justify="space-between" gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {dirty ? t('permissions.form.unsaved') : t('permissions.form.unchanged')}
                </Text>
                <FormActions
                  submitLabel={
                    props.mode === 'create'
                      ? t('permissions.form.create')
                      : t('permissions.form.save')
                  }
                  onCancel={cancel}
                  pending={saving}
                  disabled={props.mode === 'edit' && !dirty}
                />
              </Group>
            </Stack>
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Box pos="sticky" top={76}>
            <Preview yaml={previewYaml} />
          </Box>
        </Grid.Col>
      </Grid>
    </>
  );
}
