import { useMemo, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrorFromFailure, type ApiError } from '@/api/errors';
import { useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { ClusterRolePreview } from './ClusterRolePreview';
import { ContentsEditor } from './ContentsEditor';
import { IamUsersField } from './IamUsersField';
import {
  switchLosesContents,
  typeChange,
  toCreateRequest,
  toUpdateRequest,
  type PolicyDraft,
  type PolicyType,
} from './policyModel';
import {
  draftProblems,
  fieldOfServerError,
  hasProblems,
  type DraftField,
} from './policyValidation';
import { clusterRoleYaml } from './clusterRole';
import { PolicyTypeField } from './PolicyTypeField';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard';
import { paths } from '@/paths';

type PolicyEditorProps =
  { mode: 'create'; initial: PolicyDraft } | { mode: 'edit'; initial: PolicyDraft; ruleId: string };

interface ServerFailure {
  error: ApiError;
  field: DraftField | null;
}

/**
 * The policy form: name, type with its template, description, IAM users and the verbs ×
 * resources rules, with the equivalent ClusterRole beside it. A failed save keeps everything
 * and puts UCS's message at the field it is about.
 */
export function PolicyEditor(props: PolicyEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(props.initial);
  const [saved, setSaved] = useState(props.initial);
  const [nameTouched, setNameTouched] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<ServerFailure | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const create = useApiMutation('createRule');
  const update = useApiMutation('updateRule');
  const saving = create.isPending || update.isPending;

  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const guard = useUnsavedChangesGuard(dirty);
  const problems = draftProblems(draft);
  const yaml = useMemo(() => clusterRoleYaml(draft), [draft]);

  const change = (patch: Partial<PolicyDraft>, field?: DraftField) => {
    setDraft((current) => ({ ...current, ...patch }));
    // An error UCS reported about a field goes away once that field is edited.
    if (failure && field && failure.field === field) setFailure(null);
  };

  const serverErrorAt = (field: DraftField) =>
    failure?.field === field ? (failure.error.serverMessage ?? failure.error.message) : undefined;

  const changeType = (type: PolicyType) => change(typeChange(type), 'type');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setNameTouched(true);
    if (hasProblems(problems)) {
      // The name is the first field; other problems are announced by the alert by the button.
      if (problems.name) nameInput.current?.focus();
      return;
    }
    setFailure(null);
    try {
      if (props.mode === 'create') {
        const { uid } = await create.mutateAsync({ body: toCreateRequest(draft) });
        notifications.show({ message: t('permissions.form.created', { name: draft.name }) });
        guard.allowNextNavigation();
        void navigate(paths.policy({ ruleId: uid ?? '' }), { replace: true });
      } else {
        await update.mutateAsync({ ruleid: props.ruleId, body: toUpdateRequest(draft) });
        setSaved(draft);
        setAttempted(false);
        notifications.show({ message: t('permissions.form.saved') });
      }
    } catch (caught) {
      const error = apiErrorFromFailure(caught);
      const field = fieldOfServerError(error);
      setFailure({ error, field });
      if (field === 'name') nameInput.current?.focus();
    }
  };

  const nameError =
    serverErrorAt('name') ??
    (problems.name && (nameTouched || draft.name.length > 0)
      ? t(`permissions.form.nameErrors.${problems.name}`, { length: draft.name.length })
      : undefined);

  return (
    <>
      {guard.dialog}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Box
            component="form"
            onSubmit={submit}
            noValidate
            aria-label={t('permissions.form.basics')}
          >
            <Stack gap="lg">
              <Paper withBorder p="lg" radius="md">
                <Stack gap="md">
                  <TextInput
                    ref={nameInput}
                    label={t('permissions.form.name')}
                    description={
                      props.mode === 'create'
                        ? t('permissions.form.nameHint')
                        : t('permissions.form.nameFixed')
                    }
                    value={draft.name}
                    onChange={(event) => change({ name: event.currentTarget.value }, 'name')}
                    onBlur={() => setNameTouched(true)}
                    readOnly={props.mode === 'edit'}
                    required={props.mode === 'create'}
                    autoComplete="off"
                    spellCheck={false}
                    error={props.mode === 'create' ? nameError : serverErrorAt('name')}
                    styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                  />
                  <PolicyTypeField
                    value={draft.type}
                    switchLosesContents={() => switchLosesContents(draft)}
                    onChange={changeType}
                    error={serverErrorAt('type')}
                  />
                  <Textarea
                    label={t('permissions.form.description')}
                    description={t('permissions.form.descriptionCounter', {
                      length: draft.description.length,
                    })}
                    value={draft.description}
                    onChange={(event) =>
                      change({ description: event.currentTarget.value }, 'description')
                    }
                    autosize
                    minRows={2}
                    maxRows={6}
                    error={
                      serverErrorAt('description') ??
                      (problems.description
                        ? t('permissions.form.descriptionTooLong', {
                            length: draft.description.length,
                          })
                        : undefined)
                    }
                  />
                  <IamUsersField
                    value={draft.iamUserIDs}
                    onChange={(iamUserIDs) => change({ iamUserIDs }, 'iamUserIDs')}
                    serverError={serverErrorAt('iamUserIDs')}
                  />
                </Stack>
              </Paper>

              <Paper withBorder p="lg" radius="md">
                <ContentsEditor
                  rules={draft.rules}
                  onChange={(rules) => change({ rules }, 'contents')}
                  readOnly={draft.type !== 'custom'}
                  showProblems={attempted}
                  emptyRules={problems.emptyRules}
                  noContents={Boolean(problems.noContents)}
                  serverError={serverErrorAt('contents')}
                />
              </Paper>

              {attempted && hasProblems(problems) && (
                <Alert color="red" variant="light" role="alert">
                  {t('permissions.form.fixProblems')}
                </Alert>
              )}
              {failure && (
                <Stack gap="xs">
                  <Text size="sm" fw={600} c="var(--mantine-color-error)">
                    {t('permissions.form.serverError')}
                  </Text>
                  {failure.field === null && <ErrorState error={failure.error} />}
                </Stack>
              )}
              <Group gap="sm">
                <Button type="submit" loading={saving} disabled={props.mode === 'edit' && !dirty}>
                  {props.mode === 'create'
                    ? t('permissions.form.create')
                    : t('permissions.form.save')}
                </Button>
                {props.mode === 'edit' && (
                  <Button
                    variant="default"
                    disabled={!dirty || saving}
                    onClick={() => {
                      setDraft(saved);
                      setFailure(null);
                      setAttempted(false);
                    }}
                  >
                    {t('permissions.form.reset')}
                  </Button>
                )}
                <Text size="sm" c="dimmed" aria-live="polite">
                  {dirty ? t('permissions.form.unsaved') : t('permissions.form.unchanged')}
                </Text>
              </Group>
            </Stack>
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <Box pos="sticky" top={76}>
            <ClusterRolePreview yaml={yaml} />
          </Box>
        </Grid.Col>
      </Grid>
    </>
  );
}
