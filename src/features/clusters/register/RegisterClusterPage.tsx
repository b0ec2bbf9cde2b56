import { useState } from 'react';
import { Alert, Button, Code, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { apiQuery, useApiMutation } from '@/api/query';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { TableSkeleton } from '@/components/TableSkeleton';
import { ConnectPanel, useClusterDetail } from '../cluster/ConnectPanel';
import { DetailsStep } from './DetailsStep';
import { KindStep } from './KindStep';
import {
  buildRequest,
  emptyForm,
  fieldOfError,
  redactedRequest,
  stepOf,
  validateDetails,
  validateKind,
  type FormErrors,
  type RegisterForm,
} from './registerForm';
import { paths } from '@/paths';
import { BackToClusters } from '../BackToClusters';

/**
 * The registration wizard: kind → details → review → connect. The form lives here, so going
 * back and forth, or a refused submit, never loses what was typed; UCS's refusal is shown at
 * the field it is about, on its step. After registering, the URL names the new cluster
 * (`?cluster=<id>`), so the connect step survives a reload.
 */
export function RegisterClusterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const registeredId = params.get('cluster');
  const [form, setForm] = useState<RegisterForm>(emptyForm);
  const [errors, setErrors] = useState<FormErrors>({});
  const [step, setStep] = useState(0);
  const register = useApiMutation('registerCluster');
  const managed = useQuery({
    ...apiQuery('listManagedClusters'),
    enabled: form.category === 'self',
  });
  const cceCluster = managed.data?.find((cluster) => cluster.metadata.uid === form.cceClusterId);

  const change = (update: Partial<RegisterForm>) => {
    setForm((current) => ({ ...current, ...update }));
    // A field's message goes once the operator changes that field.
    const touched = new Set<string>(Object.keys(update));
    const cleared = (field: keyof FormErrors) =>
      touched.has(field) ||
      (field === 'kind' && (touched.has('category') || touched.has('type'))) ||
      (field === 'cce' && touched.has('cceClusterId')) ||
      (field === 'kubeconfig' && (touched.has('kubeconfigText') || touched.has('context'))) ||
      ((field === 'country' || field === 'city') && touched.has('location')) ||
      (field === 'fleet' && touched.has('fleetId'));
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([field]) => !cleared(field as keyof FormErrors)),
      ),
    );
    register.reset();
  };

  const next = () => {
    const found = step === 0 ? validateKind(form) : validateDetails(form);
    setErrors(found);
    if (Object.keys(found).length === 0) setStep(step + 1);
  };

  const submit = () => {
    register.mutate(
      { body: buildRequest(form, cceCluster) },
      {
        onSuccess: ({ uid }) => {
          if (uid) setParams({ cluster: uid }, { replace: false });
        },
        onError: (error) => {
          if (!isApiError(error)) return;
          const field = fieldOfError(error, form.category);
          if (!field) return;
          setErrors({ [field]: { message: 'text', text: `${error.message} (${error.code})` } });
          setStep(stepOf(field));
        },
      },
    );
  };

  const header = (
    <>
      <BackToClusters />
      <PageHeader
        title={t('clusters.wizard.title')}
        description={t('clusters.wizard.description')}
      />
    </>
  );

  if (registeredId) {
    return (
      <>
        {header}
        <Stepper active={3} allowNextStepsSelect={false} mb="xl" size="sm">
          <Stepper.Step label={t('clusters.wizardSteps.kind')} />
          <Stepper.Step label={t('clusters.wizardSteps.details')} />
          <Stepper.Step label={t('clusters.wizardSteps.review')} />
          <Stepper.Step label={t('clusters.wizardSteps.connect')} />
        </Stepper>
        <ConnectStep
          clusterId={registeredId}
          onAnother={() => {
            setForm(emptyForm);
            setErrors({});
            setStep(0);
            register.reset();
            setParams({});
          }}
        />
      </>
    );
  }

  const request = form.category && form.type ? buildRequest(form, cceCluster) : undefined;
  const unplacedError =
    register.isError &&
    (!isApiError(register.error) || !fieldOfError(register.error, form.category));

  return (
    <>
      {header}
      <Stepper
        active={step}
        onStepClick={(target) => target < step && setStep(target)}
        allowNextStepsSelect={false}
        mb="xl"
        size="sm"
      >
        <Stepper.Step
          label={t('clusters.wizardSteps.kind')}
          description={t('clusters.wizardSteps.kindDescription')}
          color={errors.kind || errors.cce ? 'red' : undefined}
        >
          <KindStep form={form} change={change} errors={errors} />
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.details')}
          description={t('clusters.wizardSteps.detailsDescription')}
          color={
            Object.keys(errors).some((key) => stepOf(key as keyof FormErrors) === 1)
              ? 'red'
              : undefined
          }
        >
          <DetailsStep form={form} change={change} errors={errors} cceCluster={cceCluster} />
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.review')}
          description={t('clusters.wizardSteps.reviewDescription')}
        >
          <Stack gap="sm" maw={860}>
            <Text size="sm">{t('clusters.wizard.reviewIntro')}</Text>
            {request?.metadata.annotations?.kubeconfig && (
              <Text size="sm" c="dimmed">
                {t('clusters.wizard.reviewRedacted')}
              </Text>
            )}
            <Paper withBorder radius="md">
              <Code block role="region" aria-label={t('clusters.wizard.request')}>
                {request ? JSON.stringify(redactedRequest(request), null, 2) : ''}
              </Code>
            </Paper>
            {unplacedError && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('clusters.wizard.submitFailed')}
                </Text>
                <ErrorState error={register.error} />
              </Stack>
            )}
          </Stack>
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.connect')}
          description={t('clusters.wizardSteps.connectDescription')}
        />
      </Stepper>
      {Object.values(errors).some((error) => error?.message === 'text') && (
        <Alert color="red" variant="light" mb="md" role="alert">
          {t('clusters.wizard.submitFailed')}
        </Alert>
      )}
      <Group justify="space-between" maw={860}>
        <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0}>
          {t('clusters.wizard.back')}
        </Button>
        {step < 2 ? (
          <Button onClick={next}>{t('clusters.wizard.next')}</Button>
        ) : (
          <Button onClick={submit} loading={register.isPending}>
            {t('clusters.wizard.registerButton')}
          </Button>
        )}
      </Group>
    </>
  );
}

/** Step 4: the new cluster's access information and status, as on its own page. */
function ConnectStep({ clusterId, onAnother }: { clusterId: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const cluster = useClusterDetail(clusterId);
  if (cluster.isPending) return <TableSkeleton rows={4} />;
  if (cluster.isError)
    return <ErrorState error={cluster.error} onRetry={() => void cluster.refetch()} />;
  const name = cluster.data.metadata.name;
  return (
    <Stack gap="md" maw={860}>
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
        {t('clusters.wizard.registered', { name })}
      </Alert>
      <Paper withBorder p="lg" radius="md">
        <ConnectPanel cluster={cluster.data} />
      </Paper>
      <Text size="sm" c="dimmed">
        {t('clusters.wizard.leaveHint')}
      </Text>
      <Group>
        <Button component={Link} to={paths.cluster({ clusterId })} variant="light">
          {t('clusters.wizard.openCluster')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('clusters.wizard.registerAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
