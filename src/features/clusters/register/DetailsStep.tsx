import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { LocationFields } from '../LocationFields';
import { KubeconfigField } from './KubeconfigField';
import { LabelEditor } from './LabelEditor';
import { useProblemText } from './problemText';
import type { FormErrors, RegisterForm } from './registerForm';

interface DetailsStepProps {
  form: RegisterForm;
  change: (change: Partial<RegisterForm>) => void;
  errors: FormErrors;
  cceCluster?: NormalizedCluster;
}

/** Step 2: name, labels, location, fleet, and what the kind needs (kubeconfig, CIDRs). */
export function DetailsStep({ form, change, errors, cceCluster }: DetailsStepProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const fleets = useQuery(apiQuery('listClusterGroups'));
  const fleetOptions = (fleets.data?.items ?? []).map((fleet) => {
    const federated = Boolean(fleet.spec.federationId);
    const name = fleet.metadata.name ?? '';
    return {
      value: fleet.metadata.uid,
      label: federated ? t('clusters.wizard.fleetFederated', { name }) : name,
      // Registration into a federated fleet would skip the federation join; UCS expects
      // clusters to be added to a federated fleet afterwards.
      disabled: federated,
    };
  });

  return (
    <Stack gap="lg" maw={760}>
      {form.category === 'self' ? (
        <TextInput
          label={t('clusters.wizard.name')}
          value={cceCluster?.metadata.name ?? ''}
          readOnly
          error={problemText(errors.cce)}
        />
      ) : (
        <TextInput
          label={t('clusters.wizard.name')}
          description={t('clusters.wizard.nameHint')}
          value={form.name}
          onChange={(event) => change({ name: event.currentTarget.value })}
          required
          spellCheck={false}
          autoComplete="off"
          error={problemText(errors.name)}
        />
      )}
      <LabelEditor
        rows={form.labels}
        onChange={(labels) => change({ labels })}
        serverError={errors.labels?.message === 'text' ? errors.labels.text : undefined}
      />
      <LocationFields
        value={form.location}
        onChange={(location) => change({ location })}
        errors={{ country: problemText(errors.country), city: problemText(errors.city) }}
      />
      <Select
        label={t('clusters.wizard.fleet')}
        description={t('clusters.wizard.fleetHint')}
        data={fleetOptions}
        value={form.fleetId || null}
        onChange={(fleetId) => change({ fleetId: fleetId ?? '' })}
        searchable
        clearable
        maw={420}
        error={problemText(errors.fleet)}
      />
      {form.category === 'attachedcluster' && (
        <KubeconfigField form={form} change={change} error={errors.kubeconfig} />
      )}
      {form.category === 'multicloud' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('clusters.wizard.podCIDR')}
            placeholder="172.16.0.0/16"
            value={form.podCIDR}
            onChange={(event) => change({ podCIDR: event.currentTarget.value })}
            error={problemText(errors.podCIDR)}
          />
          <TextInput
            label={t('clusters.wizard.serviceCIDR')}
            placeholder="10.247.0.0/16"
            value={form.serviceCIDR}
            onChange={(event) => change({ serviceCIDR: event.currentTarget.value })}
            error={problemText(errors.serviceCIDR)}
          />
        </Group>
      )}
    </Stack>
  );
}
