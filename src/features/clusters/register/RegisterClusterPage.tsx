import { useState } from 'react';
import { Alert, Button, Group, Stepper } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import { apiQuery, useApiMutation } from '@/api/query';
import { PageHeader } from '@/components/PageHeader';
import { BackToClusters } from '../BackToClusters';
import { ConnectStep } from './ConnectStep';
import { DetailsStep } from './DetailsStep';
import { KindStep } from './KindStep';
import { fieldOfError, refusalText } from './refusal';
import { buildRequest, emptyValues, stepOf, stepRules, type RegisterValues } from './registerForm';
import { ReviewStep } from './ReviewStep';

/**
 * The registration wizard: kind → details → review → connect. One form holds every step, so
 * going back and forth, or a refused submit, never loses what was typed; UCS's refusal is shown
 * at the field it is about, on its step. After registering, the URL names the new cluster
 * (`?cluster=<id>`), so the connect step survives a reload.
 */
export function RegisterClusterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const registeredId = params.get('cluster');
  const [step, setStep] = useState(0);
  const register = useApiMutation('registerCluster');
  const form = useForm<RegisterValues>({
    initialValues: emptyValues,
    validate: stepRules(step, t),
    onValuesChange: (changed) => {
      // A refusal no field owns is about the request as it was: any change makes it stale.
      if (register.isError && !fieldOfError(register.error, changed.category)) register.reset();
    },
  });
  const { values } = form;
  const managed = useQuery({
    ...apiQuery('listManagedClusters'),
    enabled: values.category === 'self',
  });
  const cceCluster = managed.data?.find((cluster) => cluster.metadata.uid === values.cceClusterId);

  const next = () => {
    if (!form.validate().hasErrors) setStep(step + 1);
  };

  const submit = () => {
    register.mutate(
      { body: buildRequest(values, cceCluster) },
      {
        onSuccess: ({ uid }) => {
          if (uid) setParams({ cluster: uid }, { replace: false });
        },
        onError: (error) => {
          const field = fieldOfError(error, values.category);
          if (!field || !isApiError(error)) return;
          form.setErrors({ [field]: refusalText(error) });
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
            form.reset();
            setStep(0);
            register.reset();
            setParams({});
          }}
        />
      </>
    );
  }

  const request = values.category && values.type ? buildRequest(values, cceCluster) : undefined;
  // UCS's refusal stays at its field (and this page says so) until that field is changed.
  const placedAt = fieldOfError(register.error, values.category);
  const refusedAtField =
    placedAt !== undefined &&
    isApiError(register.error) &&
    form.errors[placedAt] === refusalText(register.error);
  const stepHasError = (index: number) =>
    Object.keys(form.errors).some((field) => stepOf(field) === index) ? 'red' : undefined;

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
          color={stepHasError(0)}
        >
          <KindStep form={form} />
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.details')}
          description={t('clusters.wizardSteps.detailsDescription')}
          color={stepHasError(1)}
        >
          <DetailsStep form={form} cceCluster={cceCluster} />
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.review')}
          description={t('clusters.wizardSteps.reviewDescription')}
        >
          <ReviewStep
            request={request}
            error={register.isError && !placedAt ? register.error : undefined}
          />
        </Stepper.Step>
        <Stepper.Step
          label={t('clusters.wizardSteps.connect')}
          description={t('clusters.wizardSteps.connectDescription')}
        />
      </Stepper>
      {refusedAtField && (
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
