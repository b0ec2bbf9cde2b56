import { Group, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { apiQuery } from '@/api/query';
import { LocationFields, locationInputProps } from '../LocationFields';
import { KubeconfigField } from './KubeconfigField';
import { LabelEditor } from './LabelEditor';
import type { RegisterFormApi } from './registerForm';

interface DetailsStepProps {
  form: RegisterFormApi;
  cceCluster?: NormalizedCluster;
}

/** Step 2: name, labels, location, fleet, and what the kind needs (kubeconfig, CIDRs). */
export function DetailsStep({ form, cceCluster }: DetailsStepProps) {
  const { t } = useTranslation();
  const { category, labels, fleetId } = form.values;
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
      {category === 'self' ? (
        <TextInput
          label={t('clusters.wizard.name')}
          value={cceCluster?.metadata.name ?? ''}
          readOnly
          error={form.errors.cceClusterId}
        />
      ) : (
        <TextInput
          label={t('clusters.wizard.name')}
          description={t('clusters.wizard.nameHint')}
          {...form.getInputProps('name')}
          required
          spellCheck={false}
          autoComplete="off"
        />
      )}
      <LabelEditor
        rows={labels}
        onChange={(rows) => form.setFieldValue('labels', rows)}
        error={form.errors.labels}
      />
      <LocationFields {...locationInputProps(form)} />
      <Select
        label={t('clusters.wizard.fleet')}
        description={t('clusters.wizard.fleetHint')}
        data={fleetOptions}
        value={fleetId || null}
        onChange={(chosen) => form.setFieldValue('fleetId', chosen ?? '')}
        searchable
        clearable
        maw={420}
        error={form.errors.fleetId}
      />
      {category === 'attachedcluster' && <KubeconfigField form={form} />}
      {category === 'multicloud' && (
        <Group grow align="flex-start">
          <TextInput
            label={t('clusters.wizard.podCIDR')}
            placeholder="172.16.0.0/16"
            {...form.getInputProps('podCIDR')}
          />
          <TextInput
            label={t('clusters.wizard.serviceCIDR')}
            placeholder="10.247.0.0/16"
            {...form.getInputProps('serviceCIDR')}
          />
        </Group>
      )}
    </Stack>
  );
}
